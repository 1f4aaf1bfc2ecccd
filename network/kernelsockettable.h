#pragma once

#include "network/endpoint.h"
#include "network/labevent.h"

#include <QByteArray>
#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>

// One socket as the kernel reports it, the way `ss -tanp` shows it.
struct KernelSocket
{
    Transport transport = Transport::Tcp;
    // remote is 0.0.0.0:0 or [::]:0 for LISTEN and unconnected UDP, as the kernel reports it.
    Endpoint local;
    Endpoint remote;
    // ss's names: "LISTEN", "SYN-SENT", "SYN-RECV", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2",
    // "CLOSE-WAIT", "LAST-ACK", "TIME-WAIT", "CLOSE", "CLOSING"; UDP: "UNCONN" or "ESTAB";
    // "UNKNOWN" for a code this table does not know.
    QString state;
    // Bytes not yet acknowledged by the peer / not yet read by the program. For LISTEN:
    // receiveQueue = connections waiting for accept(), sendQueue = the backlog limit (netlink
    // only: /proc/net/tcp prints 0 there, see read()).
    quint32 sendQueue = 0;
    quint32 receiveQueue = 0;
    quint64 inode = 0;  // 0: no process holds it (TIME-WAIT, SYN-RECV, closed, or not accepted yet)
    // A TCP connection the kernel completed (ESTABLISHED, or CLOSE-WAIT when the client already
    // closed) that no process has accepted yet: inode 0 while a LISTEN socket on the same local
    // port (and address, or the wildcard) exists.
    bool waitingInBacklog = false;
    // The owner when this user may see it (one of them, when processes share the socket).
    qint64 pid = -1;
    QString process;  // /proc/<pid>/comm: at most 15 characters, as in ss

    // Transport, local and remote: the identity of a socket across polls. Not unique in
    // general: SO_REUSEPORT lets sockets share a local address with no remote.
    QString key() const;

    friend bool operator==(const KernelSocket &a, const KernelSocket &b);
    friend bool operator!=(const KernelSocket &a, const KernelSocket &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(KernelSocket)
Q_DECLARE_METATYPE(QList<KernelSocket>)

// The kernel's TCP and UDP sockets (Linux). Stateless for the caller; read() keeps a small
// cache of socket owners inside, guarded by a mutex, so it may be called from any thread.
class KernelSocketTable
{
public:
    enum ReadOption {
        NoReadOption = 0x0,
        SkipOwners = 0x1,     // leave pid/process empty (no /proc/<pid>/fd scan)
        ProcFilesOnly = 0x2   // read /proc/net/* even where netlink sock_diag works
    };
    Q_DECLARE_FLAGS(ReadOptions, ReadOption)

    // /proc/net/tcp is readable (false off Linux: the view then says "not available").
    static bool isAvailable();

    // Every TCP and UDP socket (IPv4 and IPv6) whose local or remote port is `port` (0 = all),
    // TCP first, in the kernel's order. Asks netlink sock_diag (what ss uses: it also gives
    // the listen backlog limit) and falls back to /proc/net/{tcp,tcp6,udp,udp6} per table.
    static QList<KernelSocket> read(quint16 port = 0, ReadOptions options = NoReadOption);

    // One /proc/net/{tcp,tcp6,udp,udp6} file's content, header line included. Addresses are
    // in this machine's byte order, as the kernel printed them. No owners, no backlog marks.
    static QList<KernelSocket> parse(const QByteArray &procNetFile, Transport transport, bool ipv6);

    // The ss name of a kernel state code (1 = ESTABLISHED ... 11 = CLOSING).
    static QString stateName(Transport transport, int code);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(KernelSocketTable::ReadOptions)
