#pragma once

#include "network/capture/decodedpacket.h"

#include <QByteArray>
#include <QHash>

// Wireshark's "relative sequence numbers": per direction of each TCP connection (4-tuple), the
// base is the ISN when the SYN is seen (so the SYN shows Seq=0), otherwise one less than the
// first sequence number seen (so a capture started mid-connection shows Seq=1, as Wireshark
// does); an ACK also teaches the other direction's base (ack - 1) if it is not known yet. Ack=
// is relative to the other direction's base. A new SYN with another ISN on a known 4-tuple is a
// new connection (the ports were reused) and starts over.
// Window scaling as Wireshark applies it: each direction's SYN (or SYN-ACK) announces its shift;
// later segments of that direction are scaled when both did.
// Feed packets in capture order; relative() remembers the bases it learns.
class TcpSequenceTracker
{
public:
    struct Relative
    {
        quint32 seq = 0;
        quint32 ack = 0;
        // The window as Wireshark's Win= shows it: the header's value shifted by the sender's
        // window scale once both SYNs said it is in use (RFC 7323: never in a SYN); the raw
        // value while the scale is unknown (capture started mid-connection) or unused.
        quint32 window = 0;
    };

    // Relative numbers for a TCP packet; a packet that is not TCP gets its raw numbers back.
    Relative relative(const DecodedPacket &packet);
    // Forgets every connection (the packet list was cleared).
    void clear();

private:
    static QByteArray directionKey(const Endpoint &from, const Endpoint &to);

    quint32 scaledWindow(const DecodedPacket &packet, const QByteArray &forward, const QByteArray &reverse);

    QHash<QByteArray, quint32> m_bases;   // direction key -> base sequence number
    QHash<QByteArray, int> m_shifts;      // direction key -> its SYN's window shift, kNoScaling without one
};
