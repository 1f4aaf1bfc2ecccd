#include "network/capture/packetdecoder.h"
#include "network/capture/packetinfo.h"
#include "network/capture/tcpsequencetracker.h"

#include <QTest>
#include <QtEndian>

#include <limits>

// Frames are written out byte for byte (QByteArray::fromHex skips the spaces that separate the
// fields). Checksums are arbitrary: the decoder shows them as they are, like Wireshark with
// validation off.
namespace Frames {

// Ethernet II / IPv4 192.168.0.1 -> 192.168.0.2 / TCP 53048 -> 65432 SYN, ISN 1000,
// options as Linux sends them: MSS 1460, SACK_PERM, TS 123/0, NOP, WS 7.
const QByteArray ethernetSyn = QByteArray::fromHex(
    "020000000002 020000000001 0800"
    "45 00 003c 1c46 4000 40 06 b1e6 c0a80001 c0a80002"
    "cf38 ff98 000003e8 00000000 a0 02 ffd7 fe30 0000"
    "020405b4 0402 080a 0000007b 00000000 01 030307");

// Linux cooked capture v1 (loopback, "any" device) / IPv4 127.0.0.1 / TCP 65432 -> 53048
// SYN-ACK, ISN 50000, ack 1001, MSS 65495, SACK_PERM, TS 456/123, NOP, WS 7.
const QByteArray sllSynAck = QByteArray::fromHex(
    "0000 0304 0006 000000000000 0000 0800"
    "45 00 003c 0000 4000 40 06 3cba 7f000001 7f000001"
    "ff98 cf38 0000c350 000003e9 a0 12 ffcb fe30 0000"
    "0204ffd7 0402 080a 000001c8 0000007b 01 030307");

// IPv6 ::1 -> ::1, flow label 0x12345 / TCP 53048 -> 65432 PSH-ACK seq 1001 ack 50001,
// NOP NOP TS 457/456, 12 bytes "Hello, world". Put behind a 4-byte BSD loopback header.
const QByteArray ipv6PshAck = QByteArray::fromHex(
    "60012345 002c 06 40 00000000000000000000000000000001 00000000000000000000000000000001"
    "cf38 ff98 000003e9 0000c351 80 18 0200 fe34 0000"
    "0101 080a 000001c9 000001c8"
    "48656c6c6f2c20776f726c64");

// IPv4 127.0.0.1 / UDP 53048 -> 65431, length 20: "Hello, world".
const QByteArray ipv4Udp = QByteArray::fromHex(
    "45 00 0028 abcd 0000 40 11 0000 7f000001 7f000001"
    "cf38 ff97 0014 fe27"
    "48656c6c6f2c20776f726c64");

// Ethernet broadcast / ARP request "who has 192.168.0.2", padded to 60 bytes.
const QByteArray ethernetArp = QByteArray::fromHex(
    "ffffffffffff 020000000001 0806"
    "0001 0800 06 04 0001 020000000001 c0a80001 000000000000 c0a80002"
    "000000000000000000000000000000000000");

// Ethernet / 802.1Q priority 5, VLAN 100 / the UDP datagram above.
const QByteArray ethernetVlanUdp = QByteArray::fromHex("020000000002 020000000001 8100 a064 0800")
    + ipv4Udp;

// Ethernet / IPv6 fe80::1 -> fe80::2 / Hop-by-Hop (PadN) / UDP 53 -> 53 "ping".
const QByteArray ethernetIPv6HopByHopUdp = QByteArray::fromHex(
    "020000000002 020000000001 86dd"
    "60000000 0014 00 40 fe800000000000000000000000000001 fe800000000000000000000000000002"
    "11 00 0104 00000000"
    "0035 0035 000c 0000"
    "70696e67");

// IPv4 10.0.0.1 -> 10.0.0.2, a UDP datagram's second fragment: offset 185 x 8 = 1480.
const QByteArray ipv4LaterFragment = QByteArray::fromHex(
    "45 00 0024 1c46 00b9 40 11 0000 0a000001 0a000002"
    "00112233445566778899aabbccddeeff");

// Captured on lo (Linux 6.x): a UDP datagram 127.0.0.1:53048 -> 127.0.0.1:9 "hi", where nothing
// listens, and the kernel's answer: ICMP type 3 code 3 quoting the datagram.
const QByteArray ethernetIcmpPortUnreachable = QByteArray::fromHex(
    "000000000000 000000000000 0800"
    "45 c0 003a 5d09 0000 40 01 1ef8 7f000001 7f000001"
    "03 03 c729 00000000"
    "45 00 001e fb5b 4000 40 11 4171 7f000001 7f000001"
    "cf38 0009 000a fe1d 6869");

// The same over IPv6 (::1 -> ::1 port 9): ICMPv6 type 1 code 4.
const QByteArray ethernetIcmpv6PortUnreachable = QByteArray::fromHex(
    "000000000000 000000000000 86dd"
    "6004cc0b 003a 3a 40 00000000000000000000000000000001 00000000000000000000000000000001"
    "01 04 80cd 00000000"
    "6007d492 000a 11 40 00000000000000000000000000000001 00000000000000000000000000000001"
    "cf38 0009 000a 001d 6869");

// Captured on lo: echo requests, identifier 0x1234, sequence 1, 8 bytes "abcdefgh".
const QByteArray ethernetIcmpEcho = QByteArray::fromHex(
    "000000000000 000000000000 0800"
    "45 00 0024 6139 4000 40 01 db9d 7f000001 7f000001"
    "08 00 5435 1234 0001 6162636465666768");
const QByteArray ethernetIcmpv6Echo = QByteArray::fromHex(
    "000000000000 000000000000 86dd"
    "60015606 0010 3a 40 00000000000000000000000000000001 00000000000000000000000000000001"
    "80 00 dbe8 1234 0001 6162636465666768");

// Written by hand: fe80::1 asks the solicited-node group who has fe80::2 (checksum left zero).
const QByteArray ethernetNeighborSolicitation = QByteArray::fromHex(
    "3333ff000002 020000000001 86dd"
    "60000000 0020 3a ff fe800000000000000000000000000001 ff0200000000000000000001ff000002"
    "87 00 0000 00000000 fe800000000000000000000000000002"
    "01 01 020000000001");

} // namespace Frames

namespace {

QByteArray patched(QByteArray frame, int offset, const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    frame.replace(offset, bytes.size(), bytes);
    return frame;
}

CapturedPacket capture(int linkType, const QByteArray &frame, quint32 originalLength = 0)
{
    CapturedPacket packet;
    packet.linkType = linkType;
    packet.data = frame;
    packet.originalLength = originalLength ? originalLength : quint32(frame.size());
    return packet;
}

// Info with relative numbers from a tracker that saw nothing before: what Wireshark shows when
// the capture holds only this packet.
QString infoOf(const DecodedPacket &packet)
{
    TcpSequenceTracker tracker;
    const TcpSequenceTracker::Relative relative = tracker.relative(packet);
    return wiresharkInfo(packet, relative.seq, relative.ack);
}

QString layerNames(const DecodedPacket &packet)
{
    QStringList names;
    for (const DecodedLayer &layer : packet.layers)
        names << layer.name;
    return names.join(QLatin1Char('|'));
}

// Everything but the layers' fields, as one string: SummaryOnly must give exactly this.
QString summaryOf(const DecodedPacket &packet)
{
    QStringList parts;
    for (const DecodedLayer &layer : packet.layers)
        parts << QStringLiteral("%1 %2@%3+%4").arg(layer.kind).arg(layer.name).arg(layer.offset).arg(layer.length);
    QStringList edges;
    for (const quint32 edge : packet.sackEdges)
        edges << QString::number(edge);
    parts << QString::number(packet.truncated) << QString::number(packet.malformed) << packet.problem
          << QString::number(packet.ipVersion) << packet.source.toString() << packet.destination.toString()
          << QString::number(packet.transport) << packet.protocolName << QString::number(packet.wireLength)
          << QString::number(packet.sequence) << QString::number(packet.acknowledgment)
          << QString::number(packet.flags) << QString::number(packet.window) << QString::number(packet.mss)
          << QString::number(packet.windowScale) << QString::number(packet.sackPermitted)
          << QString::number(packet.hasTimestamps) << QString::number(packet.timestampValue)
          << QString::number(packet.timestampEcho) << QString::number(packet.payloadOffset)
          << QString::number(packet.payloadLength) << packet.info << QString::number(packet.tcpHeaderLength)
          << QString::number(packet.urgentPointer) << QString::fromLatin1(packet.tcpOptionKinds.toHex())
          << edges.join(QLatin1Char(',')) << QString::number(packet.icmpType) << QString::number(packet.icmpCode)
          << packet.quotedSource.toString() << packet.quotedDestination.toString()
          << QString::number(packet.quotedTransport);
    return parts.join(QLatin1Char('|'));
}

// The packet list decodes every packet SummaryOnly: the same packet, without fields.
QString summaryOnlyMismatch(const CapturedPacket &captured)
{
    const DecodedPacket summary = decodePacket(captured, DecodeDepth::SummaryOnly);
    for (const DecodedLayer &layer : summary.layers) {
        if (!layer.fields.isEmpty())
            return QStringLiteral("SummaryOnly has fields in ") + layer.name;
    }
    const QString expected = summaryOf(decodePacket(captured, DecodeDepth::WithFields));
    const QString actual = summaryOf(summary);
    return actual == expected ? QString() : QStringLiteral("SummaryOnly: %1\nWithFields:  %2").arg(actual, expected);
}

// "Name: value @offset+length" per field: one QCOMPARE checks a whole layer, offsets included.
QStringList fieldsOf(const DecodedLayer &layer)
{
    QStringList lines;
    for (const DecodedField &field : layer.fields)
        lines << QStringLiteral("%1: %2 @%3+%4").arg(field.name, field.value).arg(field.offset).arg(field.length);
    return lines;
}

// What the hex dump relies on: every layer and field inside the captured bytes (a generated
// field has offset -1 and length 0), and a payload that starts inside or right after them.
QString invariantViolation(const DecodedPacket &packet, int size)
{
    const auto inside = [size](int offset, int length) {
        return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
    };
    for (const DecodedLayer &layer : packet.layers) {
        if (!inside(layer.offset, layer.length))
            return QStringLiteral("layer %1 at %2+%3").arg(layer.name).arg(layer.offset).arg(layer.length);
        for (const DecodedField &field : layer.fields) {
            const bool generated = field.offset == -1 && field.length == 0;
            if (!generated && !inside(field.offset, field.length))
                return QStringLiteral("field %1 at %2+%3").arg(field.name).arg(field.offset).arg(field.length);
        }
    }
    if (packet.payloadOffset < -1 || packet.payloadOffset > size)
        return QStringLiteral("payload offset %1").arg(packet.payloadOffset);
    if (packet.payloadLength < 0)
        return QStringLiteral("payload length %1").arg(packet.payloadLength);
    if ((packet.truncated || packet.malformed) && packet.problem.isEmpty())
        return QStringLiteral("a problem without words");
    return QString();
}

// Ethernet / IPv4 192.168.0.1:53048 <-> 192.168.0.2:65432 / TCP with the lengths filled in and
// the other header fields as in Frames::ethernetSyn, so the exchange reads like a capture.
QByteArray tcpFrame(bool fromClient, quint32 seq, quint32 ack, quint8 flags, quint16 window,
                    const char *optionsHex, const QByteArray &payload = QByteArray())
{
    const QByteArray options = QByteArray::fromHex(optionsHex);
    const auto be16 = [](quint16 value) {
        QByteArray bytes(2, Qt::Uninitialized);
        qToBigEndian(value, bytes.data());
        return bytes;
    };
    const auto be32 = [](quint32 value) {
        QByteArray bytes(4, Qt::Uninitialized);
        qToBigEndian(value, bytes.data());
        return bytes;
    };
    const QByteArray client = QByteArray::fromHex("c0a80001");
    const QByteArray server = QByteArray::fromHex("c0a80002");
    const int tcpHeaderLength = 20 + int(options.size());
    QByteArray frame = QByteArray::fromHex(fromClient ? "020000000002 020000000001 0800"
                                                      : "020000000001 020000000002 0800");
    frame += QByteArray::fromHex("45 00") + be16(quint16(20 + tcpHeaderLength + payload.size()))
        + QByteArray::fromHex("1c46 4000 40 06 b1e6") + (fromClient ? client + server : server + client);
    frame += be16(fromClient ? 53048 : 65432) + be16(fromClient ? 65432 : 53048) + be32(seq) + be32(ack)
        + char((tcpHeaderLength / 4) << 4) + char(flags) + be16(window) + QByteArray::fromHex("fe30 0000")
        + options + payload;
    return frame;
}

} // namespace

