#include "network/capture/dissectors.h"

#include <QHostAddress>

#include <initializer_list>
#include <iterator>

// ICMP (RFC 792) with Wireshark's words (packet-icmp.c): "Destination unreachable (Port
// unreachable)", "Echo (ping) request  id=0x0001, seq=1/256, ttl=64". An error quotes the IP
// header and the first 8 bytes of the datagram it is about: its ports say which socket it concerns.
namespace PacketDissection {

namespace {

constexpr int kIcmpHeaderBytes = 8;
constexpr int kIPv4MinHeaderBytes = 20;
constexpr int kQuotedPortBytes = 4;

constexpr quint8 kEchoReply = 0;
constexpr quint8 kUnreachable = 3;
constexpr quint8 kSourceQuench = 4;
constexpr quint8 kRedirect = 5;
constexpr quint8 kEcho = 8;
constexpr quint8 kTimeExceeded = 11;
constexpr quint8 kParameterProblem = 12;
constexpr quint8 kTimestamp = 13;
constexpr quint8 kTimestampReply = 14;
constexpr quint8 kFragmentationNeeded = 4; // an unreachable code

QString typeName(quint8 type)
{
    switch (type) {
    case kEchoReply: return QStringLiteral("Echo (ping) reply");
    case kUnreachable: return QStringLiteral("Destination unreachable");
    case kSourceQuench: return QStringLiteral("Source quench (flow control)");
    case kRedirect: return QStringLiteral("Redirect");
    case 6: return QStringLiteral("Alternate host address");
    case kEcho: return QStringLiteral("Echo (ping) request");
    case 9: return QStringLiteral("Router advertisement");
    case 10: return QStringLiteral("Router solicitation");
    case kTimeExceeded: return QStringLiteral("Time-to-live exceeded");
    case kParameterProblem: return QStringLiteral("Parameter problem");
    case kTimestamp: return QStringLiteral("Timestamp request");
    case kTimestampReply: return QStringLiteral("Timestamp reply");
    case 15: return QStringLiteral("Information request");
    case 16: return QStringLiteral("Information reply");
    case 17: return QStringLiteral("Address mask request");
    case 18: return QStringLiteral("Address mask reply");
    default: return QStringLiteral("Unknown ICMP (obsolete or malformed?)");
    }
}

QString unreachableCodeName(quint8 code)
{
    static const char *const names[] = {
        "Network unreachable", "Host unreachable", "Protocol unreachable", "Port unreachable",
        "Fragmentation needed", "Source route failed", "Destination network unknown",
        "Destination host unknown", "Source host isolated", "Network administratively prohibited",
        "Host administratively prohibited", "Network unreachable for TOS", "Host unreachable for TOS",
        "Communication administratively filtered", "Host precedence violation",
        "Precedence cutoff in effect",
    };
    return code < std::size(names) ? QLatin1String(names[code]) : QStringLiteral("Unknown code: %1").arg(code);
}

// Empty for the types Wireshark names no code of.
QString codeName(quint8 type, quint8 code)
{
    const auto pick = [code](std::initializer_list<const char *> names) {
        return code < names.size() ? QLatin1String(*(names.begin() + code))
                                   : QStringLiteral("Unknown code: %1").arg(code);
    };
    switch (type) {
    case kUnreachable:
        return unreachableCodeName(code);
    case kRedirect:
        return pick({ "Redirect for network", "Redirect for host", "Redirect for TOS and network",
                      "Redirect for TOS and host" });
    case kTimeExceeded:
        return pick({ "Time to live exceeded in transit", "Fragment reassembly time exceeded" });
    case kParameterProblem:
        return pick({ "Pointer indicates the error", "Required option missing", "Bad length" });
    default:
        return {};
    }
}

bool quotesADatagram(quint8 type)
{
    return type == kUnreachable || type == kTimeExceeded || type == kParameterProblem
        || type == kSourceQuench || type == kRedirect;
}

bool isEchoLike(quint8 type)
{
    return type == kEchoReply || type == kEcho || type == kTimestamp || type == kTimestampReply
        || (type >= 15 && type <= 18);
}

// The quoted IPv4 header: its addresses and protocol, then that protocol's ports.
void decodeQuotedIPv4(DecodeContext &c, DecodedLayer &icmp, int q)
{
    if (c.fit(q, kIPv4MinHeaderBytes) != DecodeContext::Fit::Whole || (c.u8(q) >> 4) != 4)
        return;
    const int headerLength = (c.u8(q) & 0x0f) * 4;
    if (headerLength < kIPv4MinHeaderBytes)
        return;
    const quint8 protocol = c.u8(q + 9);
    const QHostAddress source(c.be32(q + 12));
    const QHostAddress destination(c.be32(q + 16));
    c.addField(icmp, QStringLiteral("Internet Protocol Version 4"), [&] {
        return QStringLiteral("Src: %1, Dst: %2, Protocol: %3")
            .arg(source.toString(), destination.toString(), ipProtocolText(protocol));
    }, q, c.captured(q, headerLength));
    c.result.quotedSource = Endpoint(source, 0);
    c.result.quotedDestination = Endpoint(destination, 0);
    decodeQuotedPorts(c, icmp, protocol, q + headerLength);
}

void addIdentifierAndSequence(DecodeContext &c, DecodedLayer &icmp, int o)
{
    const auto bigAndLittle = [&](const QString &name, int offset) {
        const quint16 big = c.be16(offset);
        const quint16 little = quint16((big >> 8) | (big << 8));
        c.addField(icmp, name + QStringLiteral(" (BE)"),
                   [&] { return QStringLiteral("%1 (%2)").arg(big).arg(hex(big, 4)); }, offset, 2);
        c.addField(icmp, name + QStringLiteral(" (LE)"),
                   [&] { return QStringLiteral("%1 (%2)").arg(little).arg(hex(little, 4)); }, offset, 2);
    };
    bigAndLittle(QStringLiteral("Identifier"), o + 4);
    bigAndLittle(QStringLiteral("Sequence Number"), o + 6);
}

} // namespace

void decodeQuotedPorts(DecodeContext &c, DecodedLayer &layer, quint8 protocol, int offset)
{
    const bool tcp = protocol == kIpProtoTcp;
    if ((!tcp && protocol != kIpProtoUdp) || c.fit(offset, kQuotedPortBytes) != DecodeContext::Fit::Whole)
        return;
    c.result.quotedTransport = tcp ? DecodedPacket::Tcp : DecodedPacket::Udp;
    c.result.quotedSource.port = c.be16(offset);
    c.result.quotedDestination.port = c.be16(offset + 2);
    c.addField(layer, tcp ? QStringLiteral("Transmission Control Protocol") : QStringLiteral("User Datagram Protocol"),
               [&] { return QStringLiteral("Src Port: %1, Dst Port: %2")
                         .arg(c.result.quotedSource.port).arg(c.result.quotedDestination.port); },
               offset, kQuotedPortBytes);
}

namespace {

// "0x1c46 [correct]" or "0x0000 incorrect, should be 0x1c46", as Wireshark words it.
QString checksumText(DecodeContext &c, int offset, qint64 length, quint32 pseudoHeaderSum, int checksumOffset)
{
    const quint16 stored = c.be16(checksumOffset);
    if (c.fit(offset, length) != DecodeContext::Fit::Whole)
        return hex(stored, 4) + QStringLiteral(" [unverified]");
    quint32 sum = pseudoHeaderSum;
    for (qint64 i = 0; i + 1 < length; i += 2)
        sum += c.be16(int(offset + i));
    if (length % 2)
        sum += quint32(c.u8(int(offset + length - 1))) << 8;
    sum -= stored; // the sum the sender computed, with the checksum field as zero
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    const quint16 expected = quint16(~sum);
    return expected == stored ? hex(stored, 4) + QStringLiteral(" [correct]")
                              : hex(stored, 4) + QStringLiteral(" incorrect, should be ") + hex(expected, 4);
}

IcmpNames icmpNames(quint8 type, quint8 code)
{
    return { typeName(type), codeName(type, code), QStringLiteral("%1 (%2)").arg(type).arg(typeName(type)) };
}

} // namespace

bool decodeIcmpHeader(DecodeContext &c, DecodedLayer &layer, int o, const char *header,
                      IcmpNames (*namesOf)(quint8 type, quint8 code), quint32 pseudoHeaderSum)
{
    if (!c.need(o, 2, header))
        return false;
    const quint8 type = c.u8(o);
    const quint8 code = c.u8(o + 1);
    c.result.icmpType = type;
    c.result.icmpCode = code;
    const IcmpNames names = namesOf(type, code);
    c.result.info = names.code.isEmpty() ? names.type : QStringLiteral("%1 (%2)").arg(names.type, names.code);
    c.addField(layer, QStringLiteral("Type"), [&] { return names.typeField; }, o, 1);
    c.addField(layer, QStringLiteral("Code"), [&] {
        return names.code.isEmpty() ? QString::number(code) : QStringLiteral("%1 (%2)").arg(code).arg(names.code);
    }, o + 1, 1);
    if (!c.need(o + 2, 2, header))
        return false;
    const qint64 length = c.end - o;
    c.addField(layer, QStringLiteral("Checksum"),
               [&] { return checksumText(c, o, length, pseudoHeaderSum, o + 2); }, o + 2, 2);
    return c.need(o + 4, 4, header);
}

void decodeIcmp(DecodeContext &c, int o, quint8 ttl)
{
    c.result.protocolName = QStringLiteral("ICMP");
    DecodedLayer &icmp = c.beginLayer(DecodedLayer::Network, QStringLiteral("Internet Control Message Protocol"),
                                      o, c.end - o);
    if (!decodeIcmpHeader(c, icmp, o, "ICMP", icmpNames, 0))
        return;
    const quint8 type = c.u8(o);
    const quint8 code = c.u8(o + 1);
    if (isEchoLike(type)) {
        addIdentifierAndSequence(c, icmp, o);
        // Wireshark pads the type to 20 characters: "Echo (ping) request  id=...".
        c.result.info = c.result.info.leftJustified(20) + QStringLiteral(" id=%1, seq=%2/%3, ttl=%4")
                             .arg(hex(c.be16(o + 4), 4)).arg(c.be16(o + 6))
                             .arg(quint16((c.be16(o + 6) >> 8) | (c.be16(o + 6) << 8))).arg(ttl);
        c.addData(o + kIcmpHeaderBytes, c.end - o - kIcmpHeaderBytes);
        return;
    }
    if (type == kUnreachable && code == kFragmentationNeeded) {
        c.addField(icmp, QStringLiteral("Unused"), [&] { return c.hexText(o + 4, 2); }, o + 4, 2);
        c.addField(icmp, QStringLiteral("MTU of next hop"), [&] { return QString::number(c.be16(o + 6)); }, o + 6, 2);
    } else if (type == kRedirect) {
        c.addField(icmp, QStringLiteral("Gateway Address"), [&] { return QHostAddress(c.be32(o + 4)).toString(); }, o + 4, 4);
    } else {
        c.addField(icmp, QStringLiteral("Unused"), [&] { return c.hexText(o + 4, 4); }, o + 4, 4);
    }
    if (quotesADatagram(type))
        decodeQuotedIPv4(c, icmp, o + kIcmpHeaderBytes);
}

} // namespace PacketDissection
