#include "network/connectionworker.h"

#include "network/eventbatcher.h"
#include "network/nativesocket.h"
#include "network/tcpconnection.h"

#include <QTcpSocket>

ConnectionWorker::ConnectionWorker(EventBatcher *events)
    : m_events(events)
{
}

void ConnectionWorker::adopt(const LabEvent &accepted, qintptr descriptor, FramingMode framing, ReplyMode reply)
{
    const int connectionId = accepted.connectionId;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        NativeSocket::close(descriptor);
        delete socket;
        LabEvent closed = accepted; // its row, open since Accepted, ends
        closed.kind = EventKind::Closed;
        closed.reason = CloseReason::ClosedAfterError;
        m_events->post(closed);
        countFinished(connectionId);
        return;
    }
    auto *connection = new TcpConnection(connectionId, socket, m_events, this);
    connection->setFraming(framing);
    connection->setReplyMode(reply);
    m_connections.insert(connectionId, connection);
    connect(connection, &TcpConnection::finished, this, &ConnectionWorker::onFinished);
}

void ConnectionWorker::send(const QList<int> &connectionIds, const QByteArray &data)
{
    if (connectionIds.isEmpty()) {
        for (TcpConnection *connection : std::as_const(m_connections))
            connection->send(data);
        return;
    }
    for (int id : connectionIds) {
        if (TcpConnection *connection = m_connections.value(id))
            connection->send(data);
    }
}

void ConnectionWorker::closeGracefully(int connectionId)
{
    if (TcpConnection *connection = m_connections.value(connectionId))
        connection->closeGracefully();
}

void ConnectionWorker::abortWithReset(int connectionId)
{
    if (TcpConnection *connection = m_connections.value(connectionId))
        connection->abortWithReset();
}

void ConnectionWorker::setReplyMode(ReplyMode mode)
{
    for (TcpConnection *connection : std::as_const(m_connections))
        connection->setReplyMode(mode);
}

void ConnectionWorker::setFramingMode(FramingMode framing)
{
    for (TcpConnection *connection : std::as_const(m_connections))
        connection->setFraming(framing);
}

void ConnectionWorker::closeAllServerStopped()
{
    const auto connections = m_connections; // onFinished takes them out meanwhile
    for (TcpConnection *connection : connections)
        connection->closeGracefully(CloseReason::ServerStopped);
}

void ConnectionWorker::onFinished(int connectionId)
{
    if (TcpConnection *connection = m_connections.take(connectionId))
        connection->deleteLater(); // it is still in the middle of emitting finished()
    countFinished(connectionId);
}

void ConnectionWorker::countFinished(int connectionId)
{
    m_open.fetch_sub(1, std::memory_order_relaxed);
    Q_EMIT connectionFinished(connectionId);
}