class tst_PacketDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void truncated_data();
    void truncated();
    void ethernetSynLayers();
    void sllSynAckLinkLayer();
    void loopbackIPv6PayloadAndData();
    void arpVlanAndExtensionHeaderFields();
    void fragmentsAndOtherProtocols();
    void icmpPortUnreachable();
    void icmpv6PortUnreachable();
    void icmpEchoAndNeighborDiscovery();
    void truncatedAtEveryByte_data();
    void truncatedAtEveryByte();
    void tcpOptionsInHeaderOrder();
    void windowScaleMultiplier_data();
    void windowScaleMultiplier();
    void infoFromSummaryAlone();
    void tcpFlagsText_data();
    void tcpFlagsText();
    void frameBuilderMatchesTheLiteral();
    void handshakeDataAndClose();
    void windowScaleUnknownOrUnused();
    void refusedConnectionAndPortReuse();
    void sackEdgesAreRelative();
    void connectionsAreTrackedApart();
    void nonTcpPacketsKeepRawNumbers();
    void fuzzRegressions_data();
    void fuzzRegressions();

private:
    static void addDecodeColumns();
    static void verifyDecoded(quint32 originalLength);
};

void tst_PacketDecoder::addDecodeColumns()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("layers");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("payloadOffset");
    QTest::addColumn<int>("payloadLength");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<QString>("problem");
}

