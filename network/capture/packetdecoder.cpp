#include "network/capture/packetdecoder.h"

#include "network/capture/packetinfo.h"

#include <QHostAddress>
#include <QStringList>
#include <QtEndian>

#include <limits>
#include <utility>

// Field names and value formats are Wireshark's (4.0, what Debian 12 ships), so a student can
// put SocketLab's details pane next to Wireshark's and find the same words. They are protocol
// vocabulary, not UI text: never translated.

namespace {

constexpr int kEthernetHeaderBytes = 14;
constexpr int kVlanTagBytes = 4;
constexpr int kSllHeaderBytes = 16;
constexpr int kSll2HeaderBytes = 20;
constexpr int kLinkAddressFieldBytes = 8;   // SLL's address field, whatever the address length
constexpr int kNullHeaderBytes = 4;
constexpr int kIPv4MinHeaderBytes = 20;
constexpr int kIPv6HeaderBytes = 40;
constexpr int kIPv6FragmentHeaderBytes = 8;
constexpr int kTcpMinHeaderBytes = 20;
constexpr int kUdpHeaderBytes = 8;
constexpr int kArpFixedBytes = 8;
constexpr int kMaxEthernetLength = 1500;    // a Type at or below this is an 802.3 length
// Real packets chain two or three IPv6 extension headers; the cap bounds the walk for crafted
// ones (each header is at least 8 bytes, so the payload length bounds it too).
constexpr int kMaxIPv6ExtensionHeaders = 16;
// Wireshark's Data field ends in an ellipsis instead of printing a whole jumbo frame.
constexpr int kDataPreviewBytes = 32;
// RFC 7323 section 2.3: a shift above 14 is used as 14.
constexpr int kMaxWindowShift = 14;
// Offsets and lengths in DecodedPacket are ints; a claimed wire length (up to 4 GiB in a pcap
// record) is capped so that lengths derived from it, such as a TSO packet's, always fit.
constexpr qint64 kMaxBytes = std::numeric_limits<int>::max();

constexpr quint16 kEtherTypeIPv4 = 0x0800;
constexpr quint16 kEtherTypeArp = 0x0806;
constexpr quint16 kEtherTypeVlan = 0x8100;
constexpr quint16 kEtherTypeIPv6 = 0x86dd;

constexpr quint8 kIpProtoHopByHop = 0;
constexpr quint8 kIpProtoTcp = 6;
constexpr quint8 kIpProtoUdp = 17;
constexpr quint8 kIpProtoRouting = 43;
constexpr quint8 kIpProtoFragment = 44;
constexpr quint8 kIpProtoNoNext = 59;
constexpr quint8 kIpProtoDestOptions = 60;

constexpr quint8 kTcpOptionEol = 0;
constexpr quint8 kTcpOptionNop = 1;
constexpr quint8 kTcpOptionMss = 2;
constexpr quint8 kTcpOptionWindowScale = 3;
constexpr quint8 kTcpOptionSackPermitted = 4;
constexpr quint8 kTcpOptionSack = 5;
constexpr quint8 kTcpOptionTimestamps = 8;

const QString kTruncatedMarker = QStringLiteral(" [Packet size limited during capture]");
const QString kMalformedMarker = QStringLiteral(" [Malformed Packet]");
const QString kArrow = QStringLiteral(" \u2192 ");

QString hex(quint32 value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

// Wireshark's "Name (number)" for a value with a name, "Unknown (number)" otherwise.
QString named(const QString &name, quint32 value)
{
    return QStringLiteral("%1 (%2)").arg(name.isEmpty() ? QStringLiteral("Unknown") : name)
        .arg(value);
}

QString namedHex(const QString &name, quint32 value, int digits)
{
    return QStringLiteral("%1 (%2)").arg(name.isEmpty() ? QStringLiteral("Unknown") : name,
                                         hex(value, digits));
}

QString etherTypeName(quint16 type)
{
    switch (type) {
    case kEtherTypeIPv4: return QStringLiteral("IPv4");
    case kEtherTypeArp: return QStringLiteral("ARP");
    case kEtherTypeVlan: return QStringLiteral("802.1Q Virtual LAN");
    case kEtherTypeIPv6: return QStringLiteral("IPv6");
    case 0x88a8: return QStringLiteral("802.1ad Provider Bridge (Q-in-Q)");
    case 0x88cc: return QStringLiteral("802.1 Link Layer Discovery Protocol (LLDP)");
    default: return QString();
    }
}

QString etherTypeText(quint16 type)
{
    return namedHex(etherTypeName(type), type, 4);
}

QString ipProtocolName(quint8 protocol)
{
    switch (protocol) {
    case kIpProtoHopByHop: return QStringLiteral("IPv6 Hop-by-Hop Option");
    case 1: return QStringLiteral("ICMP");
    case 2: return QStringLiteral("IGMP");
    case 4: return QStringLiteral("IPIP");
    case kIpProtoTcp: return QStringLiteral("TCP");
    case kIpProtoUdp: return QStringLiteral("UDP");
    case 41: return QStringLiteral("IPv6");
    case kIpProtoRouting: return QStringLiteral("Routing Header for IPv6");
    case kIpProtoFragment: return QStringLiteral("Fragment Header for IPv6");
    case 47: return QStringLiteral("GRE");
    case 50: return QStringLiteral("ESP");
    case 51: return QStringLiteral("AH");
    case 58: return QStringLiteral("ICMPv6");
    case kIpProtoNoNext: return QStringLiteral("No Next Header for IPv6");
    case kIpProtoDestOptions: return QStringLiteral("Destination Options for IPv6");
    case 89: return QStringLiteral("OSPF IGP");
    case 103: return QStringLiteral("PIM");
    case 112: return QStringLiteral("VRRP");
    case 132: return QStringLiteral("SCTP");
    case 136: return QStringLiteral("UDPLite");
    default: return QString();
    }
}

QString ipProtocolText(quint8 protocol)
{
    return named(ipProtocolName(protocol), protocol);
}

QString dscpName(int dscp)
{
    switch (dscp) {
    case 0: return QStringLiteral("CS0");
    case 1: return QStringLiteral("LE");
    case 8: return QStringLiteral("CS1");
    case 10: return QStringLiteral("AF11");
    case 12: return QStringLiteral("AF12");
    case 14: return QStringLiteral("AF13");
    case 16: return QStringLiteral("CS2");
    case 18: return QStringLiteral("AF21");
    case 20: return QStringLiteral("AF22");
    case 22: return QStringLiteral("AF23");
    case 24: return QStringLiteral("CS3");
    case 26: return QStringLiteral("AF31");
    case 28: return QStringLiteral("AF32");
    case 30: return QStringLiteral("AF33");
    case 32: return QStringLiteral("CS4");
    case 34: return QStringLiteral("AF41");
    case 36: return QStringLiteral("AF42");
    case 38: return QStringLiteral("AF43");
    case 40: return QStringLiteral("CS5");
    case 44: return QStringLiteral("VA");
    case 46: return QStringLiteral("EF");
    case 48: return QStringLiteral("CS6");
    case 56: return QStringLiteral("CS7");
    default: return QStringLiteral("Unknown (%1)").arg(dscp);
    }
}

QString ecnName(int ecn)
{
    switch (ecn) {
    case 0: return QStringLiteral("Not-ECT");
    case 1: return QStringLiteral("ECT(1)");
    case 2: return QStringLiteral("ECT(0)");
    default: return QStringLiteral("CE");
    }
}

// IPv4's Differentiated Services Field and IPv6's Traffic Class: same byte, same words.
QString dsFieldText(quint8 ds)
{
    return QStringLiteral("%1 (DSCP: %2, ECN: %3)").arg(hex(ds, 2), dscpName(ds >> 2), ecnName(ds & 0x03));
}

QString sllPacketTypeText(quint32 type)
{
    switch (type) {
    case 0: return named(QStringLiteral("Unicast to us"), type);
    case 1: return named(QStringLiteral("Broadcast"), type);
    case 2: return named(QStringLiteral("Multicast"), type);
    case 3: return named(QStringLiteral("Unicast to another host"), type);
    case 4: return named(QStringLiteral("Sent by us"), type);
    default: return named(QString(), type);
    }
}

// Linux's ARPHRD_* values, as SLL's link-layer address type shows them.
QString arphrdText(quint16 type)
{
    switch (type) {
    case 1: return named(QStringLiteral("Ethernet"), type);
    case 512: return named(QStringLiteral("PPP"), type);
    case 772: return named(QStringLiteral("Loopback"), type);
    case 776: return named(QStringLiteral("IPv6-in-IPv4"), type);
    case 778: return named(QStringLiteral("GRE over IP"), type);
    case 824: return named(QStringLiteral("Netlink"), type);
    case 65534: return named(QStringLiteral("None"), type);
    default: return named(QString(), type);
    }
}

// BSD's AF_* values in a Null/Loopback header. IPv6 has three: each BSD picked its own.
QString nullFamilyText(quint32 family)
{
    switch (family) {
    case 2: return named(QStringLiteral("IP"), family);
    case 7: return named(QStringLiteral("OSI"), family);
    case 16: return named(QStringLiteral("Appletalk"), family);
    case 23: return named(QStringLiteral("Netware IPX/SPX"), family);
    case 24:
    case 28:
    case 30: return named(QStringLiteral("IPv6"), family);
    default: return named(QString(), family);
    }
}

QString vlanPriorityText(int priority)
{
    static const char *const names[] = {
        "Best Effort (default)", "Background", "Excellent Effort", "Critical Applications",
        "Video, < 100ms latency and jitter", "Voice, < 10ms latency and jitter",
        "Internetwork Control", "Network Control"};
    return named(QLatin1String(names[priority & 0x07]), quint32(priority));
}

QString arpOpcodeText(quint16 opcode)
{
    switch (opcode) {
    case 1: return named(QStringLiteral("request"), opcode);
    case 2: return named(QStringLiteral("reply"), opcode);
    case 3: return named(QStringLiteral("request-reverse"), opcode);
    case 4: return named(QStringLiteral("reply-reverse"), opcode);
    default: return named(QString(), opcode);
    }
}

QString tcpOptionName(quint8 kind)
{
    switch (kind) {
    case kTcpOptionEol: return QStringLiteral("End of Option List (EOL)");
    case kTcpOptionNop: return QStringLiteral("No-Operation (NOP)");
    case kTcpOptionMss: return QStringLiteral("Maximum segment size");
    case kTcpOptionWindowScale: return QStringLiteral("Window scale");
    case kTcpOptionSackPermitted: return QStringLiteral("SACK permitted");
    case kTcpOptionSack: return QStringLiteral("SACK");
    case kTcpOptionTimestamps: return QStringLiteral("Timestamps");
    case 19: return QStringLiteral("TCP MD5 signature");
    case 28: return QStringLiteral("User Timeout");
    case 29: return QStringLiteral("TCP Authentication Option");
    case 30: return QStringLiteral("Multipath TCP");
    case 34: return QStringLiteral("TCP Fast Open Cookie");
    case 253:
    case 254: return QStringLiteral("Experimental");
    default: return QStringLiteral("Unknown (kind %1)").arg(kind);
    }
}

// The length each option must have (RFC 9293, 7323, 2018); 0 when it varies.
int tcpOptionFixedLength(quint8 kind)
{
    switch (kind) {
    case kTcpOptionMss: return 4;
    case kTcpOptionWindowScale: return 3;
    case kTcpOptionSackPermitted: return 2;
    case kTcpOptionTimestamps: return 10;
    default: return 0;
    }
}

// Reads one frame. Every read is preceded by a bounds check against what was captured; reads
// that would pass the end of the enclosing protocol's data (as its length field says) count as
// malformed, reads past the end of the capture as truncated, exactly Wireshark's distinction
// between a ReportedBoundsError and a BoundsError.
class Decoder
{
public:
    Decoder(const CapturedPacket &packet, DecodeDepth depth);
    DecodedPacket decode();

private:
    enum class Fit {
        Whole,
        CutByCapture,  // the snapshot length cut it: truncated
        PastTheEnd     // the enclosing length field says it cannot be there: malformed
    };

    Fit fit(qint64 offset, qint64 length) const;
    bool need(qint64 offset, qint64 length, const char *header);
    int captured(qint64 offset, qint64 length) const;

    quint8 u8(int offset) const { return m_bytes[offset]; }
    quint16 be16(int offset) const { return qFromBigEndian<quint16>(m_bytes + offset); }
    quint32 be32(int offset) const { return qFromBigEndian<quint32>(m_bytes + offset); }
    quint32 le32(int offset) const { return qFromLittleEndian<quint32>(m_bytes + offset); }
    QString macText(int offset, int length) const;
    QString hexText(int offset, int length) const;

    void markTruncated(const char *header);
    void markMalformed(const QString &problem);
    void setInfoToProblem(const QString &problem);

    DecodedLayer &beginLayer(DecodedLayer::Kind kind, const QString &name, qint64 offset,
                             qint64 length);
    // The value is made only when fields are wanted: formatting them is most of the work.
    template<typename MakeValue>
    void addField(DecodedLayer &layer, const QString &name, MakeValue makeValue, int offset, int length)
    {
        if (m_withFields)
            layer.fields.append(DecodedField { name, makeValue(), offset, length });
    }

    void decodeEthernet();
    void decodeSll();
    void decodeSll2();
    void decodeLinkAddress(DecodedLayer &layer, int offset, int addressLength);
    void decodeNull(bool networkByteOrder);
    void decodeRaw();
    void decodeEtherType(quint16 type, int offset);
    void decodeArp(int offset);
    void decodeIPv4(int offset);
    void decodeIPv6(int offset);
    void decodeIpPayload(quint8 protocol, int offset, qint64 wireLength, const QString &unknownInfo);
    void decodeTcp(int offset);
    bool decodeTcpOptions(DecodedLayer &tcp, int start, int length);
    void addTcpOption(DecodedLayer &tcp, quint8 kind, int offset, int length);
    void decodeUdp(int offset);
    void addData(qint64 offset, qint64 wireLength);
    void addEthernetPadding();
    void finishInfo();
    QString portsText() const;

    const CapturedPacket &m_packet;
    const bool m_withFields;
    const uchar *m_bytes;
    qint64 m_size;          // bytes captured
    qint64 m_wire;          // bytes on the wire (at least what was captured)
    qint64 m_end;           // where the innermost protocol seen so far says its data ends
    qint64 m_networkEnd = -1; // where the IP packet or ARP message ends (Ethernet pads after it)
    bool m_infoStatesProblem = false; // info already is Wireshark's sentence for the problem
    bool m_infoIsPorts = false;       // info is "source → destination" (a cut TCP/UDP header),
                                      // written at the end: most headers are whole
    DecodedPacket m_result;
};

Decoder::Decoder(const CapturedPacket &packet, DecodeDepth depth)
    : m_packet(packet)
    , m_withFields(depth == DecodeDepth::WithFields)
    , m_bytes(reinterpret_cast<const uchar *>(packet.data.constData()))
    , m_size(qMin<qint64>(packet.data.size(), kMaxBytes))
    , m_wire(qMin(qMax<qint64>(packet.originalLength, m_size), kMaxBytes))
    , m_end(m_wire)
{
}

DecodedPacket Decoder::decode()
{
    m_result.wireLength = m_packet.originalLength;
    switch (m_packet.linkType) {
    case LinkLayer::Ethernet:
        decodeEthernet();
        break;
    case LinkLayer::LinuxSll:
        decodeSll();
        break;
    case LinkLayer::LinuxSll2:
        decodeSll2();
        break;
    case LinkLayer::Null:
        decodeNull(false);
        break;
    case LinkLayer::Loop:
        decodeNull(true);
        break;
    case LinkLayer::Raw:
    case LinkLayer::LinktypeRaw:
        decodeRaw();
        break;
    default:
        m_result.problem = QStringLiteral("Unsupported link-layer type %1").arg(m_packet.linkType);
        m_result.protocolName = QStringLiteral("Unknown");
        m_result.info = m_result.problem;
        break;
    }
    finishInfo();
    return m_result;
}

Decoder::Fit Decoder::fit(qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0 || offset + length > m_end)
        return Fit::PastTheEnd;
    if (offset + length > m_size)
        return Fit::CutByCapture;
    return Fit::Whole;
}

// True when [offset, offset + length) can be read; otherwise says why the header stops here.
bool Decoder::need(qint64 offset, qint64 length, const char *header)
{
    switch (fit(offset, length)) {
    case Fit::Whole:
        return true;
    case Fit::CutByCapture:
        markTruncated(header);
        return false;
    case Fit::PastTheEnd:
        markMalformed(QStringLiteral("The packet ends inside the %1 header").arg(QLatin1String(header)));
        return false;
    }
    return false;
}

// How many of the bytes [offset, offset + length) were captured.
int Decoder::captured(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_size)
        return 0;
    return int(qMin(length, m_size - offset));
}

