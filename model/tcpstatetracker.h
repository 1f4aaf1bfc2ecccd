#pragma once

#include "network/kernelsocketstate.h"
#include "network/labevent.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

// The TCP states (RFC 9293) each connection went through, inferred from what SocketLab saw it
// do: a server's connection came LISTEN → SYN-RECEIVED → ESTABLISHED; a client's CLOSED →
// SYN-SENT → ESTABLISHED; the side that closes first passes FIN-WAIT-1, FIN-WAIT-2 and
// TIME-WAIT, the other CLOSE-WAIT and LAST-ACK. The kernel's own view (SocketStateModel) can
// name the current state precisely; this gives the path, which a 2 Hz poll would miss.
class TcpStateTracker : public QObject
{
    Q_OBJECT
public:
    enum State {
        Closed,
        Listen,
        SynSent,
        SynReceived,
        Established,
        FinWait1,
        FinWait2,
        Closing,
        TimeWait,
        CloseWait,
        LastAck,
        ClosedAfter // CLOSED again, at the end of a connection
    };
    Q_ENUM(State)

    explicit TcpStateTracker(QObject *parent = nullptr);

    void applyBatch(const LabEventBatch &batch);
    void clear();

    // The states connection went through, in order (empty for an unknown connection).
    QList<State> path(int connectionId) const;
    // The connection seen last (0: none yet).
    int newestConnection() const { return m_newest; }
    // RFC 9293's name: "ESTABLISHED", "TIME-WAIT"...
    static QString stateName(State state);
    // The state for the kernel's (TCP) one, if it is one.
    static std::optional<State> fromKernelState(KernelSocketState state);

Q_SIGNALS:
    void pathChanged(int connectionId);

private:
    QHash<int, QList<State>> m_paths;
    int m_newest = 0;
};
