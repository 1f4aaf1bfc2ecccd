#include "model/tcpstatetracker.h"

#include <QSet>

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
            path = { Listen, SynReceived, Established };
            break;
        case EventKind::Connecting:
            path = { Closed, SynSent };
            break;
        case EventKind::Connected:
            if (path.isEmpty())
                path = { Closed, SynSent };
            path.append(Established);
            break;
        case EventKind::Closed:
            switch (event.reason) {
            case CloseReason::ClosedByUs:
            case CloseReason::ServerStopped:
                path += { FinWait1, FinWait2, TimeWait }; // the active close
                m_timeWaits.insert(event.connectionId, { socketKey(event.local, event.remote), event.when });
                break;
            case CloseReason::ClosedByPeer:
                path += { CloseWait, LastAck, ClosedAfter }; // the passive close
                break;
            case CloseReason::AbortedByUs:
            case CloseReason::ResetByPeer:
            case CloseReason::CancelledByUs:
            case CloseReason::ClosedAfterError:
                path.append(ClosedAfter); // RST: straight to CLOSED
                break;
            }
            break;
        case EventKind::Error:
            if (path.size() == 2 && path.last() == SynSent)
                path.append(ClosedAfter); // the handshake failed (refused: RST; or no answer)
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
        m_paths[it.key()].append(ClosedAfter); // TIME-WAIT is over: the kernel dropped the socket
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

QList<TcpStateTracker::State> TcpStateTracker::path(int connectionId) const
{
    return m_paths.value(connectionId);
}

QString TcpStateTracker::stateName(State state)
{
    switch (state) {
    case Closed:
    case ClosedAfter: return QStringLiteral("CLOSED");
    case Listen: return QStringLiteral("LISTEN");
    case SynSent: return QStringLiteral("SYN-SENT");
    case SynReceived: return QStringLiteral("SYN-RECEIVED");
    case Established: return QStringLiteral("ESTABLISHED");
    case FinWait1: return QStringLiteral("FIN-WAIT-1");
    case FinWait2: return QStringLiteral("FIN-WAIT-2");
    case Closing: return QStringLiteral("CLOSING");
    case TimeWait: return QStringLiteral("TIME-WAIT");
    case CloseWait: return QStringLiteral("CLOSE-WAIT");
    case LastAck: return QStringLiteral("LAST-ACK");
    }
    return {};
}

std::optional<TcpStateTracker::State> TcpStateTracker::fromKernelState(KernelSocketState state)
{
    switch (state) {
    case KernelSocketState::Listen: return Listen;
    case KernelSocketState::SynSent: return SynSent;
    case KernelSocketState::SynReceived: return SynReceived;
    case KernelSocketState::Established: return Established;
    case KernelSocketState::FinWait1: return FinWait1;
    case KernelSocketState::FinWait2: return FinWait2;
    case KernelSocketState::Closing: return Closing;
    case KernelSocketState::TimeWait: return TimeWait;
    case KernelSocketState::CloseWait: return CloseWait;
    case KernelSocketState::LastAck: return LastAck;
    case KernelSocketState::Closed: return ClosedAfter;
    case KernelSocketState::Unknown:
    case KernelSocketState::UdpUnconnected:
    case KernelSocketState::UdpConnected: break;
    }
    return std::nullopt;
}