QString Decoder::macText(int offset, int length) const
{
    QStringList octets;
    for (int i = 0; i < length; ++i)
        octets << QStringLiteral("%1").arg(u8(offset + i), 2, 16, QLatin1Char('0'));
    return octets.join(QLatin1Char(':'));
}

QString Decoder::hexText(int offset, int length) const
{
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(m_bytes + offset), length).toHex());
}

void Decoder::markTruncated(const char *header)
{
    m_result.truncated = true;
    if (m_result.problem.isEmpty())
        m_result.problem = QStringLiteral("Frame truncated in the %1 header").arg(QLatin1String(header));
}

void Decoder::markMalformed(const QString &problem)
{
    m_result.malformed = true;
    if (m_result.problem.isEmpty())
        m_result.problem = problem;
}

// For the problems Wireshark reports by replacing the Info column with a sentence.
void Decoder::setInfoToProblem(const QString &problem)
{
    markMalformed(problem);
    m_result.info = problem;
    m_infoStatesProblem = true;
}

DecodedLayer &Decoder::beginLayer(DecodedLayer::Kind kind, const QString &name, qint64 offset,
                                  qint64 length)
{
    DecodedLayer layer;
    layer.kind = kind;
    layer.name = name;
    layer.offset = int(qMin(offset, m_size));
    layer.length = captured(offset, length);
    m_result.layers.append(layer);
    // The reference is used only until the next layer begins (appending may move the list).
    return m_result.layers.last();
}

