#pragma once

#include "network/labevent.h"

#include <QString>

// The filters a page captures and shows its traffic with: its transport on its port, and for
// UDP also the ICMP / ICMPv6 errors about that port (a datagram to a closed port comes back as
// "port unreachable", the lesson UDP cannot teach without it).
struct TrafficFilter
{
    QString capture;  // BPF, for libpcap and dumpcap
    QString display;  // Wireshark's display filter for the same packets

    static TrafficFilter forPort(Transport transport, quint16 port);
};
