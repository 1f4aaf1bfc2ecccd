#include "network/capture/dissectors.h"

#include <QHostAddress>

namespace PacketDissection {

namespace {

constexpr int kIPv4MinHeaderBytes = 20;
constexpr int kIPv6HeaderBytes = 40;
constexpr int kIPv6FragmentHeaderBytes = 8;
// Real packets chain two or three IPv6 extension headers; the cap bounds the walk for crafted
// ones (each header is at least 8 bytes, so the payload length bounds it too).
constexpr int kMaxIPv6ExtensionHeaders = 16;

constexpr quint8 kIpProtoHopByHop = 0;
constexpr quint8 kIpProtoRouting = 43;
constexpr quint8 kIpProtoFragment = 44;
constexpr quint8 kIpProtoNoNext = 59;
constexpr quint8 kIpProtoDestOptions = 60;

QString ipProtocolName(quint8 protocol)
{
    switch (protocol) {
    case kIpProtoHopByHop: return QStringLiteral("IPv6 Hop-by-Hop Option");
    case kIpProtoIcmp: return QStringLiteral("ICMP");
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
    case kIpProtoIcmpv6: return QStringLiteral("ICMPv6");
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

void decodeIpPayload(DecodeContext &c, quint8 protocol, int offset, qint64 wireLength, quint8 hopLimit,
                     const QString &unknownInfo)
{
    // TCP, UDP and ICMP need no length: c.end is where the IP layer says its payload ends.
    switch (protocol) {
    case kIpProtoIcmp:
        decodeIcmp(c, offset, hopLimit);
        break;
    case kIpProtoIcmpv6:
        decodeIcmpv6(c, offset, hopLimit);
        break;
    case kIpProtoTcp:
        decodeTcp(c, offset);
        break;
    case kIpProtoUdp:
        decodeUdp(c, offset);
        break;
    default:
        c.result.info = unknownInfo;
        c.addData(offset, wireLength);
        break;
    }
}

struct IPv4Header
{
    int headerLength = 0;
    quint16 totalLength = 0;
    quint16 identification = 0;
    int fragmentOffset = 0;
    quint8 protocol = 0;
    quint8 ttl = 0;
};

// The header's fields, options included; false when it stops before its end.
bool decodeIPv4Header(DecodeContext &c, DecodedLayer &ip, int o, IPv4Header &h)
{
    const char *header = "IPv4";
    if (!c.need(o, 1, header))
        return false;
    const int version = c.u8(o) >> 4;
    const int headerLength = h.headerLength = (c.u8(o) & 0x0f) * 4;
    c.addField(ip, QStringLiteral("Version"), [&] { return QString::number(version); }, o, 1);
    c.addField(ip, QStringLiteral("Header Length"),
               [&] { return QStringLiteral("%1 bytes (%2)").arg(headerLength).arg(headerLength / 4); }, o, 1);
    if (version != 4) {
        c.setInfoToProblem(QStringLiteral("Bogus IPv4 version (%1, must be 4)").arg(version));
        return false;
    }
    if (headerLength < kIPv4MinHeaderBytes) {
        c.setInfoToProblem(QStringLiteral("Bogus IP header length (%1, must be at least %2)")
                             .arg(headerLength).arg(kIPv4MinHeaderBytes));
        return false;
    }
    ip.length = c.captured(o, headerLength);
    if (!c.need(o + 1, 1, header))
        return false;
    c.addField(ip, QStringLiteral("Differentiated Services Field"), [&] { return dsFieldText(c.u8(o + 1)); }, o + 1, 1);
    if (!c.need(o + 2, 2, header))
        return false;
    const quint16 totalLength = h.totalLength = c.be16(o + 2);
    c.addField(ip, QStringLiteral("Total Length"), [&] { return QString::number(totalLength); }, o + 2, 2);
    if (!c.need(o + 4, 2, header))
        return false;
    const quint16 identification = h.identification = c.be16(o + 4);
    c.addField(ip, QStringLiteral("Identification"),
               [&] { return QStringLiteral("%1 (%2)").arg(hex(identification, 4)).arg(identification); }, o + 4, 2);
    if (!c.need(o + 6, 2, header))
        return false;
    const quint16 flagsAndOffset = c.be16(o + 6);
    const int flags = flagsAndOffset >> 13;
    const int fragmentOffset = h.fragmentOffset = (flagsAndOffset & 0x1fff) * 8;
    c.addField(ip, QStringLiteral("Flags"), [&] {
        QString flagsText = hex(quint32(flags), 1);
        if (flags & 0x4)
            flagsText += QStringLiteral(", Reserved bit");
        if (flags & 0x2)
            flagsText += QStringLiteral(", Don't fragment");
        if (flags & 0x1)
            flagsText += QStringLiteral(", More fragments");
        return flagsText;
    }, o + 6, 1);
    c.addField(ip, QStringLiteral("Fragment Offset"), [&] { return QString::number(fragmentOffset); }, o + 6, 2);
    if (!c.need(o + 8, 1, header))
        return false;
    h.ttl = c.u8(o + 8);
    c.addField(ip, QStringLiteral("Time to Live"), [&] { return QString::number(h.ttl); }, o + 8, 1);
    if (!c.need(o + 9, 1, header))
        return false;
    const quint8 protocol = h.protocol = c.u8(o + 9);
    c.addField(ip, QStringLiteral("Protocol"), [&] { return ipProtocolText(protocol); }, o + 9, 1);
    if (!c.need(o + 10, 2, header))
        return false;
    c.addField(ip, QStringLiteral("Header Checksum"), [&] { return hex(c.be16(o + 10), 4); }, o + 10, 2);
    if (!c.need(o + 12, 4, header))
        return false;
    const QHostAddress source(c.be32(o + 12));
    c.addField(ip, QStringLiteral("Source Address"), [&] { return source.toString(); }, o + 12, 4);
    c.result.source = Endpoint(source, 0);
    if (!c.need(o + 16, 4, header))
        return false;
    const QHostAddress destination(c.be32(o + 16));
    c.addField(ip, QStringLiteral("Destination Address"), [&] { return destination.toString(); }, o + 16, 4);
    c.result.destination = Endpoint(destination, 0);
    if (headerLength > kIPv4MinHeaderBytes) {
        const int optionsLength = headerLength - kIPv4MinHeaderBytes;
        if (!c.need(o + kIPv4MinHeaderBytes, optionsLength, header))
            return false;
        c.addField(ip, QStringLiteral("Options"), [&] { return QStringLiteral("(%1 bytes)").arg(optionsLength); },
                   o + kIPv4MinHeaderBytes, optionsLength);
    }
    return true;
}

// Walks the extension headers a host must understand; anything else ends the walk. Returns
// where the upper-layer header starts (next is its protocol), or -1 when nothing follows to
// decode (a cut header or a later fragment).
int decodeIPv6Extensions(DecodeContext &c, DecodedLayer &ip, int o, quint8 &next)
{
    const char *extensionHeader = "IPv6 extension";
    int p = o + kIPv6HeaderBytes;
    for (int count = 0; count < kMaxIPv6ExtensionHeaders; ++count) {
        if (next == kIpProtoHopByHop || next == kIpProtoRouting || next == kIpProtoDestOptions) {
            if (!c.need(p, 2, extensionHeader))
                return -1;
            const int extensionLength = (c.u8(p + 1) + 1) * 8;
            if (!c.need(p, extensionLength, extensionHeader))
                return -1;
            c.addField(ip, ipProtocolName(next),
                       [&] { return QStringLiteral("Next Header: %1, Length: %2 (%3 bytes)")
                         .arg(ipProtocolText(c.u8(p))).arg(c.u8(p + 1)).arg(extensionLength); },
                     p, extensionLength);
            next = c.u8(p);
            p += extensionLength;
        } else if (next == kIpProtoFragment) {
            if (!c.need(p, kIPv6FragmentHeaderBytes, extensionHeader))
                return -1;
            const int fragmentOffset = c.be16(p + 2) & 0xfff8;
            const bool more = c.be16(p + 2) & 0x0001;
            const quint32 identification = c.be32(p + 4);
            c.addField(ip, ipProtocolName(next),
                       [&] { return QStringLiteral("Next Header: %1, Offset: %2, More Fragments: %3, Identification: %4")
                         .arg(ipProtocolText(c.u8(p))).arg(fragmentOffset)
                         .arg(more ? QStringLiteral("Yes") : QStringLiteral("No"), hex(identification, 8)); },
                     p, kIPv6FragmentHeaderBytes);
            next = c.u8(p);
            p += kIPv6FragmentHeaderBytes;
            if (fragmentOffset != 0) {
                ip.length = c.captured(o, p - o);
                c.result.info = QStringLiteral("IPv6 fragment (off=%1 more=%2 ident=%3 nxt=%4)")
                                    .arg(fragmentOffset)
                                    .arg(more ? QLatin1Char('y') : QLatin1Char('n'))
                                    .arg(hex(identification, 8))
                                    .arg(next);
                c.addData(p, c.end - p);
                return -1;
            }
        } else {
            break;
        }
    }
    return p;
}

} // namespace

QString ipProtocolText(quint8 protocol)
{
    return named(ipProtocolName(protocol), protocol);
}

void decodeIPv4(DecodeContext &c, int o)
{
    c.result.protocolName = QStringLiteral("IPv4");
    c.result.ipVersion = 4;
    DecodedLayer &ip = c.beginLayer(DecodedLayer::Network, QStringLiteral("Internet Protocol Version 4"),
                                    o, kIPv4MinHeaderBytes);
    IPv4Header h;
    if (!decodeIPv4Header(c, ip, o, h))
        return;
    const qint64 wireLeft = c.end - o;
    // Zero is what a capture of a TSO super-packet (or Linux BIG TCP) carries: Wireshark assumes
    // the frame's length, and so do we.
    qint64 packetLength = h.totalLength == 0 ? wireLeft : h.totalLength;
    if (packetLength < h.headerLength) {
        c.setInfoToProblem(QStringLiteral("Bogus IP length (%1, less than header length %2)")
                             .arg(h.totalLength).arg(h.headerLength));
        return;
    }
    if (packetLength > wireLeft) {
        c.markMalformed(QStringLiteral("IPv4 total length exceeds packet length (%1 bytes)").arg(wireLeft));
        packetLength = wireLeft;
    }
    c.end = o + packetLength;
    c.networkEnd = c.end;
    const int payload = o + h.headerLength;
    const qint64 payloadLength = packetLength - h.headerLength;
    if (h.fragmentOffset != 0) {
        // Only the first fragment carries the transport header; later ones are just bytes.
        c.result.info = QStringLiteral("Fragmented IP protocol (proto=%1 %2, off=%3, ID=%4)")
                            .arg(ipProtocolName(h.protocol).isEmpty() ? QStringLiteral("Unknown")
                                                                    : ipProtocolName(h.protocol))
                            .arg(h.protocol)
                            .arg(h.fragmentOffset)
                            .arg(h.identification, 4, 16, QLatin1Char('0'));
        c.addData(payload, payloadLength);
        return;
    }
    decodeIpPayload(c, h.protocol, payload, payloadLength, h.ttl,
                    QStringLiteral("IPv4 packet, protocol %1").arg(h.protocol));
}

void decodeIPv6(DecodeContext &c, int o)
{
    const char *header = "IPv6";
    c.result.protocolName = QStringLiteral("IPv6");
    c.result.ipVersion = 6;
    DecodedLayer &ip = c.beginLayer(DecodedLayer::Network, QStringLiteral("Internet Protocol Version 6"),
                                    o, kIPv6HeaderBytes);
    if (!c.need(o, 1, header))
        return;
    const int version = c.u8(o) >> 4;
    c.addField(ip, QStringLiteral("Version"), [&] { return QString::number(version); }, o, 1);
    if (version != 6) {
        c.setInfoToProblem(QStringLiteral("Bogus IPv6 version (%1, must be 6)").arg(version));
        return;
    }
    if (!c.need(o, 2, header))
        return;
    c.addField(ip, QStringLiteral("Traffic Class"), [&] { return dsFieldText(quint8(c.be16(o) >> 4)); }, o, 2);
    if (!c.need(o, 4, header))
        return;
    c.addField(ip, QStringLiteral("Flow Label"), [&] { return hex(c.be32(o) & 0xfffff, 5); }, o + 1, 3);
    if (!c.need(o + 4, 2, header))
        return;
    const quint16 payloadLength = c.be16(o + 4);
    c.addField(ip, QStringLiteral("Payload Length"), [&] { return QString::number(payloadLength); }, o + 4, 2);
    if (!c.need(o + 6, 1, header))
        return;
    quint8 next = c.u8(o + 6);
    c.addField(ip, QStringLiteral("Next Header"), [&] { return ipProtocolText(next); }, o + 6, 1);
    if (!c.need(o + 7, 1, header))
        return;
    c.addField(ip, QStringLiteral("Hop Limit"), [&] { return QString::number(c.u8(o + 7)); }, o + 7, 1);
    if (!c.need(o + 8, 16, header))
        return;
    const QHostAddress source(c.bytes + o + 8);
    c.addField(ip, QStringLiteral("Source Address"), [&] { return source.toString(); }, o + 8, 16);
    c.result.source = Endpoint(source, 0);
    if (!c.need(o + 24, 16, header))
        return;
    const QHostAddress destination(c.bytes + o + 24);
    c.addField(ip, QStringLiteral("Destination Address"), [&] { return destination.toString(); }, o + 24, 16);
    c.result.destination = Endpoint(destination, 0);

    const qint64 wireLeft = c.end - o - kIPv6HeaderBytes;
    // Zero with something following is a jumbogram or a Linux BIG TCP packet: the frame says
    // how long it is.
    qint64 length = (payloadLength == 0 && next != kIpProtoNoNext) ? wireLeft : payloadLength;
    if (length > wireLeft) {
        c.markMalformed(QStringLiteral("IPv6 payload length exceeds framing length (%1 bytes)").arg(wireLeft));
        length = wireLeft;
    }
    c.end = o + kIPv6HeaderBytes + length;
    c.networkEnd = c.end;

    const int p = decodeIPv6Extensions(c, ip, o, next);
    if (p < 0)
        return;
    // The IPv6 item covers its extension headers, as in Wireshark's tree.
    ip.length = c.captured(o, p - o);
    decodeIpPayload(c, next, p, c.end - p, c.u8(o + 7), QStringLiteral("IPv6 packet, next header %1").arg(next));
}

} // namespace PacketDissection