// ---- Link layers ----------------------------------------------------------------------------

void Decoder::decodeEthernet()
{
    const char *header = "Ethernet II";
    DecodedLayer &ethernet = beginLayer(DecodedLayer::Link, QStringLiteral("Ethernet II"), 0,
                                        kEthernetHeaderBytes);
    if (!need(0, 6, header))
        return;
    addField(ethernet, QStringLiteral("Destination"), [&] { return macText(0, 6); }, 0, 6);
    if (!need(6, 6, header))
        return;
    addField(ethernet, QStringLiteral("Source"), [&] { return macText(6, 6); }, 6, 6);
    if (!need(12, 2, header))
        return;
    const quint16 type = be16(12);
    if (type <= kMaxEthernetLength) {
        // 802.3 with an LLC header (spanning tree, NetBIOS...): nothing a socket lab sends.
        ethernet.name = QStringLiteral("IEEE 802.3 Ethernet");
        addField(ethernet, QStringLiteral("Length"), [&] { return QString::number(type); }, 12, 2);
        m_result.protocolName = QStringLiteral("LLC");
        m_result.info = QStringLiteral("IEEE 802.3 Ethernet, length %1").arg(type);
        return;
    }
    addField(ethernet, QStringLiteral("Type"), [&] { return etherTypeText(type); }, 12, 2);

    if (type != kEtherTypeVlan) {
        decodeEtherType(type, kEthernetHeaderBytes);
        addEthernetPadding();
        return;
    }
    // One 802.1Q tag; a second one (Q-in-Q) is shown as an unknown EtherType.
    const char *vlanHeader = "802.1Q";
    const int tag = kEthernetHeaderBytes;
    DecodedLayer &vlan = beginLayer(DecodedLayer::Link, QStringLiteral("802.1Q Virtual LAN"), tag,
                                    kVlanTagBytes);
    if (!need(tag, 2, vlanHeader))
        return;
    const quint16 tci = be16(tag);
    addField(vlan, QStringLiteral("Priority"), [&] { return vlanPriorityText(tci >> 13); }, tag, 2);
    addField(vlan, QStringLiteral("DEI"), [&] { return (tci & 0x1000) ? QStringLiteral("Eligible")
                                                          : QStringLiteral("Ineligible"); }, tag, 2);
    addField(vlan, QStringLiteral("ID"), [&] { return QString::number(tci & 0x0fff); }, tag, 2);
    if (!need(tag + 2, 2, vlanHeader))
        return;
    const quint16 innerType = be16(tag + 2);
    addField(vlan, QStringLiteral("Type"), [&] { return etherTypeText(innerType); }, tag + 2, 2);
    decodeEtherType(innerType, tag + kVlanTagBytes);
    addEthernetPadding();
}