void tst_PacketDecoder::decode_data()
{
    addDecodeColumns();

    const QString ethIPv4Tcp = QStringLiteral("Ethernet II|Internet Protocol Version 4|Transmission Control Protocol");
    const QString rawUdpData = QStringLiteral("Raw packet data|Internet Protocol Version 4|User Datagram Protocol|Data");
    const QString nullV6TcpData = QStringLiteral("Null/Loopback|Internet Protocol Version 6|Transmission Control Protocol|Data");
    const QString udpInfo = QStringLiteral("53048 \u2192 65431 Len=12");
    const QString synInfo = QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 MSS=1460 SACK_PERM TSval=123 TSecr=0 WS=128");
    const QString pshInfo = QStringLiteral("53048 \u2192 65432 [PSH, ACK] Seq=1 Ack=1 Win=512 Len=12 TSval=457 TSecr=456");
    const QString loopback = QStringLiteral("127.0.0.1:53048");
    const QString loopbackServer = QStringLiteral("127.0.0.1:65431");
    const QString v6Client = QStringLiteral("[::1]:53048");
    const QString v6Server = QStringLiteral("[::1]:65432");

    // Link layers.
    QTest::newRow("Ethernet IPv4 TCP SYN with options")
        << LinkLayer::Ethernet << Frames::ethernetSyn << ethIPv4Tcp << "TCP" << synInfo
        << "192.168.0.1:53048" << "192.168.0.2:65432" << 74 << 0 << false << false << "";
    QTest::newRow("Linux cooked v1 IPv4 TCP SYN-ACK")
        << LinkLayer::LinuxSll << Frames::sllSynAck
        << "Linux cooked capture v1|Internet Protocol Version 4|Transmission Control Protocol" << "TCP"
        << "65432 \u2192 53048 [SYN, ACK] Seq=0 Ack=1 Win=65483 Len=0 MSS=65495 SACK_PERM TSval=456 TSecr=123 WS=128"
        << "127.0.0.1:65432" << "127.0.0.1:53048" << 76 << 0 << false << false << "";
    QTest::newRow("Linux cooked v2 IPv4 UDP")
        << LinkLayer::LinuxSll2
        << QByteArray::fromHex("0800 0000 00000001 0304 00 06 0000000000000000") + Frames::ipv4Udp
        << "Linux cooked capture v2|Internet Protocol Version 4|User Datagram Protocol|Data" << "UDP" << udpInfo
        << loopback << loopbackServer << 48 << 12 << false << false << "";
    QTest::newRow("Null family 30 (macOS IPv6), little-endian capturer")
        << LinkLayer::Null << QByteArray::fromHex("1e000000") + Frames::ipv6PshAck << nullV6TcpData << "TCP"
        << pshInfo << v6Client << v6Server << 76 << 12 << false << false << "";
    QTest::newRow("Null family 30, big-endian capturer")
        << LinkLayer::Null << QByteArray::fromHex("0000001e") + Frames::ipv6PshAck << nullV6TcpData << "TCP"
        << pshInfo << v6Client << v6Server << 76 << 12 << false << false << "";
    QTest::newRow("Null family 24 (NetBSD/OpenBSD IPv6)")
        << LinkLayer::Null << QByteArray::fromHex("18000000") + Frames::ipv6PshAck << nullV6TcpData << "TCP"
        << pshInfo << v6Client << v6Server << 76 << 12 << false << false << "";
    QTest::newRow("Null family 28 (FreeBSD IPv6)")
        << LinkLayer::Null << QByteArray::fromHex("1c000000") + Frames::ipv6PshAck << nullV6TcpData << "TCP"
        << pshInfo << v6Client << v6Server << 76 << 12 << false << false << "";
    QTest::newRow("Null family 2 IPv4 UDP")
        << LinkLayer::Null << QByteArray::fromHex("02000000") + Frames::ipv4Udp
        << "Null/Loopback|Internet Protocol Version 4|User Datagram Protocol|Data" << "UDP" << udpInfo
        << loopback << loopbackServer << 32 << 12 << false << false << "";
    QTest::newRow("Loop (network byte order) family 30")
        << LinkLayer::Loop << QByteArray::fromHex("0000001e") + Frames::ipv6PshAck << nullV6TcpData << "TCP"
        << pshInfo << v6Client << v6Server << 76 << 12 << false << false << "";
    QTest::newRow("Loop family 2")
        << LinkLayer::Loop << QByteArray::fromHex("00000002") + Frames::ipv4Udp
        << "Null/Loopback|Internet Protocol Version 4|User Datagram Protocol|Data" << "UDP" << udpInfo
        << loopback << loopbackServer << 32 << 12 << false << false << "";
    QTest::newRow("Null unknown family")
        << LinkLayer::Null << QByteArray::fromHex("07000000 0102") << "Null/Loopback" << "NULL"
        << "Null/Loopback, family 7" << "" << "" << -1 << 0 << false << false << "";
    QTest::newRow("DLT_RAW IPv4 UDP")
        << LinkLayer::Raw << Frames::ipv4Udp << rawUdpData << "UDP" << udpInfo
        << loopback << loopbackServer << 28 << 12 << false << false << "";
    QTest::newRow("LINKTYPE_RAW IPv4 UDP")
        << LinkLayer::LinktypeRaw << Frames::ipv4Udp << rawUdpData << "UDP" << udpInfo
        << loopback << loopbackServer << 28 << 12 << false << false << "";
    QTest::newRow("LINKTYPE_RAW IPv6 TCP")
        << LinkLayer::LinktypeRaw << Frames::ipv6PshAck
        << "Raw packet data|Internet Protocol Version 6|Transmission Control Protocol|Data" << "TCP" << pshInfo
        << v6Client << v6Server << 72 << 12 << false << false << "";
    QTest::newRow("Ethernet ARP request")
        << LinkLayer::Ethernet << Frames::ethernetArp << "Ethernet II|Address Resolution Protocol" << "ARP"
        << "Who has 192.168.0.2? Tell 192.168.0.1" << "" << "" << -1 << 0 << false << false << "";
    QTest::newRow("Ethernet ARP reply")
        << LinkLayer::Ethernet << patched(Frames::ethernetArp, 20, "0002")
        << "Ethernet II|Address Resolution Protocol" << "ARP" << "192.168.0.1 is at 02:00:00:00:00:01"
        << "" << "" << -1 << 0 << false << false << "";
    QTest::newRow("Ethernet gratuitous ARP")
        << LinkLayer::Ethernet << patched(Frames::ethernetArp, 38, "c0a80001")
        << "Ethernet II|Address Resolution Protocol" << "ARP" << "Gratuitous ARP for 192.168.0.1 (Request)"
        << "" << "" << -1 << 0 << false << false << "";
    QTest::newRow("Ethernet 802.1Q VLAN UDP")
        << LinkLayer::Ethernet << Frames::ethernetVlanUdp
        << "Ethernet II|802.1Q Virtual LAN|Internet Protocol Version 4|User Datagram Protocol|Data" << "UDP"
        << udpInfo << loopback << loopbackServer << 46 << 12 << false << false << "";
    QTest::newRow("Ethernet IPv6 hop-by-hop UDP")
        << LinkLayer::Ethernet << Frames::ethernetIPv6HopByHopUdp
        << "Ethernet II|Internet Protocol Version 6|User Datagram Protocol|Data" << "UDP"
        << "53 \u2192 53 Len=4" << "[fe80::1]:53" << "[fe80::2]:53" << 70 << 4 << false << false << "";
    QTest::newRow("IPv6 destination options, routing, first fragment, UDP")
        << LinkLayer::Raw
        << QByteArray::fromHex("60000000 0024 3c 40 fe800000000000000000000000000001 fe800000000000000000000000000002"
                               "2b 00 0104 00000000  2c 00 00 00 00000000  11 00 0001 12345678"
                               "0035 0035 000c 0000 70696e67")
        << "Raw packet data|Internet Protocol Version 6|User Datagram Protocol|Data" << "UDP"
        << "53 \u2192 53 Len=4" << "[fe80::1]:53" << "[fe80::2]:53" << 72 << 4 << false << false << "";
    QTest::newRow("IPv4 later fragment: no transport layer")
        << LinkLayer::Raw << Frames::ipv4LaterFragment << "Raw packet data|Internet Protocol Version 4|Data"
        << "IPv4" << "Fragmented IP protocol (proto=UDP 17, off=1480, ID=1c46)"
        << "10.0.0.1:0" << "10.0.0.2:0" << -1 << 0 << false << false << "";
    QTest::newRow("IPv6 later fragment: no transport layer")
        << LinkLayer::Raw
        << QByteArray::fromHex("60000000 0018 2c 40 fe800000000000000000000000000001 fe800000000000000000000000000002"
                               "11 00 05a8 12345678 00112233445566778899aabbccddeeff")
        << "Raw packet data|Internet Protocol Version 6|Data" << "IPv6"
        << "IPv6 fragment (off=1448 more=n ident=0x12345678 nxt=17)"
        << "[fe80::1]:0" << "[fe80::2]:0" << -1 << 0 << false << false << "";
    QTest::newRow("IPv4 GRE (no dissector)")
        << LinkLayer::Raw << QByteArray::fromHex("45 00 001c 0001 0000 40 2f 0000 7f000001 7f000001 0000080000000000")
        << "Raw packet data|Internet Protocol Version 4|Data" << "IPv4" << "IPv4 packet, protocol 47"
        << "127.0.0.1:0" << "127.0.0.1:0" << -1 << 0 << false << false << "";
    QTest::newRow("IPv4 ICMP")
        << LinkLayer::Raw << QByteArray::fromHex("45 00 001c 0001 0000 40 01 0000 7f000001 7f000001 0800f7ff00000000")
        << "Raw packet data|Internet Protocol Version 4|Internet Control Message Protocol" << "ICMP"
        << "Echo (ping) request  id=0x0000, seq=0/0, ttl=64"
        << "127.0.0.1:0" << "127.0.0.1:0" << -1 << 0 << false << false << "";
    QTest::newRow("IPv4 with options (Router Alert)")
        << LinkLayer::Raw
        << QByteArray::fromHex("46 00 002c abcd 0000 40 11 0000 7f000001 7f000001 94040000 cf38 ff97 0014 fe27")
               + QByteArray("Hello, world")
        << rawUdpData << "UDP" << udpInfo << loopback << loopbackServer << 32 << 12 << false << false << "";
    QTest::newRow("IPv4 total length 0 (TSO): the frame says")
        << LinkLayer::Raw << patched(Frames::ipv4Udp, 2, "0000") << rawUdpData << "UDP" << udpInfo
        << loopback << loopbackServer << 28 << 12 << false << false << "";
    QTest::newRow("unknown EtherType (LLDP)")
        << LinkLayer::Ethernet << QByteArray::fromHex("0180c200000e 020000000001 88cc 0207040200000000")
        << "Ethernet II" << "0x88cc" << "EtherType 0x88cc" << "" << "" << -1 << 0 << false << false << "";
    QTest::newRow("IEEE 802.3 length instead of a type")
        << LinkLayer::Ethernet << QByteArray::fromHex("0180c2000000 020000000001 0026 424203000000")
        << "IEEE 802.3 Ethernet" << "LLC" << "IEEE 802.3 Ethernet, length 38" << "" << "" << -1 << 0
        << false << false << "";
    QTest::newRow("unsupported link type")
        << 999 << Frames::ipv4Udp << "" << "Unknown" << "Unsupported link-layer type 999" << "" << ""
        << -1 << 0 << false << false << "Unsupported link-layer type 999";

    // TCP details the Info column shows.
    QTest::newRow("URG: Urg= before Len=")
        << LinkLayer::Ethernet << tcpFrame(true, 1001, 50001, 0x38, 502, "", "Hello, world") << ethIPv4Tcp + "|Data"
        << "TCP" << "53048 \u2192 65432 [PSH, ACK, URG] Seq=1 Ack=1 Win=502 Urg=0 Len=12"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << 54 << 12 << false << false << "";
    QTest::newRow("no flags")
        << LinkLayer::Ethernet << tcpFrame(true, 1001, 0, 0x00, 502, "") << ethIPv4Tcp << "TCP"
        << "53048 \u2192 65432 [<None>] Seq=1 Win=502 Len=0"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << 54 << 0 << false << false << "";
    // Malformed: lengths contradict each other.
    QTest::newRow("IPv4 IHL 4")
        << LinkLayer::Raw << patched(Frames::ipv4Udp, 0, "44") << "Raw packet data|Internet Protocol Version 4"
        << "IPv4" << "Bogus IP header length (16, must be at least 20)" << "" << "" << -1 << 0 << false << true
        << "Bogus IP header length (16, must be at least 20)";
    QTest::newRow("IPv4 total length smaller than the header")
        << LinkLayer::Raw << patched(Frames::ipv4Udp, 2, "0010") << "Raw packet data|Internet Protocol Version 4"
        << "IPv4" << "Bogus IP length (16, less than header length 20)" << "127.0.0.1:0" << "127.0.0.1:0"
        << -1 << 0 << false << true << "Bogus IP length (16, less than header length 20)";
    QTest::newRow("IPv4 total length beyond the frame")
        << LinkLayer::Raw << patched(Frames::ipv4Udp, 2, "0100") << rawUdpData << "UDP"
        << udpInfo + " [Malformed Packet]" << loopback << loopbackServer << 28 << 12 << false << true
        << "IPv4 total length exceeds packet length (40 bytes)";
    QTest::newRow("IPv4 version 6 behind EtherType IPv4")
        << LinkLayer::Ethernet << patched(Frames::ethernetSyn, 14, "65")
        << "Ethernet II|Internet Protocol Version 4" << "IPv4" << "Bogus IPv4 version (6, must be 4)"
        << "" << "" << -1 << 0 << false << true << "Bogus IPv4 version (6, must be 4)";
    QTest::newRow("raw frame of IP version 5")
        << LinkLayer::Raw << patched(Frames::ipv4Udp, 0, "55") << "Raw packet data" << "Raw"
        << "Bogus IP version (5)" << "" << "" << -1 << 0 << false << true << "Bogus IP version (5)";
    QTest::newRow("TCP data offset 4")
        << LinkLayer::Raw
        << QByteArray::fromHex("45 00 0028 1c46 4000 40 06 b1e6 c0a80001 c0a80002 cf38 ff98 000003e8 00000000 40 02 ffd7 fe30 0000")
        << "Raw packet data|Internet Protocol Version 4|Transmission Control Protocol" << "TCP"
        << "53048 \u2192 65432 [SYN] Seq=0 Win=65495, bogus TCP header length (16, must be at least 20)"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << -1 << 0 << false << true
        << "Bogus TCP header length (16, must be at least 20)";
    QTest::newRow("TCP header longer than the segment")
        << LinkLayer::Raw
        << QByteArray::fromHex("45 00 0028 1c46 4000 40 06 b1e6 c0a80001 c0a80002 cf38 ff98 000003e8 00000000 a0 02 ffd7 fe30 0000")
        << "Raw packet data|Internet Protocol Version 4|Transmission Control Protocol" << "TCP"
        << "53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 [Malformed Packet]"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << -1 << 0 << false << true
        << "TCP header length (40 bytes) runs past the end of the segment";
    QTest::newRow("TCP segment shorter than a TCP header")
        << LinkLayer::Raw << QByteArray::fromHex("45 00 001a 1c46 4000 40 06 b1e6 c0a80001 c0a80002 cf38 ff98 0000 03e8 0000")
        << "Raw packet data|Internet Protocol Version 4|Transmission Control Protocol" << "TCP"
        << "53048 \u2192 65432 [Malformed Packet]" << "192.168.0.1:53048" << "192.168.0.2:65432" << -1 << 0
        << false << true << "The packet ends inside the TCP header";
    QTest::newRow("TCP option MSS of length 3")
        << LinkLayer::Ethernet << patched(Frames::ethernetSyn, 55, "03") << ethIPv4Tcp << "TCP"
        << "53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 [Malformed Packet]"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << 74 << 0 << false << true
        << "TCP option Maximum segment size has a bogus length (3)";
    QTest::newRow("TCP option Window scale of length 9")
        << LinkLayer::Ethernet << patched(Frames::ethernetSyn, 72, "09") << ethIPv4Tcp << "TCP"
        << "53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 MSS=1460 SACK_PERM TSval=123 TSecr=0 [Malformed Packet]"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << 74 << 0 << false << true
        << "TCP option Window scale has a bogus length (9)";
    QTest::newRow("TCP option running past the header")
        << LinkLayer::Ethernet << patched(Frames::ethernetSyn, 71, "fe05") << ethIPv4Tcp << "TCP"
        << "53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 MSS=1460 SACK_PERM TSval=123 TSecr=0 [Malformed Packet]"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << 74 << 0 << false << true
        << "TCP option Experimental runs past the end of the header";
    QTest::newRow("UDP length 5")
        << LinkLayer::Raw << patched(Frames::ipv4Udp, 24, "0005")
        << "Raw packet data|Internet Protocol Version 4|User Datagram Protocol" << "UDP"
        << "53048 \u2192 65431 [BAD UDP LENGTH 5 < 8]" << loopback << loopbackServer << 28 << 0 << false << true
        << "Bogus UDP length (5, must be at least 8)";
    QTest::newRow("UDP length beyond the IP payload")
        << LinkLayer::Raw << patched(Frames::ipv4Udp, 24, "0064") << rawUdpData << "UDP"
        << "53048 \u2192 65431 [BAD UDP LENGTH 100 > IP PAYLOAD LENGTH]" << loopback << loopbackServer << 28 << 12
        << false << true << "Bogus UDP length (100, more than the IP payload length 20)";
    QTest::newRow("IPv6 payload length beyond the frame")
        << LinkLayer::LinktypeRaw << patched(Frames::ipv6PshAck, 4, "0100")
        << "Raw packet data|Internet Protocol Version 6|Transmission Control Protocol|Data" << "TCP"
        << pshInfo + " [Malformed Packet]" << v6Client << v6Server << 72 << 12 << false << true
        << "IPv6 payload length exceeds framing length (44 bytes)";
    QTest::newRow("IPv6 extension header past the payload")
        << LinkLayer::Raw
        << QByteArray::fromHex("60000000 0008 00 40 fe800000000000000000000000000001 fe800000000000000000000000000002"
                               "11 01 0104 00000000 0000000000000000")
        << "Raw packet data|Internet Protocol Version 6" << "IPv6" << "[Malformed Packet]"
        << "[fe80::1]:0" << "[fe80::2]:0" << -1 << 0 << false << true
        << "The packet ends inside the IPv6 extension header";
}

