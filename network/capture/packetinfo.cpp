#include "network/capture/packetinfo.h"

#include <QStringList>

namespace {

constexpr int kMinTcpHeaderBytes = 20;
// RFC 7323 section 2.3: a shift above 14 is used as 14 (and Wireshark's WS= says so).
constexpr int kMaxWindowShift = 14;

constexpr quint8 kTcpOptionMss = 2;
constexpr quint8 kTcpOptionWindowScale = 3;
constexpr quint8 kTcpOptionSackPermitted = 4;
constexpr quint8 kTcpOptionSack = 5;
constexpr quint8 kTcpOptionTimestamps = 8;

const QString kTruncatedMarker = QStringLiteral(" [Packet size limited during capture]");
const QString kMalformedMarker = QStringLiteral(" [Malformed Packet]");

QString ports(const DecodedPacket &packet)
{
    return QString::number(packet.source.port) + QStringLiteral(" \u2192 ")
        + QString::number(packet.destination.port);
}

// A packet built by hand (a model test) may fill the summary without the option order; Linux's
// SYN order is the one a student sees on loopback.
QByteArray optionOrder(const DecodedPacket &packet)
{
    if (!packet.tcpOptionKinds.isEmpty())
        return packet.tcpOptionKinds;
    QByteArray kinds;
    if (packet.mss >= 0)
        kinds.append(char(kTcpOptionMss));
    if (packet.sackPermitted)
        kinds.append(char(kTcpOptionSackPermitted));
    if (packet.hasTimestamps)
        kinds.append(char(kTcpOptionTimestamps));
    if (packet.windowScale >= 0)
        kinds.append(char(kTcpOptionWindowScale));
    if (!packet.sackEdges.isEmpty())
        kinds.append(char(kTcpOptionSack));
    return kinds;
}

QString tcpInfo(const DecodedPacket &packet, const TcpSequenceTracker::Relative &relative)
{
    const quint32 relativeSeq = relative.seq;
    const quint32 relativeAck = relative.ack;
    QString text = ports(packet) + QStringLiteral(" [") + tcpFlagsText(packet.flags)
        + QStringLiteral("] Seq=") + QString::number(relativeSeq);
    if (packet.flags & DecodedPacket::Ack)
        text += QStringLiteral(" Ack=") + QString::number(relativeAck);
    text += QStringLiteral(" Win=") + QString::number(relative.window);
    if (packet.tcpHeaderLength >= 0 && packet.tcpHeaderLength < kMinTcpHeaderBytes) {
        // Wireshark stops here: without a header length there is no Len= and no options.
        return text + QStringLiteral(", bogus TCP header length (%1, must be at least %2)")
                          .arg(packet.tcpHeaderLength).arg(kMinTcpHeaderBytes);
    }
    if (packet.flags & DecodedPacket::Urg)
        text += QStringLiteral(" Urg=") + QString::number(packet.urgentPointer);
    text += QStringLiteral(" Len=") + QString::number(packet.payloadLength);

    // SACK edges are relative to the base of the other direction, the one Ack= is relative to.
    const quint32 sackBase = packet.acknowledgment - relativeAck;
    bool sackShown = false;
    const QByteArray kinds = optionOrder(packet);
    for (const char kind : kinds) {
        switch (quint8(kind)) {
        case kTcpOptionMss:
            if (packet.mss >= 0)
                text += QStringLiteral(" MSS=") + QString::number(packet.mss);
            break;
        case kTcpOptionWindowScale:
            if (packet.windowScale >= 0)
                text += QStringLiteral(" WS=") + QString::number(1u << qMin(packet.windowScale, kMaxWindowShift));
            break;
        case kTcpOptionSackPermitted:
            text += QStringLiteral(" SACK_PERM");
            break;
        case kTcpOptionSack:
            if (sackShown)
                break;
            sackShown = true;
            for (int i = 0; i + 1 < packet.sackEdges.size(); i += 2) {
                text += QStringLiteral(" SLE=") + QString::number(packet.sackEdges.at(i) - sackBase)
                    + QStringLiteral(" SRE=") + QString::number(packet.sackEdges.at(i + 1) - sackBase);
            }
            break;
        case kTcpOptionTimestamps:
            if (packet.hasTimestamps) {
                text += QStringLiteral(" TSval=") + QString::number(packet.timestampValue)
                    + QStringLiteral(" TSecr=") + QString::number(packet.timestampEcho);
            }
            break;
        default:
            break;   // NOP, EOL and the rest add nothing to Wireshark's Info
        }
    }
    return text;
}

} // namespace

QString tcpFlagsText(quint8 flags)
{
    // Wireshark's words and order (packet-tcp.c, tcp_flags_to_str): bit 0 first, "ECN" for ECE.
    static const char *const names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECN", "CWR"};
    QStringList set;
    for (int bit = 0; bit < 8; ++bit) {
        if (flags & (1u << bit))
            set << QLatin1String(names[bit]);
    }
    return set.isEmpty() ? QStringLiteral("<None>") : set.join(QStringLiteral(", "));
}

QString wiresharkInfo(const DecodedPacket &packet, quint32 relativeSeq, quint32 relativeAck)
{
    return wiresharkInfo(packet, TcpSequenceTracker::Relative { relativeSeq, relativeAck, packet.window });
}

QString wiresharkInfo(const DecodedPacket &packet, const TcpSequenceTracker::Relative &relative)
{
    QString text;
    switch (packet.transport) {
    case DecodedPacket::Tcp:
        text = tcpInfo(packet, relative);
        break;
    case DecodedPacket::Udp:
        // The decoder words a bogus length the way Wireshark does; otherwise the summary says it.
        if (!packet.info.isEmpty())
            return packet.info;
        text = ports(packet) + QStringLiteral(" Len=") + QString::number(packet.payloadLength);
        break;
    case DecodedPacket::OtherTransport:
        return packet.info;   // the decoder already added Wireshark's markers
    }
    // What Wireshark appends when dissecting stopped at an exception. A bogus TCP header length
    // is no exception: tcpInfo() already worded it.
    const bool bogusTcpHeaderLength = packet.transport == DecodedPacket::Tcp
        && packet.tcpHeaderLength >= 0 && packet.tcpHeaderLength < kMinTcpHeaderBytes;
    if (packet.truncated)
        text += kTruncatedMarker;
    else if (packet.malformed && !bogusTcpHeaderLength)
        text += kMalformedMarker;
    return text;
}
