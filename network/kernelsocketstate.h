#pragma once

#include <QString>

// A socket's state as the kernel reports it (Linux's sock_diag and /proc, Windows's
// GetExtendedTcpTable). Compared as values; the names exist only to be shown.
enum class KernelSocketState {
    Unknown,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
    Closed,
    UdpUnconnected, // a UDP socket bound to a port
    UdpConnected    // a UDP socket after connect(): it has a default peer
};

// The one name table: "LISTEN", "SYN-SENT", "SYN-RECV", "ESTABLISHED", "FIN-WAIT-1",
// "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT", "CLOSED"; UDP: "UNCONN",
// "ESTAB" (as ss and netstat print them); "UNKNOWN". Never translated.
QString kernelSocketStateName(KernelSocketState state);