void tst_PacketDecoder::decode()
{
    verifyDecoded(0);
}

// Frames cut by the snapshot length: originalLength says how long they were on the wire.
void tst_PacketDecoder::truncated_data()
{
    addDecodeColumns();
    QTest::addColumn<int>("originalLength");

    const QString ethIPv4Tcp = QStringLiteral("Ethernet II|Internet Protocol Version 4|Transmission Control Protocol");
    const QString rawUdpData = QStringLiteral("Raw packet data|Internet Protocol Version 4|User Datagram Protocol|Data");
    const QString udpInfo = QStringLiteral("53048 \u2192 65431 Len=12");
    const QString loopback = QStringLiteral("127.0.0.1:53048");
    const QString loopbackServer = QStringLiteral("127.0.0.1:65431");

    QTest::newRow("payload cut by the snapshot length: not truncated, Len from IP")
        << LinkLayer::Raw << Frames::ipv4Udp.left(32) << rawUdpData << "UDP" << udpInfo
        << loopback << loopbackServer << 28 << 12 << false << false << ""
        << 40;
    QTest::newRow("truncated after the TCP ports")
        << LinkLayer::Ethernet << Frames::ethernetSyn.left(38) << ethIPv4Tcp << "TCP"
        << "53048 \u2192 65432 [Packet size limited during capture]"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << -1 << 0 << true << false << "Frame truncated in the TCP header"
        << 74;
    QTest::newRow("truncated in the TCP options")
        << LinkLayer::Ethernet << Frames::ethernetSyn.left(64) << ethIPv4Tcp << "TCP"
        << "53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 MSS=1460 SACK_PERM [Packet size limited during capture]"
        << "192.168.0.1:53048" << "192.168.0.2:65432" << 64 << 0 << true << false << "Frame truncated in the TCP header"
        << 74;
    QTest::newRow("truncated in the IPv4 addresses")
        << LinkLayer::Ethernet << Frames::ethernetSyn.left(30) << "Ethernet II|Internet Protocol Version 4" << "IPv4"
        << "[Packet size limited during capture]" << "192.168.0.1:0" << "" << -1 << 0 << true << false
        << "Frame truncated in the IPv4 header"
        << 74;
    QTest::newRow("empty Ethernet frame")
        << LinkLayer::Ethernet << QByteArray() << "Ethernet II" << "" << "[Packet size limited during capture]"
        << "" << "" << -1 << 0 << true << false << "Frame truncated in the Ethernet II header"
        << 60;
    QTest::newRow("empty raw frame")
        << LinkLayer::Raw << QByteArray() << "Raw packet data" << "" << "[Packet size limited during capture]"
        << "" << "" << -1 << 0 << true << false << "Frame truncated in the IP header"
        << 40;
    QTest::newRow("truncated in the UDP header")
        << LinkLayer::Raw << Frames::ipv4Udp.left(25) << "Raw packet data|Internet Protocol Version 4|User Datagram Protocol"
        << "UDP" << "53048 \u2192 65431 [Packet size limited during capture]" << loopback << loopbackServer
        << -1 << 0 << true << false << "Frame truncated in the UDP header"
        << 40;
}

void tst_PacketDecoder::truncated()
{
    QFETCH(int, originalLength);
    verifyDecoded(quint32(originalLength));
}

// The checks decode() and truncated() share, on the current row.
void tst_PacketDecoder::verifyDecoded(quint32 originalLength)
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);

    const DecodedPacket packet = decodePacket(capture(linkType, frame, originalLength));

    QCOMPARE(invariantViolation(packet, int(frame.size())), QString());
    QCOMPARE(summaryOnlyMismatch(capture(linkType, frame, originalLength)), QString());
    QTEST(layerNames(packet), "layers");
    QTEST(packet.protocolName, "protocol");
    QTEST(infoOf(packet), "info");
    QTEST(packet.source.isNull() ? QString() : packet.source.toString(), "source");
    QTEST(packet.destination.isNull() ? QString() : packet.destination.toString(), "destination");
    QTEST(packet.payloadOffset, "payloadOffset");
    QTEST(packet.payloadLength, "payloadLength");
    QTEST(packet.truncated, "truncated");
    QTEST(packet.malformed, "malformed");
    QTEST(packet.problem, "problem");
    QCOMPARE(packet.wireLength, originalLength ? originalLength : quint32(frame.size()));
}

void tst_PacketDecoder::ethernetSynLayers()
{
    const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetSyn));
    QCOMPARE(packet.layers.size(), 3);

    QCOMPARE(packet.layers.at(0).kind, DecodedLayer::Link);
    QCOMPARE(packet.layers.at(0).offset, 0);
    QCOMPARE(packet.layers.at(0).length, 14);
    QCOMPARE(fieldsOf(packet.layers.at(0)), (QStringList {
        "Destination: 02:00:00:00:00:02 @0+6",
        "Source: 02:00:00:00:00:01 @6+6",
        "Type: IPv4 (0x0800) @12+2",
    }));

    QCOMPARE(packet.layers.at(1).kind, DecodedLayer::Network);
    QCOMPARE(packet.layers.at(1).offset, 14);
    QCOMPARE(packet.layers.at(1).length, 20);
    QCOMPARE(fieldsOf(packet.layers.at(1)), (QStringList {
        "Version: 4 @14+1",
        "Header Length: 20 bytes (5) @14+1",
        "Differentiated Services Field: 0x00 (DSCP: CS0, ECN: Not-ECT) @15+1",
        "Total Length: 60 @16+2",
        "Identification: 0x1c46 (7238) @18+2",
        "Flags: 0x2, Don't fragment @20+1",
        "Fragment Offset: 0 @20+2",
        "Time to Live: 64 @22+1",
        "Protocol: TCP (6) @23+1",
        "Header Checksum: 0xb1e6 @24+2",
        "Source Address: 192.168.0.1 @26+4",
        "Destination Address: 192.168.0.2 @30+4",
    }));

    QCOMPARE(packet.layers.at(2).kind, DecodedLayer::Transport);
    QCOMPARE(packet.layers.at(2).offset, 34);
    QCOMPARE(packet.layers.at(2).length, 40);
    QCOMPARE(fieldsOf(packet.layers.at(2)), (QStringList {
        "Source Port: 53048 @34+2",
        "Destination Port: 65432 @36+2",
        "Sequence Number (raw): 1000 @38+4",
        "Acknowledgment number (raw): 0 @42+4",
        "Header Length: 40 bytes (10) @46+1",
        "Flags: 0x002 (SYN) @46+2",
        "Window: 65495 @48+2",
        "Checksum: 0xfe30 @50+2",
        "Urgent Pointer: 0 @52+2",
        "Options: (20 bytes), Maximum segment size, SACK permitted, Timestamps, No-Operation (NOP), Window scale @54+20",
        "TCP Option - Maximum segment size: 1460 bytes @54+4",
        "TCP Option - SACK permitted:  @58+2",
        "TCP Option - Timestamps: TSval 123, TSecr 0 @60+10",
        "TCP Option - No-Operation (NOP):  @70+1",
        "TCP Option - Window scale: 7 (multiply by 128) @71+3",
    }));

    // The summary the packet list and the ladder diagram read.
    QCOMPARE(packet.ipVersion, 4);
    QCOMPARE(packet.transport, DecodedPacket::Tcp);
    QCOMPARE(packet.sequence, 1000u);
    QCOMPARE(packet.acknowledgment, 0u);
    QCOMPARE(packet.flags, quint8(DecodedPacket::Syn));
    QCOMPARE(packet.window, quint16(65495));
    QCOMPARE(packet.mss, 1460);
    QCOMPARE(packet.windowScale, 7);
    QVERIFY(packet.sackPermitted);
    QVERIFY(packet.hasTimestamps);
    QCOMPARE(packet.timestampValue, 123u);
    QCOMPARE(packet.timestampEcho, 0u);
    QCOMPARE(packet.tcpHeaderLength, 40);
    QCOMPARE(packet.urgentPointer, quint16(0));
    QCOMPARE(packet.tcpOptionKinds, QByteArray::fromHex("0204080103"));
    QVERIFY(packet.sackEdges.isEmpty());
    QVERIFY(packet.info.isEmpty());
}

