#include "network/capture/dissectors.h"

#include <QHostAddress>
#include <QStringList>

#include <initializer_list>

// ICMPv6 (RFC 4443, neighbor discovery RFC 4861) with Wireshark's words (packet-icmpv6.c):
// "Destination Unreachable (Port unreachable)", "Echo (ping) request id=0x0001, seq=1, hop
// limit=64", "Neighbor Solicitation for fe80::1". An error quotes as much of the datagram it is
// about as fits: its IPv6 header and ports say which socket it concerns.
namespace PacketDissection {

namespace {

constexpr int kIcmpv6HeaderBytes = 8;
constexpr int kIPv6HeaderBytes = 40;
constexpr int kAddressBytes = 16;

constexpr quint8 kUnreachable = 1;
constexpr quint8 kPacketTooBig = 2;
constexpr quint8 kTimeExceeded = 3;
constexpr quint8 kParameterProblem = 4;
constexpr quint8 kEchoRequest = 128;
constexpr quint8 kEchoReply = 129;
constexpr quint8 kNeighborSolicitation = 135;
constexpr quint8 kNeighborAdvertisement = 136;

QString typeName(quint8 type)
{
    switch (type) {
    case kUnreachable: return QStringLiteral("Destination Unreachable");
    case kPacketTooBig: return QStringLiteral("Packet Too Big");
    case kTimeExceeded: return QStringLiteral("Time Exceeded");
    case kParameterProblem: return QStringLiteral("Parameter Problem");
    case kEchoRequest: return QStringLiteral("Echo (ping) request");
    case kEchoReply: return QStringLiteral("Echo (ping) reply");
    case 130: return QStringLiteral("Multicast Listener Query");
    case 131: return QStringLiteral("Multicast Listener Report");
    case 132: return QStringLiteral("Multicast Listener Done");
    case 133: return QStringLiteral("Router Solicitation");
    case 134: return QStringLiteral("Router Advertisement");
    case kNeighborSolicitation: return QStringLiteral("Neighbor Solicitation");
    case kNeighborAdvertisement: return QStringLiteral("Neighbor Advertisement");
    case 137: return QStringLiteral("Redirect");
    case 143: return QStringLiteral("Multicast Listener Report Message v2");
    default: return QStringLiteral("Unknown (%1)").arg(type);
    }
}

// Empty for the types Wireshark names no code of.
QString codeName(quint8 type, quint8 code)
{
    const auto pick = [code](std::initializer_list<const char *> names, const QString &unknown) {
        return code < names.size() ? QLatin1String(*(names.begin() + code)) : unknown;
    };
    switch (type) {
    case kUnreachable:
        return pick({ "no route to destination", "Administratively prohibited",
                      "Beyond scope of source address", "Address unreachable", "Port unreachable",
                      "Source address failed ingress/egress policy", "Reject route to destination",
                      "Error in Source Routing Header" }, QStringLiteral("Unknown"));
    case kTimeExceeded:
        return pick({ "hop limit exceeded in transit", "fragment reassembly time exceeded" },
                    QStringLiteral("Unknown (%1)").arg(code));
    case kParameterProblem:
        return pick({ "erroneous header field encountered", "unrecognized Next Header type encountered",
                      "unrecognized IPv6 option encountered",
                      "IPv6 First Fragment has incomplete IPv6 Header Chain" },
                    QStringLiteral("Unknown (%1)").arg(code));
    default:
        return {};
    }
}

// The checksum covers a pseudo-header: both addresses, the length and the next header (58).
quint32 pseudoHeaderSum(const DecodeContext &c, qint64 length)
{
    quint32 sum = 0;
    for (const Endpoint *end : { &c.result.source, &c.result.destination }) {
        const Q_IPV6ADDR address = end->address.toIPv6Address();
        for (int i = 0; i < kAddressBytes; i += 2)
            sum += quint32(address.c[i]) << 8 | address.c[i + 1];
    }
    return sum + quint32(length >> 16) + quint32(length & 0xffff) + kIpProtoIcmpv6;
}

// The quoted IPv6 header: its addresses, then the ports of what it carried (no extension headers:
// a student's datagram has none).
void decodeQuotedIPv6(DecodeContext &c, DecodedLayer &icmp, int q)
{
    if (c.fit(q, kIPv6HeaderBytes) != DecodeContext::Fit::Whole || (c.u8(q) >> 4) != 6)
        return;
    const quint8 next = c.u8(q + 6);
    const QHostAddress source(c.bytes + q + 8);
    const QHostAddress destination(c.bytes + q + 24);
    c.addField(icmp, QStringLiteral("Internet Protocol Version 6"), [&] {
        return QStringLiteral("Src: %1, Dst: %2, Next Header: %3")
            .arg(source.toString(), destination.toString(), ipProtocolText(next));
    }, q, kIPv6HeaderBytes);
    c.result.quotedSource = Endpoint(source, 0);
    c.result.quotedDestination = Endpoint(destination, 0);
    decodeQuotedPorts(c, icmp, next, q + kIPv6HeaderBytes);
}

void decodeEcho(DecodeContext &c, DecodedLayer &icmp, int o, quint8 hopLimit)
{
    const quint16 identifier = c.be16(o + 4);
    const quint16 sequence = c.be16(o + 6);
    c.addField(icmp, QStringLiteral("Identifier"), [&] { return hex(identifier, 4); }, o + 4, 2);
    c.addField(icmp, QStringLiteral("Sequence"), [&] { return QString::number(sequence); }, o + 6, 2);
    c.result.info += QStringLiteral(" id=%1, seq=%2, hop limit=%3").arg(hex(identifier, 4)).arg(sequence).arg(hopLimit);
}

// Neighbor discovery: which address is asked about (solicitation) or announced (advertisement).
void decodeNeighbor(DecodeContext &c, DecodedLayer &icmp, int o, quint8 type)
{
    const int target = o + kIcmpv6HeaderBytes;
    if (type == kNeighborAdvertisement) {
        const quint8 flags = c.u8(o + 4);
        c.addField(icmp, QStringLiteral("Flags"), [&] { return hex(c.be32(o + 4), 8); }, o + 4, 4);
        QStringList set;
        if (flags & 0x80)
            set << QStringLiteral("rtr");
        if (flags & 0x40)
            set << QStringLiteral("sol");
        if (flags & 0x20)
            set << QStringLiteral("ovr");
        if (!c.need(target, kAddressBytes, "ICMPv6"))
            return;
        const QString address = QHostAddress(c.bytes + target).toString();
        c.result.info += QLatin1Char(' ') + address;
        if (!set.isEmpty())
            c.result.info += QStringLiteral(" (%1)").arg(set.join(QStringLiteral(", ")));
    } else {
        c.addField(icmp, QStringLiteral("Reserved"), [&] { return c.hexText(o + 4, 4); }, o + 4, 4);
        if (!c.need(target, kAddressBytes, "ICMPv6"))
            return;
        c.result.info += QStringLiteral(" for ") + QHostAddress(c.bytes + target).toString();
    }
    c.addField(icmp, QStringLiteral("Target Address"),
               [&] { return QHostAddress(c.bytes + target).toString(); }, target, kAddressBytes);
}

IcmpNames icmpv6Names(quint8 type, quint8 code)
{
    return { typeName(type), codeName(type, code), QStringLiteral("%1 (%2)").arg(typeName(type)).arg(type) };
}

} // namespace

void decodeIcmpv6(DecodeContext &c, int o, quint8 hopLimit)
{
    c.result.protocolName = QStringLiteral("ICMPv6");
    DecodedLayer &icmp = c.beginLayer(DecodedLayer::Network, QStringLiteral("Internet Control Message Protocol v6"),
                                      o, c.end - o);
    const qint64 length = c.end - o;
    if (!decodeIcmpHeader(c, icmp, o, "ICMPv6", icmpv6Names, pseudoHeaderSum(c, length)))
        return;
    const quint8 type = c.u8(o);
    switch (type) {
    case kEchoRequest:
    case kEchoReply:
        decodeEcho(c, icmp, o, hopLimit);
        c.addData(o + kIcmpv6HeaderBytes, length - kIcmpv6HeaderBytes);
        return;
    case kNeighborSolicitation:
    case kNeighborAdvertisement:
        decodeNeighbor(c, icmp, o, type);
        return;
    case kPacketTooBig:
        c.addField(icmp, QStringLiteral("MTU"), [&] { return QString::number(c.be32(o + 4)); }, o + 4, 4);
        break;
    case kParameterProblem:
        c.addField(icmp, QStringLiteral("Pointer"), [&] { return QString::number(c.be32(o + 4)); }, o + 4, 4);
        break;
    default:
        c.addField(icmp, QStringLiteral("Reserved"), [&] { return c.hexText(o + 4, 4); }, o + 4, 4);
        break;
    }
    if (type < kEchoRequest) // error messages (types 0 to 127) quote the offending datagram
        decodeQuotedIPv6(c, icmp, o + kIcmpv6HeaderBytes);
}

} // namespace PacketDissection
