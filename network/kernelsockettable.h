#pragma once

#include "network/endpoint.h"
#include "network/kernelsocketstate.h"
#include "network/labevent.h"

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>

// One socket as the kernel reports it, the way `ss -tanp` (Linux) or `netstat -ano` (Windows)
// shows it.
struct KernelSocket
{
    Transport transport = Transport::Tcp;
    // remote is 0.0.0.0:0 or [::]:0 for LISTEN and unconnected UDP, as the kernel reports it.
    Endpoint local;
    Endpoint remote;
    KernelSocketState state = KernelSocketState::Unknown; // kernelSocketStateName() shows it
    // Bytes not yet acknowledged by the peer / not yet read by the program. For LISTEN:
    // receiveQueue = connections waiting for accept(), sendQueue = the backlog limit (netlink
    // only: /proc/net/tcp prints 0 there, see read()).
    quint32 sendQueue = 0;
    quint32 receiveQueue = 0;
    quint64 inode = 0;  // Linux; 0: no process holds it (TIME-WAIT, SYN-RECV, closed, or not accepted yet)
    // A TCP connection the kernel completed (ESTABLISHED, or CLOSE-WAIT when the client already
    // closed) that no process has accepted yet: inode 0 while a LISTEN socket on the same local
    // port (and address, or the wildcard) exists.
    bool waitingInBacklog = false;
    // The owner when this user may see it (one of them, when processes share the socket).
    qint64 pid = -1;
    QString process;  // Linux: /proc/<pid>/comm (at most 15 characters, as in ss); Windows: the .exe name

    // Transport, local and remote: the identity of a socket across polls. Not unique in
    // general: SO_REUSEPORT lets sockets share a local address with no remote.
    QString key() const;

    friend bool operator==(const KernelSocket &a, const KernelSocket &b);
    friend bool operator!=(const KernelSocket &a, const KernelSocket &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(KernelSocket)
Q_DECLARE_METATYPE(QList<KernelSocket>)

// The kernel's TCP and UDP sockets: kernelsockettable_linux.cpp (netlink sock_diag, /proc) or
// kernelsockettable_win.cpp (GetExtendedTcpTable / GetExtendedUdpTable). Stateless for the caller; read() keeps a small
// cache of socket owners inside, guarded by a mutex, so it may be called from any thread.
class KernelSocketTable
{
public:
    enum ReadOption {
        NoReadOption = 0x0,
        SkipOwners = 0x1,     // leave pid/process empty (no /proc/<pid>/fd scan, no process names)
        ProcFilesOnly = 0x2   // Linux: read /proc/net/* even where netlink sock_diag works
    };
    Q_DECLARE_FLAGS(ReadOptions, ReadOption)

    // The system lets this program read its socket table (else the view says "not available").
    static bool isAvailable();

    // Every TCP and UDP socket (IPv4 and IPv6) whose local or remote port is `port` (0 = all),
    // TCP first, in the kernel's order. Linux asks netlink sock_diag (what ss uses: it also gives
    // the listen backlog limit) and falls back to /proc/net/{tcp,tcp6,udp,udp6} per table.
    static QList<KernelSocket> read(quint16 port = 0, ReadOptions options = NoReadOption);

    // One /proc/net/{tcp,tcp6,udp,udp6} file's content, header line included. Addresses are
    // in this machine's byte order, as the kernel printed them. No owners, no backlog marks.
    static QList<KernelSocket> parse(const QByteArray &procNetFile, Transport transport, bool ipv6);

    // The state for a Linux kernel state code (1 = ESTABLISHED ... 11 = CLOSING).
    static KernelSocketState stateFromLinuxCode(Transport transport, int code);
    // Windows's MIB_TCP_STATE (1 = CLOSED ... 12 = DELETE_TCB).
    static KernelSocketState stateFromWindowsCode(int code);

    // For the platform sources: marks connections that wait in a listen backlog (Linux: no
    // inode yet), and keeps only the sockets with `port` as local or remote port (0: all).
    static void markWaitingInBacklog(QList<KernelSocket> &sockets);
    static void keepOnlyPort(QList<KernelSocket> &sockets, quint16 port);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(KernelSocketTable::ReadOptions)