void tst_PacketDecoder::sllSynAckLinkLayer()
{
    const DecodedPacket packet = decodePacket(capture(LinkLayer::LinuxSll, Frames::sllSynAck));
    QCOMPARE(packet.layers.at(0).name, QStringLiteral("Linux cooked capture v1"));
    QCOMPARE(packet.layers.at(0).length, 16);
    QCOMPARE(fieldsOf(packet.layers.at(0)), (QStringList {
        "Packet type: Unicast to us (0) @0+2",
        "Link-layer address type: Loopback (772) @2+2",
        "Link-layer address length: 6 @4+2",
        "Source: 00:00:00:00:00:00 @6+6",
        "Unused: 0000 @12+2",
        "Protocol: IPv4 (0x0800) @14+2",
    }));
    QCOMPARE(packet.layers.at(2).offset, 36);
    QCOMPARE(fieldsOf(packet.layers.at(2)).at(5), QStringLiteral("Flags: 0x012 (SYN, ACK) @48+2"));
    QCOMPARE(packet.flags, quint8(DecodedPacket::Syn | DecodedPacket::Ack));
    QCOMPARE(packet.sequence, 50000u);
    QCOMPARE(packet.acknowledgment, 1001u);
    QCOMPARE(packet.mss, 65495);
    QCOMPARE(packet.timestampValue, 456u);
    QCOMPARE(packet.timestampEcho, 123u);

    // Version 2 reorders the fields and adds the interface index.
    const DecodedPacket v2 = decodePacket(capture(LinkLayer::LinuxSll2,
        QByteArray::fromHex("0800 0000 00000001 0304 04 06 0242ac110002 0000") + Frames::ipv4Udp));
    QCOMPARE(fieldsOf(v2.layers.at(0)), (QStringList {
        "Protocol: IPv4 (0x0800) @0+2",
        "Reserved (MBZ): 0x0000 @2+2",
        "Interface index: 1 @4+4",
        "Link-layer address type: Loopback (772) @8+2",
        "Packet type: Sent by us (4) @10+1",
        "Link-layer address length: 6 @11+1",
        "Source: 02:42:ac:11:00:02 @12+6",
        "Unused: 0000 @18+2",
    }));
}

void tst_PacketDecoder::loopbackIPv6PayloadAndData()
{
    const QByteArray frame = QByteArray::fromHex("1e000000") + Frames::ipv6PshAck;
    const DecodedPacket packet = decodePacket(capture(LinkLayer::Null, frame));
    QCOMPARE(fieldsOf(packet.layers.at(0)), QStringList { "Family: IPv6 (30) @0+4" });
    QCOMPARE(fieldsOf(packet.layers.at(1)), (QStringList {
        "Version: 6 @4+1",
        "Traffic Class: 0x00 (DSCP: CS0, ECN: Not-ECT) @4+2",
        "Flow Label: 0x12345 @5+3",
        "Payload Length: 44 @8+2",
        "Next Header: TCP (6) @10+1",
        "Hop Limit: 64 @11+1",
        "Source Address: ::1 @12+16",
        "Destination Address: ::1 @28+16",
    }));
    QCOMPARE(packet.ipVersion, 6);
    QCOMPARE(packet.payloadOffset, 76);
    QCOMPARE(packet.payloadLength, 12);
    QCOMPARE(frame.mid(packet.payloadOffset, packet.payloadLength), QByteArray("Hello, world"));

    const DecodedLayer &data = packet.layers.at(3);
    QCOMPARE(data.kind, DecodedLayer::Application);
    QCOMPARE(data.name, QStringLiteral("Data"));
    QCOMPARE(data.offset, 76);
    QCOMPARE(data.length, 12);
    QCOMPARE(fieldsOf(data), (QStringList {
        "Data: 48656c6c6f2c20776f726c64 @76+12",
        "Length: 12 @-1+0",
    }));

    // Cut by the snapshot length inside the data: the layer covers what was captured, Length
    // and Len= what was on the wire.
    const DecodedPacket cut = decodePacket(capture(LinkLayer::Null, frame.left(80), quint32(frame.size())));
    QVERIFY(!cut.truncated);
    QCOMPARE(cut.payloadLength, 12);
    QCOMPARE(cut.layers.at(3).length, 4);
    QCOMPARE(fieldsOf(cut.layers.at(3)), (QStringList { "Data: 48656c6c @76+4", "Length: 12 @-1+0" }));
    QCOMPARE(cut.wireLength, quint32(frame.size()));

    // A long payload ends its preview in an ellipsis after 32 bytes.
    const QByteArray bigDatagram = QByteArray::fromHex("45 00 0064 abcd 0000 40 11 0000 7f000001 7f000001"
                                                       "cf38 ff97 0050 fe27") + QByteArray(72, 'a');
    const DecodedPacket big = decodePacket(capture(LinkLayer::Raw, bigDatagram));
    QCOMPARE(big.payloadLength, 72);
    QCOMPARE(fieldsOf(big.layers.last()), (QStringList {
        QStringLiteral("Data: ") + QString::fromLatin1(QByteArray(32, 'a').toHex()) + QChar(0x2026) + QStringLiteral(" @28+72"),
        QStringLiteral("Length: 72 @-1+0"),
    }));
}

void tst_PacketDecoder::arpVlanAndExtensionHeaderFields()
{
    const DecodedPacket arp = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetArp));
    QCOMPARE(arp.layers.at(1).kind, DecodedLayer::Network);
    QCOMPARE(arp.layers.at(1).offset, 14);
    QCOMPARE(arp.layers.at(1).length, 28);
    QCOMPARE(fieldsOf(arp.layers.at(1)), (QStringList {
        "Hardware type: Ethernet (1) @14+2",
        "Protocol type: IPv4 (0x0800) @16+2",
        "Hardware size: 6 @18+1",
        "Protocol size: 4 @19+1",
        "Opcode: request (1) @20+2",
        "Sender MAC address: 02:00:00:00:00:01 @22+6",
        "Sender IP address: 192.168.0.1 @28+4",
        "Target MAC address: 00:00:00:00:00:00 @32+6",
        "Target IP address: 192.168.0.2 @38+4",
    }));
    // The bytes after the ARP message are Ethernet's padding, shown in its tree as Wireshark does.
    QCOMPARE(fieldsOf(arp.layers.at(0)).last(), QStringLiteral("Padding: 000000000000000000000000000000000000 @42+18"));
    QCOMPARE(arp.ipVersion, 0);
    QCOMPARE(arp.transport, DecodedPacket::OtherTransport);

    const DecodedPacket vlan = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetVlanUdp));
    QCOMPARE(fieldsOf(vlan.layers.at(0)).last(), QStringLiteral("Type: 802.1Q Virtual LAN (0x8100) @12+2"));
    QCOMPARE(vlan.layers.at(1).offset, 14);
    QCOMPARE(vlan.layers.at(1).length, 4);
    QCOMPARE(fieldsOf(vlan.layers.at(1)), (QStringList {
        "Priority: Voice, < 10ms latency and jitter (5) @14+2",
        "DEI: Ineligible @14+2",
        "ID: 100 @14+2",
        "Type: IPv4 (0x0800) @16+2",
    }));
    QCOMPARE(vlan.layers.at(2).offset, 18);

    const DecodedPacket hopByHop = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetIPv6HopByHopUdp));
    const DecodedLayer &ip = hopByHop.layers.at(1);
    QCOMPARE(ip.offset, 14);
    QCOMPARE(ip.length, 48);   // the IPv6 item covers its extension headers
    QCOMPARE(fieldsOf(ip).at(4), QStringLiteral("Next Header: IPv6 Hop-by-Hop Option (0) @20+1"));
    QCOMPARE(fieldsOf(ip).last(), QStringLiteral("IPv6 Hop-by-Hop Option: Next Header: UDP (17), Length: 0 (8 bytes) @54+8"));
    QCOMPARE(fieldsOf(hopByHop.layers.at(2)), (QStringList {
        "Source Port: 53 @62+2",
        "Destination Port: 53 @64+2",
        "Length: 12 @66+2",
        "Checksum: 0x0000 @68+2",
    }));
}

void tst_PacketDecoder::fragmentsAndOtherProtocols()
{
    const DecodedPacket fragment = decodePacket(capture(LinkLayer::Raw, Frames::ipv4LaterFragment));
    QCOMPARE(fieldsOf(fragment.layers.at(1)).at(5), QStringLiteral("Flags: 0x0 @6+1"));
    QCOMPARE(fieldsOf(fragment.layers.at(1)).at(6), QStringLiteral("Fragment Offset: 1480 @6+2"));
    QCOMPARE(fragment.transport, DecodedPacket::OtherTransport);
    QCOMPARE(fragment.layers.at(2).offset, 20);
    QCOMPARE(fragment.layers.at(2).length, 16);

    // The first fragment (offset 0, More fragments) still carries the UDP header.
    const DecodedPacket first = decodePacket(capture(LinkLayer::Raw, patched(Frames::ipv4Udp, 6, "2000")));
    QCOMPARE(fieldsOf(first.layers.at(1)).at(5), QStringLiteral("Flags: 0x1, More fragments @6+1"));
    QCOMPARE(first.transport, DecodedPacket::Udp);
}