// Frames shorter than 60 bytes are padded after the IP packet; Wireshark shows the padding in
// the Ethernet tree so the hex dump has no unexplained bytes.
void Decoder::addEthernetPadding()
{
    if (m_networkEnd < 0 || m_networkEnd >= m_size || m_result.layers.isEmpty())
        return;
    const int offset = int(m_networkEnd);
    const int length = int(m_size - m_networkEnd);
    addField(m_result.layers.first(), QStringLiteral("Padding"), [&] { return hexText(offset, length); }, offset, length);
}

void Decoder::decodeSll()
{
    const char *header = "Linux cooked capture";
    DecodedLayer &sll = beginLayer(DecodedLayer::Link, QStringLiteral("Linux cooked capture v1"), 0,
                                   kSllHeaderBytes);
    if (!need(0, 2, header))
        return;
    addField(sll, QStringLiteral("Packet type"), [&] { return sllPacketTypeText(be16(0)); }, 0, 2);
    if (!need(2, 2, header))
        return;
    addField(sll, QStringLiteral("Link-layer address type"), [&] { return arphrdText(be16(2)); }, 2, 2);
    if (!need(4, 2, header))
        return;
    const quint16 addressLength = be16(4);
    addField(sll, QStringLiteral("Link-layer address length"), [&] { return QString::number(addressLength); }, 4, 2);
    if (!need(6, kLinkAddressFieldBytes, header))
        return;
    decodeLinkAddress(sll, 6, addressLength);
    if (!need(14, 2, header))
        return;
    const quint16 protocol = be16(14);
    addField(sll, QStringLiteral("Protocol"), [&] { return etherTypeText(protocol); }, 14, 2);
    decodeEtherType(protocol, kSllHeaderBytes);
}

void Decoder::decodeSll2()
{
    const char *header = "Linux cooked capture";
    DecodedLayer &sll = beginLayer(DecodedLayer::Link, QStringLiteral("Linux cooked capture v2"), 0,
                                   kSll2HeaderBytes);
    if (!need(0, 2, header))
        return;
    const quint16 protocol = be16(0);
    addField(sll, QStringLiteral("Protocol"), [&] { return etherTypeText(protocol); }, 0, 2);
    if (!need(2, 2, header))
        return;
    addField(sll, QStringLiteral("Reserved (MBZ)"), [&] { return hex(be16(2), 4); }, 2, 2);
    if (!need(4, 4, header))
        return;
    addField(sll, QStringLiteral("Interface index"), [&] { return QString::number(be32(4)); }, 4, 4);
    if (!need(8, 2, header))
        return;
    addField(sll, QStringLiteral("Link-layer address type"), [&] { return arphrdText(be16(8)); }, 8, 2);
    if (!need(10, 1, header))
        return;
    addField(sll, QStringLiteral("Packet type"), [&] { return sllPacketTypeText(u8(10)); }, 10, 1);
    if (!need(11, 1, header))
        return;
    const quint8 addressLength = u8(11);
    addField(sll, QStringLiteral("Link-layer address length"), [&] { return QString::number(addressLength); }, 11, 1);
    if (!need(12, kLinkAddressFieldBytes, header))
        return;
    decodeLinkAddress(sll, 12, addressLength);
    decodeEtherType(protocol, kSll2HeaderBytes);
}

// SLL's 8-byte address field: the address (its length says how much of it) and what is unused.
void Decoder::decodeLinkAddress(DecodedLayer &layer, int offset, int addressLength)
{
    const int shown = qMin(addressLength, kLinkAddressFieldBytes);
    if (shown > 0) {
        addField(layer, QStringLiteral("Source"),
                 [&] { return shown == 6 ? macText(offset, shown) : hexText(offset, shown); }, offset, shown);
    }
    if (shown < kLinkAddressFieldBytes) {
        addField(layer, QStringLiteral("Unused"), [&] { return hexText(offset + shown, kLinkAddressFieldBytes - shown); },
                 offset + shown, kLinkAddressFieldBytes - shown);
    }
}

void Decoder::decodeNull(bool networkByteOrder)
{
    DecodedLayer &loopback = beginLayer(DecodedLayer::Link, QStringLiteral("Null/Loopback"), 0,
                                        kNullHeaderBytes);
    if (!need(0, kNullHeaderBytes, "Null/Loopback"))
        return;
    quint32 family = networkByteOrder ? be32(0) : le32(0);
    // DLT_NULL is in the byte order of the machine that captured; families are small numbers,
    // so non-zero upper bytes mean the other order (Wireshark's test).
    if (!networkByteOrder && (family & 0xffff0000u) != 0)
        family = be32(0);
    addField(loopback, QStringLiteral("Family"), [&] { return nullFamilyText(family); }, 0, kNullHeaderBytes);
    switch (family) {
    case 2:
        decodeIPv4(kNullHeaderBytes);
        break;
    case 24:
    case 28:
    case 30:
        decodeIPv6(kNullHeaderBytes);
        break;
    default:
        m_result.protocolName = QStringLiteral("NULL");
        m_result.info = QStringLiteral("Null/Loopback, family %1").arg(family);
        break;
    }
}

void Decoder::decodeRaw()
{
    // Wireshark shows an empty "Raw packet data" item: there is no link header to show.
    beginLayer(DecodedLayer::Link, QStringLiteral("Raw packet data"), 0, 0);
    if (!need(0, 1, "IP"))
        return;
    const int version = u8(0) >> 4;
    if (version == 4) {
        decodeIPv4(0);
    } else if (version == 6) {
        decodeIPv6(0);
    } else {
        m_result.protocolName = QStringLiteral("Raw");
        setInfoToProblem(QStringLiteral("Bogus IP version (%1)").arg(version));
    }
}

void Decoder::decodeEtherType(quint16 type, int offset)
{
    switch (type) {
    case kEtherTypeIPv4:
        decodeIPv4(offset);
        break;
    case kEtherTypeIPv6:
        decodeIPv6(offset);
        break;
    case kEtherTypeArp:
        decodeArp(offset);
        break;
    default:
        m_result.protocolName = hex(type, 4);
        m_result.info = QStringLiteral("EtherType %1").arg(hex(type, 4));
        break;
    }
}

// ---- ARP ------------------------------------------------------------------------------------

