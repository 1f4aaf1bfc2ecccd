#include "model/primitivetimelinemodel.h"
#include "model/timeformat.h"

#include "model/eventtext.h"

#include <climits>
#include <QBrush>
#include <QColor>
#include <QFont>

PrimitiveTimelineModel::PrimitiveTimelineModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

qsizetype PrimitiveTimelineModel::rowTotal() const
{
    return m_rows.size();
}

QString PrimitiveTimelineModel::callName(Call call)
{
    switch (call) {
    case SocketCall: return QStringLiteral("SOCKET");
    case BindCall: return QStringLiteral("BIND");
    case ListenCall: return QStringLiteral("LISTEN");
    case AcceptCall: return QStringLiteral("ACCEPT");
    case ConnectCall: return QStringLiteral("CONNECT");
    case SendCall: return QStringLiteral("SEND");
    case ReceiveCall: return QStringLiteral("RECEIVE");
    case SendToCall: return QStringLiteral("SENDTO");
    case ReceiveFromCall: return QStringLiteral("RECVFROM");
    case CloseCall: return QStringLiteral("CLOSE");
    }
    return {};
}

QString PrimitiveTimelineModel::explanation(Call call)
{
    switch (call) {
    case SocketCall:
        return tr("SOCKET creates a communication endpoint: a new socket of a type (TCP stream or UDP datagram), not yet tied to any address.");
    case BindCall:
        return tr("BIND gives the socket its local address and port. A server binds a known port so clients can find it; a client usually lets the system pick an ephemeral port.");
    case ListenCall:
        return tr("LISTEN turns a TCP socket into a server socket that waits for connections; the kernel completes handshakes and queues them in the backlog.");
    case AcceptCall:
        return tr("ACCEPT takes one completed connection from the backlog and returns a NEW socket for it (its own 4-tuple); the listening socket goes on listening.");
    case ConnectCall:
        return tr("CONNECT asks for a connection to a server's address and port: for TCP, the three-way handshake (SYN, SYN-ACK, ACK). For UDP it only sets the default destination.");
    case SendCall:
        return tr("SEND hands bytes to the kernel for the connection; TCP delivers them in order, but may split or merge them on the way.");
    case ReceiveCall:
        return tr("RECEIVE (recv) takes the bytes that arrived; with TCP one recv may return part of a message, or several messages together.");
    case SendToCall:
        return tr("SENDTO sends one datagram to an address and port: no connection, no guarantee that it arrives.");
    case ReceiveFromCall:
        return tr("RECVFROM takes one datagram and tells who sent it (address and port): that is how a UDP server learns its peers.");
    case CloseCall:
        return tr("CLOSE releases the socket: for TCP the connection is closed (FIN, or RST when aborted).");
    }
    return {};
}

// A UDP client's socket is connect()ed: Qt says ConnectedState and ss says ESTAB, yet no packet
// made it so. Its calls' tooltips say what that connect() really did.
QString PrimitiveTimelineModel::udpClientNote(const Row &row) const
{
    if (row.transport != Transport::Udp || row.qtState != QLatin1String("ConnectedState"))
        return {};
    return tr("This UDP socket is connect()ed: Qt calls that ConnectedState and ss shows ESTAB, but no "
              "packet was exchanged and no connection exists. connect() only fixed the destination "
              "(and the ephemeral port), so SEND needs no address and the kernel reports an ICMP port "
              "unreachable to this socket.");
}

QString PrimitiveTimelineModel::arguments(const Row &row) const
{
    switch (row.call) {
    case SocketCall:
        return row.transport == Transport::Tcp ? QStringLiteral("AF_INET/AF_INET6, SOCK_STREAM")
                                               : QStringLiteral("AF_INET/AF_INET6, SOCK_DGRAM");
    case BindCall:
    case ConnectCall:
    case SendToCall:
        return row.endpoint.toString();
    case ListenCall:
        return tr("backlog %1").arg(row.bytes);
    case SendCall:
    case ReceiveCall:
    case ReceiveFromCall:
        if (row.countsCalls)
            return tr("%1 in %Ln call(s)", nullptr, int(qMin<qint64>(row.messages, INT_MAX)))
                .arg(EventText::byteCount(row.bytes));
        return row.messages > 1 ? tr("%1 (%Ln message(s))", nullptr, int(qMin<qint64>(row.messages, INT_MAX)))
                                      .arg(EventText::byteCount(row.bytes))
                                : EventText::byteCount(row.bytes);
    case AcceptCall:
    case CloseCall:
        break;
    }
    return {};
}

QString PrimitiveTimelineModel::result(const Row &row) const
{
    if (row.error != LabError::None)
        return tr("failed: %1").arg(EventText::errorMessage(row.error, row.endpoint.port));
    switch (row.call) {
    case AcceptCall:
        return tr("new socket for %1").arg(row.endpoint.toString());
    case ConnectCall:
        if (row.transport == Transport::Udp)
            return tr("destination fixed, no packet sent");
        return row.qtState == QLatin1String("ConnectingState") ? tr("SYN sent, waiting") : tr("connected");
    case SendToCall:
        return tr("datagram sent");
    case ReceiveFromCall:
        return tr("from %1").arg(row.endpoint.toString());
    case CloseCall:
        return EventText::closeReason(row.reason);
    default:
        return tr("ok");
    }
}