void tst_PacketDecoder::icmpPortUnreachable()
{
    const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetIcmpPortUnreachable));
    QVERIFY2(!packet.truncated && !packet.malformed, qPrintable(packet.problem));
    QCOMPARE(layerNames(packet), QStringLiteral("Ethernet II|Internet Protocol Version 4|Internet Control Message Protocol"));
    QCOMPARE(packet.protocolName, QStringLiteral("ICMP"));
    QCOMPARE(infoOf(packet), QStringLiteral("Destination unreachable (Port unreachable)"));
    QCOMPARE(packet.icmpType, 3);
    QCOMPARE(packet.icmpCode, 3);
    QCOMPARE(packet.quotedTransport, DecodedPacket::Udp);
    QCOMPARE(packet.quotedSource.toString(), QStringLiteral("127.0.0.1:53048"));
    QCOMPARE(packet.quotedDestination.toString(), QStringLiteral("127.0.0.1:9"));
    QCOMPARE(packet.layers.at(2).offset, 34);
    QCOMPARE(packet.layers.at(2).length, 38);
    QCOMPARE(fieldsOf(packet.layers.at(2)), (QStringList {
        "Type: 3 (Destination unreachable) @34+1",
        "Code: 3 (Port unreachable) @35+1",
        "Checksum: 0xc729 [correct] @36+2",
        "Unused: 00000000 @38+4",
        "Internet Protocol Version 4: Src: 127.0.0.1, Dst: 127.0.0.1, Protocol: UDP (17) @42+20",
        "User Datagram Protocol: Src Port: 53048, Dst Port: 9 @62+4",
    }));
    QVERIFY(summaryOnlyMismatch(capture(LinkLayer::Ethernet, Frames::ethernetIcmpPortUnreachable)).isEmpty());
    // Before this dissector, the packet list said "IPv4 packet, protocol 1".
    QVERIFY(!infoOf(packet).contains(QStringLiteral("protocol 1")));

    const DecodedPacket badChecksum = decodePacket(capture(LinkLayer::Ethernet, patched(Frames::ethernetIcmpPortUnreachable, 36, "0000")));
    QCOMPARE(fieldsOf(badChecksum.layers.at(2)).at(2), QStringLiteral("Checksum: 0x0000 incorrect, should be 0xc729 @36+2"));
}

void tst_PacketDecoder::icmpv6PortUnreachable()
{
    const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetIcmpv6PortUnreachable));
    QVERIFY2(!packet.truncated && !packet.malformed, qPrintable(packet.problem));
    QCOMPARE(layerNames(packet), QStringLiteral("Ethernet II|Internet Protocol Version 6|Internet Control Message Protocol v6"));
    QCOMPARE(packet.protocolName, QStringLiteral("ICMPv6"));
    QCOMPARE(infoOf(packet), QStringLiteral("Destination Unreachable (Port unreachable)"));
    QCOMPARE(packet.quotedTransport, DecodedPacket::Udp);
    QCOMPARE(packet.quotedSource.port, quint16(53048));
    QCOMPARE(packet.quotedDestination.port, quint16(9));
    QCOMPARE(fieldsOf(packet.layers.at(2)), (QStringList {
        "Type: Destination Unreachable (1) @54+1",
        "Code: 4 (Port unreachable) @55+1",
        "Checksum: 0x80cd [correct] @56+2",
        "Reserved: 00000000 @58+4",
        "Internet Protocol Version 6: Src: ::1, Dst: ::1, Next Header: UDP (17) @62+40",
        "User Datagram Protocol: Src Port: 53048, Dst Port: 9 @102+4",
    }));
    QVERIFY(summaryOnlyMismatch(capture(LinkLayer::Ethernet, Frames::ethernetIcmpv6PortUnreachable)).isEmpty());
}

void tst_PacketDecoder::icmpEchoAndNeighborDiscovery()
{
    const DecodedPacket echo = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetIcmpEcho));
    QCOMPARE(infoOf(echo), QStringLiteral("Echo (ping) request  id=0x1234, seq=1/256, ttl=64"));
    QCOMPARE(layerNames(echo), QStringLiteral("Ethernet II|Internet Protocol Version 4|Internet Control Message Protocol|Data"));
    QCOMPARE(fieldsOf(echo.layers.at(2)), (QStringList {
        "Type: 8 (Echo (ping) request) @34+1",
        "Code: 0 @35+1",
        "Checksum: 0x5435 [correct] @36+2",
        "Identifier (BE): 4660 (0x1234) @38+2",
        "Identifier (LE): 13330 (0x3412) @38+2",
        "Sequence Number (BE): 1 (0x0001) @40+2",
        "Sequence Number (LE): 256 (0x0100) @40+2",
    }));
    QCOMPARE(echo.quotedTransport, DecodedPacket::OtherTransport);

    const DecodedPacket echo6 = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetIcmpv6Echo));
    QCOMPARE(infoOf(echo6), QStringLiteral("Echo (ping) request id=0x1234, seq=1, hop limit=64"));
    QCOMPARE(fieldsOf(echo6.layers.at(2)).at(2), QStringLiteral("Checksum: 0xdbe8 [correct] @56+2"));

    const DecodedPacket solicitation = decodePacket(capture(LinkLayer::Ethernet, Frames::ethernetNeighborSolicitation));
    QCOMPARE(infoOf(solicitation), QStringLiteral("Neighbor Solicitation for fe80::2"));
    QCOMPARE(fieldsOf(solicitation.layers.at(2)).at(0), QStringLiteral("Type: Neighbor Solicitation (135) @54+1"));
    QCOMPARE(fieldsOf(solicitation.layers.at(2)).at(4), QStringLiteral("Target Address: fe80::2 @62+16"));
    QVERIFY(fieldsOf(solicitation.layers.at(2)).at(2).startsWith(QStringLiteral("Checksum: 0x0000 incorrect, should be ")));
}

// Cut a frame after every byte: before the last header ends it is truncated (never malformed,
// never out of bounds); from there on it is whole, however much payload is missing.
void tst_PacketDecoder::truncatedAtEveryByte_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("headersEnd");

    QTest::newRow("Ethernet IPv4 TCP SYN") << LinkLayer::Ethernet << Frames::ethernetSyn << 74;
    QTest::newRow("SLL IPv4 TCP SYN-ACK") << LinkLayer::LinuxSll << Frames::sllSynAck << 76;
    QTest::newRow("SLL2 IPv4 UDP") << LinkLayer::LinuxSll2
                                   << QByteArray::fromHex("0800 0000 00000001 0304 00 06 0000000000000000") + Frames::ipv4Udp
                                   << 48;
    QTest::newRow("Null IPv6 TCP data") << LinkLayer::Null << QByteArray::fromHex("1e000000") + Frames::ipv6PshAck << 76;
    QTest::newRow("Loop IPv4 UDP") << LinkLayer::Loop << QByteArray::fromHex("00000002") + Frames::ipv4Udp << 32;
    QTest::newRow("raw IPv4 UDP") << LinkLayer::Raw << Frames::ipv4Udp << 28;
    QTest::newRow("Ethernet ARP") << LinkLayer::Ethernet << Frames::ethernetArp << 42;
    QTest::newRow("Ethernet VLAN UDP") << LinkLayer::Ethernet << Frames::ethernetVlanUdp << 46;
    QTest::newRow("Ethernet IPv6 hop-by-hop UDP") << LinkLayer::Ethernet << Frames::ethernetIPv6HopByHopUdp << 70;
    QTest::newRow("raw IPv4 fragment") << LinkLayer::Raw << Frames::ipv4LaterFragment << 20;
    QTest::newRow("Ethernet ICMP port unreachable") << LinkLayer::Ethernet << Frames::ethernetIcmpPortUnreachable << 42;
    QTest::newRow("Ethernet ICMPv6 port unreachable") << LinkLayer::Ethernet << Frames::ethernetIcmpv6PortUnreachable << 62;
    QTest::newRow("Ethernet ICMP echo") << LinkLayer::Ethernet << Frames::ethernetIcmpEcho << 42;
    QTest::newRow("Ethernet ICMPv6 neighbor solicitation") << LinkLayer::Ethernet << Frames::ethernetNeighborSolicitation << 78;
}

void tst_PacketDecoder::truncatedAtEveryByte()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QFETCH(int, headersEnd);

    const DecodedPacket whole = decodePacket(capture(linkType, frame));
    for (int length = 0; length <= frame.size(); ++length) {
        const QByteArray cut = frame.left(length);
        const DecodedPacket packet = decodePacket(capture(linkType, cut, quint32(frame.size())));
        const QByteArray at = QByteArray::number(length);
        QVERIFY2(invariantViolation(packet, length).isEmpty(), at + ": " + invariantViolation(packet, length).toUtf8());
        QVERIFY2(summaryOnlyMismatch(capture(linkType, cut, quint32(frame.size()))).isEmpty(),
                 at + ": " + summaryOnlyMismatch(capture(linkType, cut, quint32(frame.size()))).toUtf8());
        QVERIFY2(packet.truncated == (length < headersEnd), at);
        QVERIFY2(!packet.malformed, at + ": " + packet.problem.toUtf8());
        const QString info = infoOf(packet);
        if (length < headersEnd) {
            QVERIFY2(packet.problem.startsWith(QStringLiteral("Frame truncated in the ")), at);
            QVERIFY2(info.endsWith(QStringLiteral("[Packet size limited during capture]")), at + ": " + info.toUtf8());
        } else {
            // Whatever is missing is payload: the Info column is the whole frame's.
            QCOMPARE(info, infoOf(whole));
            QCOMPARE(packet.payloadLength, whole.payloadLength);
        }
        QCOMPARE(packet.wireLength, quint32(frame.size()));
    }
}