void Decoder::decodeArp(int o)
{
    const char *header = "ARP";
    m_result.protocolName = QStringLiteral("ARP");
    m_result.info = QStringLiteral("ARP");
    DecodedLayer &arp = beginLayer(DecodedLayer::Network, QStringLiteral("Address Resolution Protocol"),
                                   o, kArpFixedBytes);
    if (!need(o, 2, header))
        return;
    const quint16 hardwareType = be16(o);
    addField(arp, QStringLiteral("Hardware type"),
             [&] { return named(hardwareType == 1 ? QStringLiteral("Ethernet") : QString(), hardwareType); }, o, 2);
    if (!need(o + 2, 2, header))
        return;
    const quint16 protocolType = be16(o + 2);
    addField(arp, QStringLiteral("Protocol type"), [&] { return etherTypeText(protocolType); }, o + 2, 2);
    if (!need(o + 4, 2, header))
        return;
    const int hardwareSize = u8(o + 4);
    const int protocolSize = u8(o + 5);
    addField(arp, QStringLiteral("Hardware size"), [&] { return QString::number(hardwareSize); }, o + 4, 1);
    addField(arp, QStringLiteral("Protocol size"), [&] { return QString::number(protocolSize); }, o + 5, 1);
    if (!need(o + 6, 2, header))
        return;
    const quint16 opcode = be16(o + 6);
    addField(arp, QStringLiteral("Opcode"), [&] { return arpOpcodeText(opcode); }, o + 6, 2);

    const int messageLength = kArpFixedBytes + 2 * hardwareSize + 2 * protocolSize;
    arp.length = captured(o, messageLength);
    m_networkEnd = o + messageLength;
    const bool ethernetIPv4 = hardwareSize == 6 && protocolSize == 4 && protocolType == kEtherTypeIPv4;
    const QString hardwareWord = hardwareSize == 6 ? QStringLiteral("MAC") : QStringLiteral("hardware");
    const QString protocolWord = ethernetIPv4 ? QStringLiteral("IP") : QStringLiteral("protocol");
    const auto hardwareText = [&](int at) { return hardwareSize == 6 ? macText(at, 6) : hexText(at, hardwareSize); };
    const auto protocolText = [&](int at) {
        return ethernetIPv4 ? QHostAddress(be32(at)).toString() : hexText(at, protocolSize);
    };
    const int senderHardware = o + kArpFixedBytes;
    const int senderProtocol = senderHardware + hardwareSize;
    const int targetHardware = senderProtocol + protocolSize;
    const int targetProtocol = targetHardware + hardwareSize;
    const struct {
        QString name;
        int offset;
        int length;
        bool isHardware;
    } addresses[] = {
        {QStringLiteral("Sender %1 address").arg(hardwareWord), senderHardware, hardwareSize, true},
        {QStringLiteral("Sender %1 address").arg(protocolWord), senderProtocol, protocolSize, false},
        {QStringLiteral("Target %1 address").arg(hardwareWord), targetHardware, hardwareSize, true},
        {QStringLiteral("Target %1 address").arg(protocolWord), targetProtocol, protocolSize, false},
    };
    for (const auto &address : addresses) {
        if (!need(address.offset, address.length, header))
            return;
        if (address.length > 0) {
            addField(arp, address.name,
                     [&] { return address.isHardware ? hardwareText(address.offset) : protocolText(address.offset); },
                     address.offset, address.length);
        }
    }
    if (!ethernetIPv4)
        return;
    // Wireshark's sentences for the two messages students see.
    const QString senderIp = protocolText(senderProtocol);
    const QString targetIp = protocolText(targetProtocol);
    if (opcode == 1) {
        m_result.info = senderIp == targetIp
            ? QStringLiteral("Gratuitous ARP for %1 (Request)").arg(senderIp)
            : QStringLiteral("Who has %1? Tell %2").arg(targetIp, senderIp);
    } else if (opcode == 2) {
        m_result.info = senderIp == targetIp
            ? QStringLiteral("Gratuitous ARP for %1 (Reply)").arg(senderIp)
            : QStringLiteral("%1 is at %2").arg(senderIp, hardwareText(senderHardware));
    }
}

// ---- IPv4 and IPv6 --------------------------------------------------------------------------

void Decoder::decodeIPv4(int o)
{
    const char *header = "IPv4";
    m_result.protocolName = QStringLiteral("IPv4");
    m_result.ipVersion = 4;
    DecodedLayer &ip = beginLayer(DecodedLayer::Network, QStringLiteral("Internet Protocol Version 4"),
                                  o, kIPv4MinHeaderBytes);
    if (!need(o, 1, header))
        return;
    const int version = u8(o) >> 4;
    const int headerLength = (u8(o) & 0x0f) * 4;
    addField(ip, QStringLiteral("Version"), [&] { return QString::number(version); }, o, 1);
    addField(ip, QStringLiteral("Header Length"),
             [&] { return QStringLiteral("%1 bytes (%2)").arg(headerLength).arg(headerLength / 4); }, o, 1);
    if (version != 4) {
        setInfoToProblem(QStringLiteral("Bogus IPv4 version (%1, must be 4)").arg(version));
        return;
    }
    if (headerLength < kIPv4MinHeaderBytes) {
        setInfoToProblem(QStringLiteral("Bogus IP header length (%1, must be at least %2)")
                             .arg(headerLength).arg(kIPv4MinHeaderBytes));
        return;
    }
    ip.length = captured(o, headerLength);
    if (!need(o + 1, 1, header))
        return;
    addField(ip, QStringLiteral("Differentiated Services Field"), [&] { return dsFieldText(u8(o + 1)); }, o + 1, 1);
    if (!need(o + 2, 2, header))
        return;
    const quint16 totalLength = be16(o + 2);
    addField(ip, QStringLiteral("Total Length"), [&] { return QString::number(totalLength); }, o + 2, 2);
    if (!need(o + 4, 2, header))
        return;
    const quint16 identification = be16(o + 4);
    addField(ip, QStringLiteral("Identification"),
             [&] { return QStringLiteral("%1 (%2)").arg(hex(identification, 4)).arg(identification); }, o + 4, 2);
    if (!need(o + 6, 2, header))
        return;
    const quint16 flagsAndOffset = be16(o + 6);
    const int flags = flagsAndOffset >> 13;
    const int fragmentOffset = (flagsAndOffset & 0x1fff) * 8;
    addField(ip, QStringLiteral("Flags"), [&] {
        QString flagsText = hex(quint32(flags), 1);
        if (flags & 0x4)
            flagsText += QStringLiteral(", Reserved bit");
        if (flags & 0x2)
            flagsText += QStringLiteral(", Don't fragment");
        if (flags & 0x1)
            flagsText += QStringLiteral(", More fragments");
        return flagsText;
    }, o + 6, 1);
    addField(ip, QStringLiteral("Fragment Offset"), [&] { return QString::number(fragmentOffset); }, o + 6, 2);
    if (!need(o + 8, 1, header))
        return;
    addField(ip, QStringLiteral("Time to Live"), [&] { return QString::number(u8(o + 8)); }, o + 8, 1);
    if (!need(o + 9, 1, header))
        return;
    const quint8 protocol = u8(o + 9);
    addField(ip, QStringLiteral("Protocol"), [&] { return ipProtocolText(protocol); }, o + 9, 1);
    if (!need(o + 10, 2, header))
        return;
    addField(ip, QStringLiteral("Header Checksum"), [&] { return hex(be16(o + 10), 4); }, o + 10, 2);
    if (!need(o + 12, 4, header))
        return;
    const QHostAddress source(be32(o + 12));
    addField(ip, QStringLiteral("Source Address"), [&] { return source.toString(); }, o + 12, 4);
    m_result.source = Endpoint(source, 0);
    if (!need(o + 16, 4, header))
        return;
    const QHostAddress destination(be32(o + 16));
    addField(ip, QStringLiteral("Destination Address"), [&] { return destination.toString(); }, o + 16, 4);
    m_result.destination = Endpoint(destination, 0);
    if (headerLength > kIPv4MinHeaderBytes) {
        const int optionsLength = headerLength - kIPv4MinHeaderBytes;
        if (!need(o + kIPv4MinHeaderBytes, optionsLength, header))
            return;
        addField(ip, QStringLiteral("Options"), [&] { return QStringLiteral("(%1 bytes)").arg(optionsLength); },
                 o + kIPv4MinHeaderBytes, optionsLength);
    }

    const qint64 wireLeft = m_end - o;
    // Zero is what a capture of a TSO super-packet (or Linux BIG TCP) carries: Wireshark assumes
    // the frame's length, and so do we.
    qint64 packetLength = totalLength == 0 ? wireLeft : totalLength;
    if (packetLength < headerLength) {
        setInfoToProblem(QStringLiteral("Bogus IP length (%1, less than header length %2)")
                             .arg(totalLength).arg(headerLength));
        return;
    }
    if (packetLength > wireLeft) {
        markMalformed(QStringLiteral("IPv4 total length exceeds packet length (%1 bytes)").arg(wireLeft));
        packetLength = wireLeft;
    }
    m_end = o + packetLength;
    m_networkEnd = m_end;
    const int payload = o + headerLength;
    const qint64 payloadLength = packetLength - headerLength;
    if (fragmentOffset != 0) {
        // Only the first fragment carries the transport header; later ones are just bytes.
        m_result.info = QStringLiteral("Fragmented IP protocol (proto=%1 %2, off=%3, ID=%4)")
                            .arg(ipProtocolName(protocol).isEmpty() ? QStringLiteral("Unknown")
                                                                    : ipProtocolName(protocol))
                            .arg(protocol)
                            .arg(fragmentOffset)
                            .arg(identification, 4, 16, QLatin1Char('0'));
        addData(payload, payloadLength);
        return;
    }
    decodeIpPayload(protocol, payload, payloadLength,
                    QStringLiteral("IPv4 packet, protocol %1").arg(protocol));
}

