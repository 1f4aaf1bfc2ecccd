#pragma once

#include "network/kernelsocketstate.h"
#include "network/kernelsockettable.h"
#include "network/labevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

// The TCP states (RFC 9293, named as ss names them) each connection went through, inferred from what SocketLab saw it
// do: a server's connection came LISTEN → SYN-RECV → ESTABLISHED; a client's CLOSED →
// SYN-SENT → ESTABLISHED; the side that closes first passes FIN-WAIT-1, FIN-WAIT-2 and
// TIME-WAIT, the other CLOSE-WAIT and LAST-ACK. The kernel's own view (SocketStateModel) can
// name the current state precisely; this gives the path, which a 2 Hz poll would miss.
class TcpStateTracker : public QObject
{
    Q_OBJECT
public:
    explicit TcpStateTracker(QObject *parent = nullptr);

    // A kernel table reading taken this long after our close may miss a socket only because the
    // kernel dropped it: earlier, the reading may be older than the close itself.
    static constexpr int kKernelLagMs = 1000;

    void applyBatch(const LabEventBatch &batch);
    // The kernel's sockets now (SocketStatePoller): a connection we closed first stays in
    // TIME-WAIT while the kernel lists its socket, and reaches CLOSED when the kernel drops it.
    void applyKernelSockets(const QList<KernelSocket> &sockets);
    // Some connection is in TIME-WAIT until the kernel's table no longer lists it.
    bool isWaitingForKernel() const { return !m_timeWaits.isEmpty(); }
    void clear();

    // The states connection went through, in order (empty for an unknown connection). A
    // client's path starts in CLOSED, and every path that ends does so in CLOSED.
    QList<KernelSocketState> path(int connectionId) const;
    // The connection seen last (0: none yet).
    int newestConnection() const { return m_newest; }

Q_SIGNALS:
    void pathChanged(int connectionId);

private:
    struct Ending
    {
        QString socketKey; // "local remote", as the kernel table shows the connection's socket
        QDateTime closedAt;
    };
    static QString socketKey(const Endpoint &local, const Endpoint &remote);

    QHash<int, QList<KernelSocketState>> m_paths;
    QHash<int, Ending> m_timeWaits; // connections in TIME-WAIT until the kernel drops them
    int m_newest = 0;
};