void tst_PacketDecoder::tcpOptionsInHeaderOrder()
{
    // macOS orders its SYN options MSS, NOP, WS, NOP, NOP, TS, SACK_PERM, EOL, EOL; Wireshark lists
    // them as they come.
    const QByteArray macSyn = tcpFrame(true, 1000, 0, DecodedPacket::Syn, 65535,
                                       "020405b4 01 030306 01 01 080a 0000007b 00000000 0402 00 00");
    const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, macSyn));
    QCOMPARE(infoOf(packet),
             QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=65535 Len=0 MSS=1460 WS=64 TSval=123 TSecr=0 SACK_PERM"));
    QCOMPARE(packet.tcpOptionKinds, QByteArray::fromHex("020103010108 0400"));
    QCOMPARE(fieldsOf(packet.layers.at(2)).at(9),
             QStringLiteral("Options: (24 bytes), Maximum segment size, No-Operation (NOP), Window scale, "
                            "No-Operation (NOP), No-Operation (NOP), Timestamps, SACK permitted, "
                            "End of Option List (EOL) @54+24"));
    QCOMPARE(fieldsOf(packet.layers.at(2)).last(), QStringLiteral("TCP Option - End of Option List (EOL):  @76+1"));

    // Windows: MSS, NOP, WS 8, NOP, NOP, SACK_PERM.
    const DecodedPacket windows = decodePacket(capture(LinkLayer::Ethernet,
        tcpFrame(true, 1000, 0, DecodedPacket::Syn, 64240, "020405b4 01 030308 01 01 0402")));
    QCOMPARE(infoOf(windows), QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=64240 Len=0 MSS=1460 WS=256 SACK_PERM"));

    // An option Wireshark has no Info word for is skipped by its length.
    const DecodedPacket fastOpen = decodePacket(capture(LinkLayer::Ethernet,
        tcpFrame(true, 1000, 0, DecodedPacket::Syn, 64240, "020405b4 220a 0102030405060708 0000")));
    QCOMPARE(infoOf(fastOpen), QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=64240 Len=0 MSS=1460"));
    QCOMPARE(fieldsOf(fastOpen.layers.at(2)).at(11), QStringLiteral("TCP Option - TCP Fast Open Cookie: 10 bytes @58+10"));
    QVERIFY(!fastOpen.malformed);
}

void tst_PacketDecoder::windowScaleMultiplier_data()
{
    QTest::addColumn<QByteArray>("shift");
    QTest::addColumn<QString>("info");
    QTest::addColumn<QString>("field");

    QTest::newRow("0") << QByteArray("00") << "WS=1" << "0 (multiply by 1)";
    QTest::newRow("7") << QByteArray("07") << "WS=128" << "7 (multiply by 128)";
    QTest::newRow("14") << QByteArray("0e") << "WS=16384" << "14 (multiply by 16384)";
    // RFC 7323: a larger shift is used as 14, and Wireshark shows what is used.
    QTest::newRow("15 counts as 14") << QByteArray("0f") << "WS=16384" << "15 (multiply by 16384)";
    QTest::newRow("255 counts as 14") << QByteArray("ff") << "WS=16384" << "255 (multiply by 16384)";
}

void tst_PacketDecoder::windowScaleMultiplier()
{
    QFETCH(QByteArray, shift);
    const QByteArray options = "0303" + shift + "00";
    const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet,
        tcpFrame(true, 1000, 0, DecodedPacket::Syn, 64240, options.constData())));
    QCOMPARE(packet.windowScale, int(quint8(QByteArray::fromHex(shift).at(0))));
    QFETCH(QString, info);
    QCOMPARE(infoOf(packet), QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=64240 Len=0 ") + info);
    QFETCH(QString, field);
    QCOMPARE(packet.layers.at(2).fields.at(10).value, field);
}

// A packet filled in by hand (as a model test might) still gets Wireshark's Info.
void tst_PacketDecoder::infoFromSummaryAlone()
{
    DecodedPacket syn;
    syn.transport = DecodedPacket::Tcp;
    syn.source = Endpoint(QHostAddress::LocalHost, 53048);
    syn.destination = Endpoint(QHostAddress::LocalHost, 65432);
    syn.sequence = 7;
    syn.flags = DecodedPacket::Syn;
    syn.window = 65495;
    syn.mss = 65495;
    syn.windowScale = 7;
    syn.sackPermitted = true;
    syn.hasTimestamps = true;
    syn.timestampValue = 1;
    QCOMPARE(wiresharkInfo(syn, 0, 0),
             QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 MSS=65495 SACK_PERM TSval=1 TSecr=0 WS=128"));

    DecodedPacket udp;
    udp.transport = DecodedPacket::Udp;
    udp.source = Endpoint(QHostAddress::LocalHost, 53048);
    udp.destination = Endpoint(QHostAddress::LocalHost, 65431);
    udp.payloadLength = 12;
    QCOMPARE(wiresharkInfo(udp, 0, 0), QStringLiteral("53048 \u2192 65431 Len=12"));

    DecodedPacket other;
    other.info = QStringLiteral("IPv4 packet, protocol 1");
    QCOMPARE(wiresharkInfo(other, 0, 0), QStringLiteral("IPv4 packet, protocol 1"));
}

void tst_PacketDecoder::tcpFlagsText_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("text");

    QTest::newRow("SYN") << 0x02 << "SYN";
    QTest::newRow("SYN, ACK") << 0x12 << "SYN, ACK";
    QTest::newRow("ACK") << 0x10 << "ACK";
    QTest::newRow("PSH, ACK") << 0x18 << "PSH, ACK";
    QTest::newRow("FIN, ACK") << 0x11 << "FIN, ACK";
    QTest::newRow("FIN, PSH, ACK") << 0x19 << "FIN, PSH, ACK";
    QTest::newRow("RST") << 0x04 << "RST";
    QTest::newRow("RST, ACK") << 0x14 << "RST, ACK";
    QTest::newRow("SYN with ECN setup") << 0xc2 << "SYN, ECN, CWR";
    QTest::newRow("all") << 0xff << "FIN, SYN, RST, PSH, ACK, URG, ECN, CWR";
    QTest::newRow("none") << 0x00 << "<None>";
}

void tst_PacketDecoder::tcpFlagsText()
{
    QFETCH(int, flags);
    QTEST(::tcpFlagsText(quint8(flags)), "text");
}

void tst_PacketDecoder::frameBuilderMatchesTheLiteral()
{
    QCOMPARE(tcpFrame(true, 1000, 0, DecodedPacket::Syn, 65495, "020405b4 0402 080a 0000007b 00000000 01 030307"),
             Frames::ethernetSyn);
}

// A whole connection as a capture holds it: every Info exactly as Wireshark shows it with
// relative sequence numbers.
void tst_PacketDecoder::handshakeDataAndClose()
{
    const quint8 syn = DecodedPacket::Syn;
    const quint8 ack = DecodedPacket::Ack;
    const quint8 psh = DecodedPacket::Psh;
    const quint8 fin = DecodedPacket::Fin;
    const QList<QByteArray> frames {
        tcpFrame(true, 1000, 0, syn, 65495, "020405b4 0402 080a 0000007b 00000000 01 030307"),
        tcpFrame(false, 50000, 1001, syn | ack, 65160, "020405b4 0402 080a 000001c8 0000007b 01 030307"),
        tcpFrame(true, 1001, 50001, ack, 502, "0101 080a 0000007c 000001c8"),
        tcpFrame(true, 1001, 50001, psh | ack, 502, "0101 080a 0000007d 000001c8", "Hello, world"),
        tcpFrame(false, 50001, 1013, ack, 509, "0101 080a 000001c9 0000007d"),
        tcpFrame(true, 1013, 50001, fin | ack, 502, "0101 080a 0000007e 000001c9"),
        tcpFrame(false, 50001, 1014, fin | ack, 509, "0101 080a 000001ca 0000007e"),
        tcpFrame(true, 1014, 50002, ack, 502, "0101 080a 0000007f 000001ca"),
    };
    const QStringList expected {
        "53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0 MSS=1460 SACK_PERM TSval=123 TSecr=0 WS=128",
        "65432 \u2192 53048 [SYN, ACK] Seq=0 Ack=1 Win=65160 Len=0 MSS=1460 SACK_PERM TSval=456 TSecr=123 WS=128",
        // Both SYNs said WS=128: Wireshark shows later windows scaled (502 x 128).
        "53048 \u2192 65432 [ACK] Seq=1 Ack=1 Win=64256 Len=0 TSval=124 TSecr=456",
        "53048 \u2192 65432 [PSH, ACK] Seq=1 Ack=1 Win=64256 Len=12 TSval=125 TSecr=456",
        "65432 \u2192 53048 [ACK] Seq=1 Ack=13 Win=65152 Len=0 TSval=457 TSecr=125",
        "53048 \u2192 65432 [FIN, ACK] Seq=13 Ack=1 Win=64256 Len=0 TSval=126 TSecr=457",
        "65432 \u2192 53048 [FIN, ACK] Seq=1 Ack=14 Win=65152 Len=0 TSval=458 TSecr=126",
        "53048 \u2192 65432 [ACK] Seq=14 Ack=2 Win=64256 Len=0 TSval=127 TSecr=458",
    };
    TcpSequenceTracker tracker;
    QStringList infos;
    for (const QByteArray &frame : frames) {
        const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, frame));
        QVERIFY(!packet.truncated && !packet.malformed);
        infos << wiresharkInfo(packet, tracker.relative(packet));
    }
    QCOMPARE(infos, expected);
}