void Decoder::decodeIPv6(int o)
{
    const char *header = "IPv6";
    m_result.protocolName = QStringLiteral("IPv6");
    m_result.ipVersion = 6;
    DecodedLayer &ip = beginLayer(DecodedLayer::Network, QStringLiteral("Internet Protocol Version 6"),
                                  o, kIPv6HeaderBytes);
    if (!need(o, 1, header))
        return;
    const int version = u8(o) >> 4;
    addField(ip, QStringLiteral("Version"), [&] { return QString::number(version); }, o, 1);
    if (version != 6) {
        setInfoToProblem(QStringLiteral("Bogus IPv6 version (%1, must be 6)").arg(version));
        return;
    }
    if (!need(o, 2, header))
        return;
    addField(ip, QStringLiteral("Traffic Class"), [&] { return dsFieldText(quint8(be16(o) >> 4)); }, o, 2);
    if (!need(o, 4, header))
        return;
    addField(ip, QStringLiteral("Flow Label"), [&] { return hex(be32(o) & 0xfffff, 5); }, o + 1, 3);
    if (!need(o + 4, 2, header))
        return;
    const quint16 payloadLength = be16(o + 4);
    addField(ip, QStringLiteral("Payload Length"), [&] { return QString::number(payloadLength); }, o + 4, 2);
    if (!need(o + 6, 1, header))
        return;
    quint8 next = u8(o + 6);
    addField(ip, QStringLiteral("Next Header"), [&] { return ipProtocolText(next); }, o + 6, 1);
    if (!need(o + 7, 1, header))
        return;
    addField(ip, QStringLiteral("Hop Limit"), [&] { return QString::number(u8(o + 7)); }, o + 7, 1);
    if (!need(o + 8, 16, header))
        return;
    const QHostAddress source(m_bytes + o + 8);
    addField(ip, QStringLiteral("Source Address"), [&] { return source.toString(); }, o + 8, 16);
    m_result.source = Endpoint(source, 0);
    if (!need(o + 24, 16, header))
        return;
    const QHostAddress destination(m_bytes + o + 24);
    addField(ip, QStringLiteral("Destination Address"), [&] { return destination.toString(); }, o + 24, 16);
    m_result.destination = Endpoint(destination, 0);

    const qint64 wireLeft = m_end - o - kIPv6HeaderBytes;
    // Zero with something following is a jumbogram or a Linux BIG TCP packet: the frame says
    // how long it is.
    qint64 length = (payloadLength == 0 && next != kIpProtoNoNext) ? wireLeft : payloadLength;
    if (length > wireLeft) {
        markMalformed(QStringLiteral("IPv6 payload length exceeds framing length (%1 bytes)").arg(wireLeft));
        length = wireLeft;
    }
    m_end = o + kIPv6HeaderBytes + length;
    m_networkEnd = m_end;

    // Walk the extension headers a host must understand; anything else ends the walk.
    const char *extensionHeader = "IPv6 extension";
    int p = o + kIPv6HeaderBytes;
    for (int count = 0; count < kMaxIPv6ExtensionHeaders; ++count) {
        if (next == kIpProtoHopByHop || next == kIpProtoRouting || next == kIpProtoDestOptions) {
            if (!need(p, 2, extensionHeader))
                return;
            const int extensionLength = (u8(p + 1) + 1) * 8;
            if (!need(p, extensionLength, extensionHeader))
                return;
            addField(ip, ipProtocolName(next),
                     [&] { return QStringLiteral("Next Header: %1, Length: %2 (%3 bytes)")
                         .arg(ipProtocolText(u8(p))).arg(u8(p + 1)).arg(extensionLength); },
                     p, extensionLength);
            next = u8(p);
            p += extensionLength;
        } else if (next == kIpProtoFragment) {
            if (!need(p, kIPv6FragmentHeaderBytes, extensionHeader))
                return;
            const int fragmentOffset = be16(p + 2) & 0xfff8;
            const bool more = be16(p + 2) & 0x0001;
            const quint32 identification = be32(p + 4);
            addField(ip, ipProtocolName(next),
                     [&] { return QStringLiteral("Next Header: %1, Offset: %2, More Fragments: %3, Identification: %4")
                         .arg(ipProtocolText(u8(p))).arg(fragmentOffset)
                         .arg(more ? QStringLiteral("Yes") : QStringLiteral("No"), hex(identification, 8)); },
                     p, kIPv6FragmentHeaderBytes);
            next = u8(p);
            p += kIPv6FragmentHeaderBytes;
            if (fragmentOffset != 0) {
                ip.length = captured(o, p - o);
                m_result.info = QStringLiteral("IPv6 fragment (off=%1 more=%2 ident=%3 nxt=%4)")
                                    .arg(fragmentOffset)
                                    .arg(more ? QLatin1Char('y') : QLatin1Char('n'))
                                    .arg(hex(identification, 8))
                                    .arg(next);
                addData(p, m_end - p);
                return;
            }
        } else {
            break;
        }
    }
    // The IPv6 item covers its extension headers, as in Wireshark's tree.
    ip.length = captured(o, p - o);
    decodeIpPayload(next, p, m_end - p, QStringLiteral("IPv6 packet, next header %1").arg(next));
}

