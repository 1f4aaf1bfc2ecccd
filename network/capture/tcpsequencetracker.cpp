#include "network/capture/tcpsequencetracker.h"

#include <QtEndian>

namespace {
constexpr int kNoScaling = -2; // the SYN carried no window scale option
// RFC 7323 section 2.3: a shift above 14 is used as 14.
constexpr int kMaxWindowShift = 14;
} // namespace

TcpSequenceTracker::Relative TcpSequenceTracker::relative(const DecodedPacket &packet)
{
    if (packet.transport != DecodedPacket::Tcp)
        return {packet.sequence, packet.acknowledgment, packet.window};

    const QByteArray forward = directionKey(packet.source, packet.destination);
    const QByteArray reverse = directionKey(packet.destination, packet.source);
    const bool syn = packet.flags & DecodedPacket::Syn;
    const bool ack = packet.flags & DecodedPacket::Ack;

    // A retransmitted SYN carries the same ISN; another ISN means a new connection on the same
    // ports (Wireshark's "TCP port numbers reused").
    if (syn && !ack) {
        const auto known = m_bases.constFind(forward);
        if (known != m_bases.constEnd() && *known != packet.sequence) {
            m_bases.remove(forward);
            m_bases.remove(reverse);
            m_shifts.remove(reverse);
        }
    }
    if (!m_bases.contains(forward))
        m_bases.insert(forward, syn ? packet.sequence : packet.sequence - 1);
    if (ack && !m_bases.contains(reverse))
        m_bases.insert(reverse, packet.acknowledgment - 1);

    Relative numbers;
    numbers.seq = packet.sequence - m_bases.value(forward);
    numbers.ack = ack ? packet.acknowledgment - m_bases.value(reverse) : packet.acknowledgment;
    numbers.window = scaledWindow(packet, forward, reverse);
    return numbers;
}

quint32 TcpSequenceTracker::scaledWindow(const DecodedPacket &packet, const QByteArray &forward,
                                         const QByteArray &reverse)
{
    if (packet.flags & DecodedPacket::Syn) {
        m_shifts.insert(forward, packet.windowScale >= 0 ? qMin(packet.windowScale, kMaxWindowShift) : kNoScaling);
        return packet.window; // a SYN's window is never scaled
    }
    const int shift = m_shifts.value(forward, -1);
    const int otherShift = m_shifts.value(reverse, -1);
    if (shift < 0 || otherShift < 0)
        return packet.window; // unknown (no SYN seen) or not in use
    return quint32(packet.window) << shift;
}

void TcpSequenceTracker::clear()
{
    m_bases.clear();
    m_shifts.clear();
}

// Both addresses as 16 bytes (IPv4 mapped into IPv6) and both ports: one key per direction.
QByteArray TcpSequenceTracker::directionKey(const Endpoint &from, const Endpoint &to)
{
    QByteArray key;
    key.reserve(2 * (16 + 2));
    for (const Endpoint *end : {&from, &to}) {
        const Q_IPV6ADDR address = end->address.toIPv6Address();
        key.append(reinterpret_cast<const char *>(address.c), 16);
        uchar port[2];
        qToBigEndian<quint16>(end->port, port);
        key.append(reinterpret_cast<const char *>(port), 2);
    }
    return key;
}
