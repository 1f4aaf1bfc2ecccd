#include "model/socketstatemodel.h"

#include "model/payloadtext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {

// Soft amber: visible on light and dark palettes without hiding the text.
const QColor kHighlightColor(255, 236, 179);

QList<int> rolesFor(bool stateChanged, bool valuesChanged, bool highlightChanged)
{
    if (stateChanged) {
        return { Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole,
                 SocketStateModel::RawValueRole, SocketStateModel::StateRole,
                 SocketStateModel::ChangedAtRole, SocketStateModel::WaitingInBacklogRole,
                 SocketStateModel::IsListeningRole };
    }
    QList<int> roles;
    if (valuesChanged)
        roles << Qt::DisplayRole << SocketStateModel::RawValueRole;
    if (highlightChanged)
        roles << Qt::BackgroundRole;
    return roles;
}

} // namespace

SocketStateModel::SocketStateModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

QDateTime SocketStateModel::currentTime() const
{
    return QDateTime::currentDateTime();
}

qsizetype SocketStateModel::rowTotal() const
{
    return m_rows.size();
}

// The queues mean something else on a LISTEN socket, which surprises everyone once.
QString SocketStateModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case ReceiveQueueColumn:
        return tr("Bytes received that the program has not read yet. On a LISTEN socket: "
                  "connections waiting for accept().");
    case SendQueueColumn:
        return tr("Bytes sent that the peer has not acknowledged yet. On a LISTEN socket: "
                  "the backlog limit.");
    default:
        return {};
    }
}

QString SocketStateModel::stateText(const Row &row) const
{
    if (row.socket.waitingInBacklog)
        return tr("%1 (waiting in the backlog)", "socket state").arg(kernelSocketStateName(row.socket.state));
    return kernelSocketStateName(row.socket.state);
}

QString SocketStateModel::stateExplanation(const KernelSocket &socket) const
{
    switch (socket.state) {
    case KernelSocketState::UdpUnconnected:
        return tr("A UDP socket bound to a port (ss says UNCONN): it receives datagrams from any "
                  "sender, because UDP has no connections.");
    case KernelSocketState::UdpConnected:
        return tr("A UDP socket after connect() (ss says ESTAB, as for TCP): it only fixed a default "
                  "peer, so the kernel delivers only that peer's datagrams and reports its ICMP errors. "
                  "No packet was exchanged to do it: UDP has no connection.");
    case KernelSocketState::Listen:
        return tr("A server socket waiting for connections (after listen()).");
    case KernelSocketState::SynSent:
        return tr("The client sent SYN (connect()) and waits for the server's SYN+ACK.");
    case KernelSocketState::SynReceived:
        return tr("The server received a SYN and answered SYN+ACK; it waits for the "
                  "client's ACK to complete the handshake.");
    case KernelSocketState::Established:
        return tr("The three-way handshake is complete: both sides can send and receive data.");
    case KernelSocketState::FinWait1:
        return tr("This side closed first (close() sent FIN) and waits for the peer to "
                  "acknowledge it.");
    case KernelSocketState::FinWait2:
        return tr("The peer acknowledged this side's FIN; this side waits for the peer "
                  "to close too (its FIN).");
    case KernelSocketState::CloseWait:
        return tr("The peer closed its side (FIN received); this program must still call "
                  "close(), and a socket that stays here means it never does.");
    case KernelSocketState::LastAck:
        return tr("This side closed after the peer did and waits for the ACK of its own FIN.");
    case KernelSocketState::TimeWait:
        return tr("The side that closed first waits here (2 × MSL) so that late packets "
                  "of this connection die out before the 4-tuple is used again.");
    case KernelSocketState::Closed:
        return tr("The socket has no connection: it was closed, or it was created and "
                  "bound but is neither listening nor connecting.");
    case KernelSocketState::Closing:
        return tr("Both sides closed at the same time; each one waits for the ACK of its FIN.");
    case KernelSocketState::Unknown:
        break;
    }
    return tr("A state SocketLab does not know: %1.").arg(kernelSocketStateName(socket.state));
}

bool SocketStateModel::isHighlighted(const Row &row, const QDateTime &now) const
{
    return row.changedAt.isValid() && row.changedAt.msecsTo(now) < kHighlightMs;
}

QVariant SocketStateModel::rawValue(const Row &row, int column) const
{
    const KernelSocket &socket = row.socket;
    switch (Column(column)) {
    case ProtocolColumn:
        return socket.transport == Transport::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    case LocalAddressColumn: return socket.local.addressText();
    case LocalPortColumn: return socket.local.port;
    case RemoteAddressColumn: return socket.remote.addressText();
    case RemotePortColumn: return socket.remote.port;
    case StateColumn: return kernelSocketStateName(socket.state);
    case ReceiveQueueColumn: return socket.receiveQueue;
    case SendQueueColumn: return socket.sendQueue;
    case ProcessColumn: return socket.process;
    case ColumnCount: break;
    }
    return {};
}