void Decoder::decodeIpPayload(quint8 protocol, int offset, qint64 wireLength, const QString &unknownInfo)
{
    // TCP and UDP need no length: m_end is where the IP layer says its payload ends.
    switch (protocol) {
    case kIpProtoTcp:
        decodeTcp(offset);
        break;
    case kIpProtoUdp:
        decodeUdp(offset);
        break;
    default:
        m_result.info = unknownInfo;
        addData(offset, wireLength);
        break;
    }
}

// ---- TCP and UDP ----------------------------------------------------------------------------

void Decoder::decodeTcp(int o)
{
    const char *header = "TCP";
    m_result.protocolName = QStringLiteral("TCP");
    DecodedLayer &tcp = beginLayer(DecodedLayer::Transport, QStringLiteral("Transmission Control Protocol"),
                                   o, kTcpMinHeaderBytes);
    if (!need(o, 2, header))
        return;
    m_result.source.port = be16(o);
    addField(tcp, QStringLiteral("Source Port"), [&] { return QString::number(m_result.source.port); }, o, 2);
    if (!need(o + 2, 2, header))
        return;
    m_result.destination.port = be16(o + 2);
    addField(tcp, QStringLiteral("Destination Port"), [&] { return QString::number(m_result.destination.port); }, o + 2, 2);
    m_infoIsPorts = true; // what Wireshark's Info holds if the header stops here
    if (!need(o + 4, 4, header))
        return;
    addField(tcp, QStringLiteral("Sequence Number (raw)"), [&] { return QString::number(be32(o + 4)); }, o + 4, 4);
    if (!need(o + 8, 4, header))
        return;
    addField(tcp, QStringLiteral("Acknowledgment number (raw)"), [&] { return QString::number(be32(o + 8)); }, o + 8, 4);
    if (!need(o + 12, 2, header))
        return;
    const int headerLength = (u8(o + 12) >> 4) * 4;
    addField(tcp, QStringLiteral("Header Length"),
             [&] { return QStringLiteral("%1 bytes (%2)").arg(headerLength).arg(headerLength / 4); }, o + 12, 1);
    // Twelve bits: the eight classic flags, NS (RFC 3540) and three reserved bits.
    const quint16 flagBits = be16(o + 12) & 0x0fff;
    addField(tcp, QStringLiteral("Flags"), [&] {
        QStringList flagNames;
        if (flagBits & 0xff)
            flagNames << tcpFlagsText(quint8(flagBits & 0xff));
        if (flagBits & 0x100)
            flagNames << QStringLiteral("NS");
        if (flagBits & 0xe00)
            flagNames << QStringLiteral("Reserved");
        return QStringLiteral("%1 (%2)").arg(hex(flagBits, 3),
                                             flagNames.isEmpty() ? QStringLiteral("<None>")
                                                                 : flagNames.join(QStringLiteral(", ")));
    }, o + 12, 2);
    if (!need(o + 14, 2, header))
        return;
    addField(tcp, QStringLiteral("Window"), [&] { return QString::number(be16(o + 14)); }, o + 14, 2);
    if (!need(o + 16, 2, header))
        return;
    addField(tcp, QStringLiteral("Checksum"), [&] { return hex(be16(o + 16), 4); }, o + 16, 2);
    if (!need(o + 18, 2, header))
        return;
    addField(tcp, QStringLiteral("Urgent Pointer"), [&] { return QString::number(be16(o + 18)); }, o + 18, 2);

    // The fixed header is whole: the summary can say everything the Info column needs.
    m_result.transport = DecodedPacket::Tcp;
    m_result.info.clear();
    m_infoIsPorts = false;
    m_result.sequence = be32(o + 4);
    m_result.acknowledgment = be32(o + 8);
    m_result.flags = u8(o + 13);
    m_result.window = be16(o + 14);
    m_result.urgentPointer = be16(o + 18);
    m_result.tcpHeaderLength = headerLength;
    if (headerLength < kTcpMinHeaderBytes) {
        markMalformed(QStringLiteral("Bogus TCP header length (%1, must be at least %2)")
                          .arg(headerLength).arg(kTcpMinHeaderBytes));
        return;
    }
    tcp.length = captured(o, headerLength);
    if (!decodeTcpOptions(tcp, o + kTcpMinHeaderBytes, headerLength - kTcpMinHeaderBytes))
        return;
    const int payload = o + headerLength;
    m_result.payloadLength = int(m_end - payload);
    m_result.payloadOffset = int(qMin<qint64>(payload, m_size));
    addData(payload, m_result.payloadLength);
}

// False when the header length runs past the segment, so no payload can be placed.
bool Decoder::decodeTcpOptions(DecodedLayer &tcp, int start, int length)
{
    if (length <= 0)
        return true;
    switch (fit(start, length)) {
    case Fit::PastTheEnd:
        markMalformed(QStringLiteral("TCP header length (%1 bytes) runs past the end of the segment")
                          .arg(length + kTcpMinHeaderBytes));
        return false;
    case Fit::CutByCapture:
        markTruncated("TCP");
        break;
    case Fit::Whole:
        break;
    }
    const int summaryIndex = tcp.fields.size();
    addField(tcp, QStringLiteral("Options"), [] { return QString(); }, start, captured(start, length));

    const int end = start + length;
    const int capturedEnd = int(qMin<qint64>(end, m_size));
    int p = start;
    while (p < capturedEnd) {
        const quint8 kind = u8(p);
        if (kind == kTcpOptionEol || kind == kTcpOptionNop) {
            addTcpOption(tcp, kind, p, 1);
            m_result.tcpOptionKinds.append(char(kind));
            if (kind == kTcpOptionEol)
                break;   // what follows is padding
            ++p;
            continue;
        }
        if (p + 1 >= end) {
            markMalformed(QStringLiteral("TCP option %1 has no room for its length").arg(tcpOptionName(kind)));
            break;
        }
        if (p + 1 >= capturedEnd)
            break;   // cut by the capture: already marked truncated
        const int optionLength = u8(p + 1);
        const int fixedLength = tcpOptionFixedLength(kind);
        const bool sackLengthOk = optionLength >= 10 && (optionLength - 2) % 8 == 0;
        if (optionLength < 2 || (fixedLength != 0 && optionLength != fixedLength)
            || (kind == kTcpOptionSack && !sackLengthOk)) {
            markMalformed(QStringLiteral("TCP option %1 has a bogus length (%2)").arg(tcpOptionName(kind)).arg(optionLength));
            break;
        }
        if (p + optionLength > end) {
            markMalformed(QStringLiteral("TCP option %1 runs past the end of the header").arg(tcpOptionName(kind)));
            break;
        }
        if (p + optionLength > capturedEnd)
            break;   // cut by the capture: already marked truncated

        switch (kind) {
        case kTcpOptionMss:
            m_result.mss = be16(p + 2);
            break;
        case kTcpOptionWindowScale:
            m_result.windowScale = u8(p + 2);
            break;
        case kTcpOptionSackPermitted:
            m_result.sackPermitted = true;
            break;
        case kTcpOptionSack:
            for (int edge = p + 2; edge + 8 <= p + optionLength; edge += 8)
                m_result.sackEdges << be32(edge) << be32(edge + 4);
            break;
        case kTcpOptionTimestamps:
            m_result.hasTimestamps = true;
            m_result.timestampValue = be32(p + 2);
            m_result.timestampEcho = be32(p + 6);
            break;
        default:
            break;
        }
        addTcpOption(tcp, kind, p, optionLength);
        m_result.tcpOptionKinds.append(char(kind));
        p += optionLength;
    }
    if (m_withFields) {
        // Wireshark's summary line: "(20 bytes), Maximum segment size, SACK permitted, ..."
        QString summary = QStringLiteral("(%1 bytes)").arg(length);
        for (const char kind : std::as_const(m_result.tcpOptionKinds))
            summary += QStringLiteral(", ") + tcpOptionName(quint8(kind));
        tcp.fields[summaryIndex].value = summary;
    }
    return true;
}

