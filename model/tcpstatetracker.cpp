#include "model/tcpstatetracker.h"

#include <QSet>

using State = KernelSocketState;

TcpStateTracker::TcpStateTracker(QObject *parent)
    : QObject(parent)
{
}

void TcpStateTracker::applyBatch(const LabEventBatch &batch)
{
    QList<int> changed;
    for (const LabEvent &event : batch) {
        if (event.transport != Transport::Tcp || event.connectionId <= 0)
            continue;
        QList<State> &path = m_paths[event.connectionId];
        switch (event.kind) {
        case EventKind::Accepted:
            path = { State::Listen, State::SynReceived, State::Established };
            break;
        case EventKind::Connecting:
            path = { State::Closed, State::SynSent };
            break;
        case EventKind::Connected:
            if (path.isEmpty())
                path = { State::Closed, State::SynSent };
            path.append(State::Established);
            break;
        case EventKind::Closed:
            switch (event.reason) {
            case CloseReason::ClosedByUs:
            case CloseReason::ServerStopped:
                path += { State::FinWait1, State::FinWait2, State::TimeWait }; // the active close
                m_timeWaits.insert(event.connectionId, { socketKey(event.local, event.remote), event.when });
                break;
            case CloseReason::ClosedByPeer:
                path += { State::CloseWait, State::LastAck, State::Closed }; // the passive close
                break;
            case CloseReason::AbortedByUs:
            case CloseReason::ResetByPeer:
            case CloseReason::CancelledByUs:
            case CloseReason::ClosedAfterError:
                path.append(State::Closed); // RST: straight to CLOSED
                break;
            }
            break;
        case EventKind::Error:
            if (path.size() == 2 && path.last() == State::SynSent)
                path.append(State::Closed); // the handshake failed (refused: RST; or no answer)
            break;
        default:
            continue;
        }
        m_newest = qMax(m_newest, event.connectionId);
        if (!changed.contains(event.connectionId))
            changed.append(event.connectionId);
    }
    for (int id : std::as_const(changed))
        Q_EMIT pathChanged(id);
}

QString TcpStateTracker::socketKey(const Endpoint &local, const Endpoint &remote)
{
    return local.toString() + QLatin1Char(' ') + remote.toString();
}

void TcpStateTracker::applyKernelSockets(const QList<KernelSocket> &sockets)
{
    if (m_timeWaits.isEmpty())
        return;
    QSet<QString> listed;
    for (const KernelSocket &socket : sockets) {
        if (socket.transport == Transport::Tcp)
            listed.insert(socketKey(socket.local, socket.remote));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<int> ended;
    for (auto it = m_timeWaits.begin(); it != m_timeWaits.end();) {
        if (listed.contains(it->socketKey) || it->closedAt.msecsTo(now) < kKernelLagMs) {
            ++it;
            continue;
        }
        m_paths[it.key()].append(State::Closed); // TIME-WAIT is over: the kernel dropped the socket
        ended.append(it.key());
        it = m_timeWaits.erase(it);
    }
    for (int id : std::as_const(ended))
        Q_EMIT pathChanged(id);
}

void TcpStateTracker::clear()
{
    m_timeWaits.clear();
    m_paths.clear();
    m_newest = 0;
}

QList<KernelSocketState> TcpStateTracker::path(int connectionId) const
{
    return m_paths.value(connectionId);
}
