#include "network/capture/trafficfilter.h"

// An ICMP error quotes the IP header and the first 8 bytes of the datagram it is about (RFC 792,
// RFC 4443). Offsets assume what the lab's datagrams are: an IPv4 header without options
// (20 bytes) and an IPv6 header without extension headers (40 bytes).
// ICMP:   icmp[0] type (3: destination unreachable); the quoted IPv4 header at icmp[8], its UDP
//         ports at icmp[28:2] (source) and icmp[30:2] (destination).
// ICMPv6: ip6[6] next header (58: ICMPv6, no extension headers); type at ip6[40] (1: destination
//         unreachable); the quoted IPv6 header at ip6[48], its UDP ports at ip6[88:2] and ip6[90:2].
// Both ports: a client's datagram quotes the page's port as destination, a server's reply as source.
TrafficFilter TrafficFilter::forPort(Transport transport, quint16 port)
{
    const QString p = QString::number(port);
    if (transport == Transport::Tcp)
        return { QStringLiteral("tcp port %1").arg(p), QStringLiteral("tcp.port == %1").arg(p) };
    const QString icmp = QStringLiteral("(icmp[0] = 3 and (icmp[28:2] = %1 or icmp[30:2] = %1))").arg(p);
    const QString icmpv6 = QStringLiteral("(ip6[6] = 58 and ip6[40] = 1 and (ip6[88:2] = %1 or ip6[90:2] = %1))").arg(p);
    // Wireshark dissects the datagram an ICMP error quotes: udp.port matches those errors too.
    return { QStringLiteral("udp port %1 or %2 or %3").arg(p, icmp, icmpv6), QStringLiteral("udp.port == %1").arg(p) };
}
