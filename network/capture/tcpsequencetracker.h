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
// Feed packets in capture order; relative() remembers the bases it learns.
class TcpSequenceTracker
{
public:
    struct Relative
    {
        quint32 seq = 0;
        quint32 ack = 0;
    };

    // Relative numbers for a TCP packet; a packet that is not TCP gets its raw numbers back.
    Relative relative(const DecodedPacket &packet);
    // Forgets every connection (the packet list was cleared).
    void clear();

private:
    static QByteArray directionKey(const Endpoint &from, const Endpoint &to);

    QHash<QByteArray, quint32> m_bases;   // direction key -> base sequence number
};