// One option's field, "TCP Option - Timestamps: TSval 1, TSecr 2", from its checked bytes.
void Decoder::addTcpOption(DecodedLayer &tcp, quint8 kind, int offset, int length)
{
    if (!m_withFields)
        return;
    QString value;
    switch (kind) {
    case kTcpOptionEol:
    case kTcpOptionNop:
    case kTcpOptionSackPermitted:
        break;
    case kTcpOptionMss:
        value = QStringLiteral("%1 bytes").arg(be16(offset + 2));
        break;
    case kTcpOptionWindowScale:
        value = QStringLiteral("%1 (multiply by %2)").arg(u8(offset + 2))
                    .arg(1u << qMin(int(u8(offset + 2)), kMaxWindowShift));
        break;
    case kTcpOptionSack: {
        QStringList blocks;
        for (int edge = offset + 2; edge + 8 <= offset + length; edge += 8)
            blocks << QStringLiteral("%1-%2").arg(be32(edge)).arg(be32(edge + 4));
        value = blocks.join(QLatin1Char(' '));
        break;
    }
    case kTcpOptionTimestamps:
        value = QStringLiteral("TSval %1, TSecr %2").arg(be32(offset + 2)).arg(be32(offset + 6));
        break;
    default:
        value = QStringLiteral("%1 bytes").arg(length);
        break;
    }
    tcp.fields.append(DecodedField { QStringLiteral("TCP Option - ") + tcpOptionName(kind), value, offset, length });
}

void Decoder::decodeUdp(int o)
{
    const char *header = "UDP";
    m_result.protocolName = QStringLiteral("UDP");
    DecodedLayer &udp = beginLayer(DecodedLayer::Transport, QStringLiteral("User Datagram Protocol"),
                                   o, kUdpHeaderBytes);
    if (!need(o, 2, header))
        return;
    m_result.source.port = be16(o);
    addField(udp, QStringLiteral("Source Port"), [&] { return QString::number(m_result.source.port); }, o, 2);
    if (!need(o + 2, 2, header))
        return;
    m_result.destination.port = be16(o + 2);
    addField(udp, QStringLiteral("Destination Port"), [&] { return QString::number(m_result.destination.port); }, o + 2, 2);
    m_infoIsPorts = true; // what Wireshark's Info holds if the header stops here
    if (!need(o + 4, 2, header))
        return;
    const quint16 udpLength = be16(o + 4);
    addField(udp, QStringLiteral("Length"), [&] { return QString::number(udpLength); }, o + 4, 2);
    if (!need(o + 6, 2, header))
        return;
    addField(udp, QStringLiteral("Checksum"), [&] { return hex(be16(o + 6), 4); }, o + 6, 2);

    m_result.transport = DecodedPacket::Udp;
    m_result.info.clear();
    m_infoIsPorts = false;
    m_result.payloadOffset = int(qMin<qint64>(o + kUdpHeaderBytes, m_size));
    if (udpLength < kUdpHeaderBytes) {
        markMalformed(QStringLiteral("Bogus UDP length (%1, must be at least %2)").arg(udpLength).arg(kUdpHeaderBytes));
        m_result.info = portsText() + QStringLiteral(" [BAD UDP LENGTH %1 < 8]").arg(udpLength);
        m_infoStatesProblem = true;
        return;
    }
    const qint64 datagramLength = m_end - o;
    qint64 length = udpLength;
    if (length > datagramLength) {
        markMalformed(QStringLiteral("Bogus UDP length (%1, more than the IP payload length %2)")
                          .arg(udpLength).arg(datagramLength));
        m_result.info = portsText() + QStringLiteral(" [BAD UDP LENGTH %1 > IP PAYLOAD LENGTH]").arg(udpLength);
        m_infoStatesProblem = true;
        length = datagramLength;
    }
    m_result.payloadLength = int(length - kUdpHeaderBytes);
    addData(o + kUdpHeaderBytes, m_result.payloadLength);
}

// ---- Payload --------------------------------------------------------------------------------

// Wireshark's "Data" item: the bytes no dissector claimed. The layer covers what was captured;
// Length says how many were on the wire.
void Decoder::addData(qint64 offset, qint64 wireLength)
{
    if (wireLength <= 0)
        return;
    DecodedLayer &data = beginLayer(DecodedLayer::Application, QStringLiteral("Data"), offset, wireLength);
    if (data.length > 0) {
        const int shown = qMin(data.length, kDataPreviewBytes);
        addField(data, QStringLiteral("Data"), [&] {
            QString preview = hexText(data.offset, shown);
            if (shown < data.length)
                preview += QChar(0x2026);   // the ellipsis Wireshark ends long byte fields with
            return preview;
        }, data.offset, data.length);
    }
    addField(data, QStringLiteral("Length"), [&] { return QString::number(wireLength); }, -1, 0);
}

QString Decoder::portsText() const
{
    return QString::number(m_result.source.port) + kArrow + QString::number(m_result.destination.port);
}

// Wireshark appends these to whatever Info the dissectors wrote before the exception.
// TCP and UDP get theirs in wiresharkInfo(), which writes their Info.
void Decoder::finishInfo()
{
    if (m_infoIsPorts)
        m_result.info = portsText();
    if (m_result.transport != DecodedPacket::OtherTransport)
        return;
    if (m_result.truncated)
        m_result.info = (m_result.info + kTruncatedMarker).trimmed();
    else if (m_result.malformed && !m_infoStatesProblem)
        m_result.info = (m_result.info + kMalformedMarker).trimmed();
}

} // namespace

bool isSupportedLinkType(int linkType)
{
    switch (linkType) {
    case LinkLayer::Null:
    case LinkLayer::Ethernet:
    case LinkLayer::Raw:
    case LinkLayer::LinktypeRaw:
    case LinkLayer::Loop:
    case LinkLayer::LinuxSll:
    case LinkLayer::LinuxSll2:
        return true;
    default:
        return false;
    }
}

DecodedPacket decodePacket(const CapturedPacket &packet, DecodeDepth depth)
{
    return Decoder(packet, depth).decode();
}
