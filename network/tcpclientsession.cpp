#include "network/tcpclientsession.h"

#include "network/burstmessages.h"
#include "network/eventbatcher.h"
#include "network/socketerrors.h"
#include "network/tcpconnection.h"

#include <QHostInfo>
#include <QTcpSocket>
#include <QTimer>

TcpClientSession::TcpClientSession(QObject *parent)
    : QObject(parent)
    , m_events(new EventBatcher(this))
{
    connect(m_events, &EventBatcher::batchReady, this, &TcpClientSession::eventsReady);
}

TcpClientSession::~TcpClientSession()
{
    disconnectAll();
}

void TcpClientSession::connectClients(const TcpClientConfig &config, int count)
{
    count = qBound(1, count, ClientLimits::kMaxClientConnections);
    LabEvent resolving = LabEvent::make(EventKind::Resolving);
    resolving.detail = config.host;
    m_events->post(resolving);

    const int generation = m_lookupGeneration;
    QHostInfo::lookupHost(config.host, this, [this, config, count, generation](const QHostInfo &info) {
        if (generation != m_lookupGeneration)
            return; // cancelled meanwhile by disconnectAll()
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            LabEvent error = LabEvent::make(EventKind::Error);
            error.error = LabError::HostNotFound;
            error.detail = config.host;
            m_events->post(error);
            return;
        }
        startAttempts(config, info.addresses(), count);
    });
}

void TcpClientSession::startAttempts(const TcpClientConfig &config, const QList<QHostAddress> &addresses, int count)
{
    for (int i = 0; i < count; ++i) {
        const int id = m_nextConnectionId++;
        m_attempts.insert(id, Attempt { config, nullptr, nullptr, addresses, 0, LabError::None });
        tryNextAddress(id);
    }
}

void TcpClientSession::tryNextAddress(int id)
{
    Attempt &attempt = m_attempts[id];
    if (attempt.nextAddress >= attempt.addresses.size()) {
        LabEvent error = LabEvent::make(EventKind::Error, id);
        error.error = attempt.lastError;
        error.remote = Endpoint(attempt.addresses.constLast(), attempt.config.port);
        m_events->post(error);
        dropAttempt(id);
        return;
    }
    const QHostAddress address = attempt.addresses.at(attempt.nextAddress++);
    LabEvent connecting = LabEvent::make(EventKind::Connecting, id);
    connecting.remote = Endpoint(address, attempt.config.port);
    m_events->post(connecting);

    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    attempt.socket = socket;
    attempt.timer = timer;
    connect(socket, &QTcpSocket::connected, this, [this, id] { attemptSucceeded(id); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, id, socket](QAbstractSocket::SocketError error) {
        attemptFailed(id, labErrorFrom(error), socket->errorString());
    });
    connect(timer, &QTimer::timeout, this, [this, id] { attemptFailed(id, LabError::Timeout, QString()); });
    timer->start(attempt.config.connectTimeoutMs);
    socket->connectToHost(address, attempt.config.port);
}

void TcpClientSession::attemptFailed(int id, LabError error, const QString &detail)
{
    auto it = m_attempts.find(id);
    if (it == m_attempts.end() || !it->socket)
        return;
    QTcpSocket *socket = it->socket;
    it->socket = nullptr;
    it->timer->stop();
    it->timer = nullptr; // a child of the socket, goes with it
    it->lastError = error;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    if (it->nextAddress < it->addresses.size()) {
        LabEvent note = LabEvent::make(EventKind::Note, id);
        note.note = NoteKind::AddressFailed;
        note.error = error;
        note.detail = detail;
        note.remote = Endpoint(it->addresses.at(it->nextAddress - 1), it->config.port);
        m_events->post(note);
    }
    tryNextAddress(id);
}

void TcpClientSession::attemptSucceeded(int id)
{
    auto it = m_attempts.find(id);
    if (it == m_attempts.end() || !it->socket)
        return;
    QTcpSocket *socket = it->socket;
    socket->disconnect(this);
    delete it->timer;
    const FramingMode framing = it->config.framing;
    m_attempts.erase(it);

    auto *connection = new TcpConnection(id, socket, m_events, this);
    connection->setFraming(framing);
    m_connections.insert(id, connection);
    connect(connection, &TcpConnection::finished, this, &TcpClientSession::onConnectionFinished);
    m_events->post(connection->makeEvent(EventKind::Connected));
}

void TcpClientSession::dropAttempt(int id)
{
    const Attempt attempt = m_attempts.take(id);
    if (attempt.timer)
        attempt.timer->stop();
    if (attempt.socket) {
        attempt.socket->disconnect(this);
        attempt.socket->abort();
        attempt.socket->deleteLater();
    }
}

bool TcpClientSession::cancelAttempt(int id)
{
    const auto it = m_attempts.constFind(id);
    if (it == m_attempts.cend())
        return false;
    LabEvent cancelled = LabEvent::make(EventKind::Closed, id);
    cancelled.reason = CloseReason::CancelledByUs;
    if (it->nextAddress > 0)
        cancelled.remote = Endpoint(it->addresses.at(it->nextAddress - 1), it->config.port);
    m_events->post(cancelled);
    dropAttempt(id);
    return true;
}

void TcpClientSession::onConnectionFinished(int id)
{
    if (TcpConnection *connection = m_connections.take(id))
        connection->deleteLater();
}

QList<TcpConnection *> TcpClientSession::targets(const QList<int> &connectionIds) const
{
    if (connectionIds.isEmpty())
        return m_connections.values();
    QList<TcpConnection *> result;
    for (int id : connectionIds) {
        if (TcpConnection *connection = m_connections.value(id))
            result.append(connection);
    }
    return result;
}

void TcpClientSession::send(const QList<int> &connectionIds, const QByteArray &data)
{
    for (TcpConnection *connection : targets(connectionIds))
        connection->send(data);
}

void TcpClientSession::sendBurst(const QList<int> &connectionIds, int count)
{
    count = qBound(1, count, BurstMessages::kMaxCount);
    QByteArray burst;
    burst.reserve(count * 14);
    for (int sequence = 1; sequence <= count; ++sequence)
        burst += BurstMessages::message(sequence, count) + '\n';
    for (TcpConnection *connection : targets(connectionIds))
        connection->send(burst, count);
}

void TcpClientSession::disconnectClient(int connectionId)
{
    if (cancelAttempt(connectionId))
        return;
    if (TcpConnection *connection = m_connections.value(connectionId))
        connection->closeGracefully();
}

void TcpClientSession::abortClient(int connectionId)
{
    if (cancelAttempt(connectionId))
        return;
    if (TcpConnection *connection = m_connections.value(connectionId))
        connection->abortWithReset();
}

void TcpClientSession::disconnectAll()
{
    ++m_lookupGeneration;
    const QList<int> attempts = m_attempts.keys();
    for (int id : attempts)
        cancelAttempt(id);
    const auto connections = m_connections;
    for (TcpConnection *connection : connections)
        connection->closeGracefully();
    m_events->flush();
}

void TcpClientSession::setFramingMode(FramingMode framing)
{
    for (TcpConnection *connection : std::as_const(m_connections))
        connection->setFraming(framing);
}