QVariant SocketStateModel::cellData(int rowIndex, int column, int role) const
{
    const Row &row = m_rows.at(rowIndex);
    const KernelSocket &socket = row.socket;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case RemotePortColumn:
            // ss and netstat write "0.0.0.0:*": no peer yet (LISTEN, unconnected UDP).
            return socket.remote.port == 0 ? QStringLiteral("*") : QString::number(socket.remote.port);
        case StateColumn:
            return stateText(row);
        case ReceiveQueueColumn:
        case SendQueueColumn:
            return QLocale().toString(rawValue(row, column).toUInt());
        case ProcessColumn:
            if (socket.pid < 0)
                return QString();
            if (socket.process.isEmpty())
                return QString::number(socket.pid);
            // Any local program names itself (/proc/<pid>/comm): shown escaped, like peer data.
            return QStringLiteral("%1 (%2)").arg(PayloadText::escaped(socket.process)).arg(socket.pid);
        default:
            return rawValue(row, column).toString();
        }
    case Qt::TextAlignmentRole:
        switch (Column(column)) {
        case LocalPortColumn:
        case RemotePortColumn:
        case ReceiveQueueColumn:
        case SendQueueColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
        if (isHighlighted(row, currentTime()))
            return QBrush(kHighlightColor);
        return {};
    case Qt::ToolTipRole: {
        QString tip = stateExplanation(socket);
        if (socket.waitingInBacklog)
            tip += QLatin1Char('\n')
                + tr("The kernel completed this connection's handshake, but the server has not "
                     "called accept() yet: it waits in the listen backlog.");
        return tip;
    }
    case RawValueRole:
        return rawValue(row, column);
    case StateRole:
        return kernelSocketStateName(socket.state);
    case ChangedAtRole:
        return row.changedAt;
    case WaitingInBacklogRole:
        return socket.waitingInBacklog;
    case IsListeningRole:
        return socket.state == KernelSocketState::Listen;
    default:
        return {};
    }
}

void SocketStateModel::applySnapshot(const QList<KernelSocket> &sockets)
{
    const QDateTime now = currentTime();

    // Keys are made unique by counting repeats (SO_REUSEPORT sockets share one), so each
    // socket still finds its own row in the next snapshot.
    QList<QString> keys;
    keys.reserve(sockets.size());
    QHash<QString, int> repeats;
    QHash<QString, int> incoming;
    for (int i = 0; i < sockets.size(); ++i) {
        QString key = sockets.at(i).key();
        const int seen = ++repeats[key];
        if (seen > 1)
            key += QStringLiteral("#%1").arg(seen);
        keys.append(key);
        incoming.insert(key, i);
    }

    // Vanished rows: one removal per contiguous run, from the bottom so indices stay valid.
    bool removed = false;
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incoming.contains(m_rows.at(last).key)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        removed = true;
        last = first - 1;
    }
    if (removed)
        rebuildIndex();

    // Changed rows, then runs of rows that changed the same roles.
    QList<QList<int>> changedRoles(m_rows.size());
    QList<Row> added;
    for (int i = 0; i < sockets.size(); ++i) {
        const KernelSocket &socket = sockets.at(i);
        const int rowIndex = m_rowByKey.value(keys.at(i), -1);
        if (rowIndex < 0) {
            added.append(Row { keys.at(i), socket, now });
            continue;
        }
        Row &row = m_rows[rowIndex];
        // Leaving the backlog is the moment accept() happens: it counts as a change of state.
        const bool stateChanged = row.socket.state != socket.state
            || row.socket.waitingInBacklog != socket.waitingInBacklog;
        const bool valuesChanged = row.socket != socket;
        const bool faded = m_lastSnapshotAt.isValid() && isHighlighted(row, m_lastSnapshotAt)
            && !isHighlighted(row, now);
        if (stateChanged)
            row.changedAt = now;
        row.socket = socket;
        changedRoles[rowIndex] = rolesFor(stateChanged, valuesChanged, faded);
    }
    for (int first = 0; first < m_rows.size();) {
        if (changedRoles.at(first).isEmpty()) {
            ++first;
            continue;
        }
        int last = first;
        while (last + 1 < m_rows.size() && changedRoles.at(last + 1) == changedRoles.at(first))
            ++last;
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), changedRoles.at(first));
        first = last + 1;
    }

    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Row &row : std::as_const(added)) {
            m_rowByKey.insert(row.key, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
    m_lastSnapshotAt = now;
}

void SocketStateModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    m_lastSnapshotAt = QDateTime();
    endResetModel();
}

void SocketStateModel::rebuildIndex()
{
    m_rowByKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByKey.insert(m_rows.at(i).key, i);
}