QVariant PrimitiveTimelineModel::cellData(int rowIndex, int column, int role) const
{
    const Row &row = m_rows.at(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case TimeColumn: return clockText(row.when);
        case ConnectionColumn: return row.connectionId > 0 ? QString::number(row.connectionId) : QString();
        case CallColumn: return callName(row.call);
        case ArgumentsColumn: return arguments(row);
        case ResultColumn: return result(row);
        case QtStateColumn: return row.qtState;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        return udpClientNote(row).isEmpty() ? explanation(row.call)
                                            : explanation(row.call) + QLatin1Char('\n') + udpClientNote(row);
    case Qt::ForegroundRole:
        if (row.error != LabError::None)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (column == CallColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RawValueRole:
        return column == TimeColumn ? QVariant(row.when) : cellData(rowIndex, column, Qt::DisplayRole);
    case ConnectionIdRole:
        return row.connectionId;
    case CallRole:
        return int(row.call);
    case FailedRole:
        return row.error != LabError::None;
    default:
        return {};
    }
}

void PrimitiveTimelineModel::derive(const LabEvent &event, QList<Row> &rows) const
{
    const bool tcp = event.transport == Transport::Tcp;
    auto add = [&](Call call, const Endpoint &endpoint, const QString &qtState) -> Row & {
        Row row;
        row.when = event.when;
        row.connectionId = event.connectionId;
        row.call = call;
        row.transport = event.transport;
        row.endpoint = endpoint;
        row.qtState = qtState;
        rows.append(row);
        return rows.last();
    };
    switch (event.kind) {
    case EventKind::Listening:
        add(SocketCall, {}, QStringLiteral("UnconnectedState"));
        add(BindCall, event.local, QStringLiteral("BoundState"));
        if (tcp)
            add(ListenCall, event.local, QStringLiteral("ListeningState")).bytes = event.backlog;
        break;
    case EventKind::Accepted:
        add(AcceptCall, event.remote, QStringLiteral("ConnectedState"));
        break;
    case EventKind::Connecting:
        add(SocketCall, {}, QStringLiteral("UnconnectedState"));
        add(ConnectCall, event.remote, QStringLiteral("ConnectingState"));
        break;
    case EventKind::Connected:
        add(ConnectCall, event.remote, QStringLiteral("ConnectedState"));
        break;
    case EventKind::Bound:
        add(SocketCall, {}, QStringLiteral("UnconnectedState"));
        add(ConnectCall, event.remote, QStringLiteral("ConnectedState"));
        break;
    case EventKind::Sent: {
        // A UDP server answers with sendto(); a UDP client's socket is connect()ed: send().
        const bool datagramTo = !tcp && m_serverListening;
        Row &row = add(datagramTo ? SendToCall : SendCall, event.remote, datagramTo ? QStringLiteral("BoundState")
                                                                                   : QStringLiteral("ConnectedState"));
        row.messages = qMax<qint64>(1, event.messageCount);
        row.bytes = event.payload.size() - (!tcp && row.messages > 1 ? row.messages - 1 : 0);
        break;
    }
    case EventKind::Received: {
        const bool datagramFrom = !tcp && m_serverListening;
        Row &row = add(datagramFrom ? ReceiveFromCall : ReceiveCall, event.remote,
                       datagramFrom ? QStringLiteral("BoundState") : QStringLiteral("ConnectedState"));
        row.bytes = event.payload.size();
        break;
    }
    case EventKind::Transfer: {
        // A file's thousands of recv()/send() calls: one row when it ends, with their count.
        const TransferFacts *facts = event.transfer.data();
        if (!facts || facts->calls == 0
            || (facts->phase != TransferFacts::Phase::Finished && facts->phase != TransferFacts::Phase::Failed))
            break;
        Row &row = add(facts->sending ? SendCall : ReceiveCall, event.remote, QStringLiteral("ConnectedState"));
        row.messages = facts->calls;
        row.countsCalls = true;
        row.bytes = facts->bytes;
        break;
    }
    case EventKind::Closed:
        add(CloseCall, event.remote, QStringLiteral("UnconnectedState")).reason = event.reason;
        break;
    case EventKind::Stopped:
        add(CloseCall, event.local, QStringLiteral("UnconnectedState")).reason = CloseReason::ClosedByUs;
        break;
    case EventKind::Error:
        if (event.error == LabError::PortUnreachable && !tcp) {
            // The kernel keeps the ICMP error for the connect()ed socket: its next recv() fails.
            add(ReceiveCall, event.remote, QStringLiteral("ConnectedState")).error = event.error;
        } else if (event.connectionId == 0 && !m_serverListening && !event.local.isNull()) {
            // A server that could not start: socket() worked, bind() failed.
            add(SocketCall, {}, QStringLiteral("UnconnectedState"));
            add(BindCall, event.local, QStringLiteral("UnconnectedState")).error = event.error;
        } else if (event.connectionId > 0 && tcp && !event.remote.address.isNull()) {
            add(ConnectCall, event.remote, QStringLiteral("UnconnectedState")).error = event.error;
        }
        break;
    default:
        break;
    }
}

void PrimitiveTimelineModel::applyBatch(const LabEventBatch &batch)
{
    QList<Row> incoming;
    for (const LabEvent &event : batch) {
        derive(event, incoming);
        if (event.kind == EventKind::Listening)
            m_serverListening = true;
        else if (event.kind == EventKind::Stopped)
            m_serverListening = false;
    }
    if (incoming.isEmpty())
        return;
    if (incoming.size() > kMaxRows)
        incoming.remove(0, incoming.size() - kMaxRows);
    const int overflow = int(m_rows.size() + incoming.size()) - kMaxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming.size()) - 1);
    m_rows.append(incoming);
    endInsertRows();
}

void PrimitiveTimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString PrimitiveTimelineModel::callSequence(int connectionId) const
{
    QStringList calls;
    for (const Row &row : m_rows) {
        if (row.connectionId == connectionId)
            calls.append(callName(row.call));
    }
    return calls.join(QLatin1Char(','));
}