// Before the scale is known (the capture began mid-connection) Wireshark shows the window as
// sent; when one SYN had no window scale option, scaling is off in both directions.
void tst_PacketDecoder::windowScaleUnknownOrUnused()
{
    const quint8 syn = DecodedPacket::Syn;
    const quint8 ack = DecodedPacket::Ack;
    TcpSequenceTracker midway;
    const DecodedPacket late = decodePacket(capture(LinkLayer::Ethernet, tcpFrame(true, 1001, 50001, ack, 502, "")));
    QCOMPARE(midway.relative(late).window, 502u);

    TcpSequenceTracker unscaled;
    const QList<QByteArray> frames {
        tcpFrame(true, 1000, 0, syn, 65495, "020405b4 01 030307"),
        tcpFrame(false, 50000, 1001, syn | ack, 65160, "020405b4"),
        tcpFrame(true, 1001, 50001, ack, 502, ""),
    };
    quint32 lastWindow = 0;
    for (const QByteArray &frame : frames)
        lastWindow = unscaled.relative(decodePacket(capture(LinkLayer::Ethernet, frame))).window;
    QCOMPARE(lastWindow, 502u);
}

void tst_PacketDecoder::refusedConnectionAndPortReuse()
{
    const quint8 syn = DecodedPacket::Syn;
    const quint8 ack = DecodedPacket::Ack;
    const quint8 rst = DecodedPacket::Rst;
    TcpSequenceTracker tracker;
    const auto info = [&tracker](const QByteArray &frame) {
        const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, frame));
        const TcpSequenceTracker::Relative relative = tracker.relative(packet);
        return wiresharkInfo(packet, relative.seq, relative.ack);
    };
    // Nobody listens: the kernel answers the SYN with RST, ACK (seq 0), which Wireshark shows
    // as Seq=1 because it never saw that side's SYN.
    QCOMPARE(info(tcpFrame(true, 1000, 0, syn, 65495, "")), QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0"));
    QCOMPARE(info(tcpFrame(false, 0, 1001, rst | ack, 0, "")),
             QStringLiteral("65432 \u2192 53048 [RST, ACK] Seq=1 Ack=1 Win=0 Len=0"));
    // The SYN again (same ISN): a retransmission, still Seq=0.
    QCOMPARE(info(tcpFrame(true, 1000, 0, syn, 65495, "")), QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0"));
    // The client port is reused with a new ISN: a new connection, numbered from 0 again.
    QCOMPARE(info(tcpFrame(true, 777000, 0, syn, 65495, "")), QStringLiteral("53048 \u2192 65432 [SYN] Seq=0 Win=65495 Len=0"));
    QCOMPARE(info(tcpFrame(false, 90000, 777001, syn | ack, 65160, "")),
             QStringLiteral("65432 \u2192 53048 [SYN, ACK] Seq=0 Ack=1 Win=65160 Len=0"));
    QCOMPARE(info(tcpFrame(true, 777001, 90001, rst, 0, "")), QStringLiteral("53048 \u2192 65432 [RST] Seq=1 Win=0 Len=0"));

    // After clear() a capture starting mid-connection shows Seq=1 Ack=1, as Wireshark does.
    tracker.clear();
    QCOMPARE(info(tcpFrame(true, 777001, 90001, ack, 502, "", "Hello, world")),
             QStringLiteral("53048 \u2192 65432 [ACK] Seq=1 Ack=1 Win=502 Len=12"));
}

void tst_PacketDecoder::sackEdgesAreRelative()
{
    TcpSequenceTracker tracker;
    const auto info = [&tracker](const QByteArray &frame) {
        const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, frame));
        const TcpSequenceTracker::Relative relative = tracker.relative(packet);
        return wiresharkInfo(packet, relative.seq, relative.ack);
    };
    info(tcpFrame(true, 1000, 0, DecodedPacket::Syn, 65495, "0402 0101"));
    info(tcpFrame(false, 50000, 1001, DecodedPacket::Syn | DecodedPacket::Ack, 65160, "0402 0101"));
    // Bytes 1013..1025 and 1037..1049 arrived, 1001..1013 did not: two SACK blocks.
    const QByteArray dupAck = tcpFrame(false, 50001, 1001, DecodedPacket::Ack, 509,
                                       "0101 0512 000003f5 00000401 0000040d 00000419");
    QCOMPARE(info(dupAck), QStringLiteral("65432 \u2192 53048 [ACK] Seq=1 Ack=1 Win=509 Len=0 SLE=13 SRE=25 SLE=37 SRE=49"));
    const DecodedPacket packet = decodePacket(capture(LinkLayer::Ethernet, dupAck));
    QCOMPARE(packet.sackEdges, (QList<quint32> {1013, 1025, 1037, 1049}));
    QCOMPARE(fieldsOf(packet.layers.at(2)).last(), QStringLiteral("TCP Option - SACK: 1013-1025 1037-1049 @56+18"));
}

void tst_PacketDecoder::connectionsAreTrackedApart()
{
    TcpSequenceTracker tracker;
    const auto relative = [&tracker](const QByteArray &frame) {
        return tracker.relative(decodePacket(capture(LinkLayer::Ethernet, frame)));
    };
    relative(tcpFrame(true, 1000, 0, DecodedPacket::Syn, 65495, ""));
    // Another client port is another connection with its own bases.
    QByteArray other = tcpFrame(true, 5000, 0, DecodedPacket::Syn, 65495, "");
    other = patched(other, 34, "cf3a");
    QCOMPARE(relative(other).seq, 0u);
    const TcpSequenceTracker::Relative first = relative(tcpFrame(true, 1001, 60001, DecodedPacket::Ack, 502, ""));
    QCOMPARE(first.seq, 1u);
    QCOMPARE(first.ack, 1u);
    QByteArray otherAck = patched(tcpFrame(true, 5013, 70001, DecodedPacket::Ack, 502, ""), 34, "cf3a");
    const TcpSequenceTracker::Relative second = relative(otherAck);
    QCOMPARE(second.seq, 13u);
    QCOMPARE(second.ack, 1u);
}

void tst_PacketDecoder::nonTcpPacketsKeepRawNumbers()
{
    TcpSequenceTracker tracker;
    const DecodedPacket udp = decodePacket(capture(LinkLayer::Raw, Frames::ipv4Udp));
    const TcpSequenceTracker::Relative relative = tracker.relative(udp);
    QCOMPARE(relative.seq, 0u);
    QCOMPARE(relative.ack, 0u);
}

// Inputs that once crashed or misbehaved, and hand-made nasty ones; the fuzzer adds its finds
// here. Each must decode inside the frame's bounds.
void tst_PacketDecoder::fuzzRegressions_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");

    QTest::newRow("IHL 15 in a 20-byte frame") << LinkLayer::Raw << QByteArray::fromHex("4f 00 0028 abcd 0000 40 11 0000 7f000001 7f000001");
    QTest::newRow("SLL address length 65535") << LinkLayer::LinuxSll << QByteArray::fromHex("0000 0304 ffff 0102030405060708 0800 4500");
    QTest::newRow("SLL2 address length 255") << LinkLayer::LinuxSll2 << QByteArray::fromHex("0800 0000 00000001 0304 00 ff 0102030405060708 45");
    QTest::newRow("ARP sizes 255") << LinkLayer::Ethernet << QByteArray::fromHex("ffffffffffff 020000000001 0806 0001 0800 ff ff 0001 0102");
    QTest::newRow("ARP sizes 0") << LinkLayer::Ethernet << QByteArray::fromHex("ffffffffffff 020000000001 0806 0001 0800 00 00 0002");
    QTest::newRow("IPv6 chain of hop-by-hop headers")
        << LinkLayer::Raw
        << QByteArray::fromHex("60000000 00a0 00 40 00000000000000000000000000000001 00000000000000000000000000000001")
               + QByteArray::fromHex("0000000000000000").repeated(20);
    QTest::newRow("IPv6 hop-by-hop of 2048 bytes")
        << LinkLayer::Raw
        << QByteArray::fromHex("60000000 0010 00 40 00000000000000000000000000000001 00000000000000000000000000000001 11ff");
    QTest::newRow("TCP option kind at the last byte")
        << LinkLayer::Raw << QByteArray::fromHex("45000030 00000000 4006 0000 7f000001 7f000001 cf38ff98 00000000 00000000 70020000 00000000 01010102 01010108");
    QTest::newRow("TCP SACK of length 2") << LinkLayer::Raw
        << QByteArray::fromHex("4500002c 00000000 4006 0000 7f000001 7f000001 cf38ff98 00000000 00000000 60100000 00000000 05020101");
    QTest::newRow("UDP length 65535") << LinkLayer::Raw << patched(Frames::ipv4Udp, 24, "ffff");
    QTest::newRow("VLAN tag cut") << LinkLayer::Ethernet << QByteArray::fromHex("020000000002 020000000001 8100 a0");
    QTest::newRow("Null header cut") << LinkLayer::Null << QByteArray::fromHex("1e00");
    QTest::newRow("IPv4 total length 65535 in a short frame") << LinkLayer::Raw << patched(Frames::ipv4Udp, 2, "ffff");
    // With a 4 GiB wire length (a hostile .pcap record) the TSO rule must not overflow Len=.
    QTest::newRow("IPv4 total length 0 (TSO) TCP") << LinkLayer::Raw
        << QByteArray::fromHex("45 00 0000 1c46 4000 40 06 b1e6 c0a80001 c0a80002 cf38 ff98 000003e8 00000000 50 10 ffd7 fe30 0000");
}

void tst_PacketDecoder::fuzzRegressions()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    for (const quint32 originalLength : {quint32(frame.size()), quint32(frame.size() + 1000), quint32(0),
                                         std::numeric_limits<quint32>::max()}) {
        CapturedPacket packet = capture(linkType, frame);
        packet.originalLength = originalLength;
        const DecodedPacket decoded = decodePacket(packet);
        QCOMPARE(invariantViolation(decoded, int(frame.size())), QString());
        QCOMPARE(summaryOnlyMismatch(packet), QString());
        TcpSequenceTracker tracker;
        const TcpSequenceTracker::Relative relative = tracker.relative(decoded);
        QVERIFY(!wiresharkInfo(decoded, relative.seq, relative.ack).isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_PacketDecoder)
#include "tst_packetdecoder.moc"
