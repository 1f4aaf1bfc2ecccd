#include "network/tcpserversession.h"

#include "network/eventbatcher.h"
#include "network/nativesocket.h"
#include "network/socketerrors.h"
#include "network/tcpconnectionpool.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

TcpServerConfig TcpServerConfig::courseDefaults(TcpServerKind kind)
{
    TcpServerConfig config;
    config.kind = kind;
    config.reply = kind == TcpServerKind::Simple ? ReplyMode::Echo : ReplyMode::UpperCase;
    return config;
}

TcpServerSession::TcpServerSession(QObject *parent)
    : QObject(parent)
    , m_events(new EventBatcher(this))
{
    connect(m_events, &EventBatcher::batchReady, this, &TcpServerSession::eventsReady);
}

TcpServerSession::~TcpServerSession()
{
    stop();
}

bool TcpServerSession::isListening() const
{
    return m_server && m_server->isListening();
}

int TcpServerSession::openConnectionCount() const
{
    return m_pool ? m_pool->openCount() : 0;
}

Endpoint TcpServerSession::listeningOn() const
{
    if (!isListening())
        return {};
    return Endpoint(m_server->serverAddress(), m_server->serverPort());
}

void TcpServerSession::start(const TcpServerConfig &config)
{
    stop();
    m_config = config;
    m_acceptFailing = false;
    m_server = new QTcpServer(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    // A whole class (or "open 1,000 connections") arrives at once: a deep accept queue keeps
    // the kernel from dropping handshakes. The simple server keeps the usual small backlog.
    if (config.kind == TcpServerKind::Multi)
        m_server->setListenBacklogSize(kMultiListenBacklog);
#endif

    if (!m_server->listen(config.bindAddress, config.port)) {
        LabEvent event = LabEvent::make(EventKind::Error);
        event.local = Endpoint(config.bindAddress, config.port);
        event.error = labErrorFrom(m_server->serverError());
        event.detail = m_server->errorString();
        // Not running any more before anyone hears of it: a listener may call stop() at once.
        m_server->deleteLater();
        m_server = nullptr;
        m_events->post(event);
        m_events->flush();
        return;
    }
    // QTcpServer listens; accept() is ours (acceptPending): Qt 6.4 hides accept()'s EMFILE
    // ("too many open files") and would retry it at full speed, never telling anyone.
    m_server->pauseAccepting();
    // The simple server serves one client at a time: one thread is all it needs.
    const int threads = config.kind == TcpServerKind::Simple ? 1 : TcpConnectionPool::defaultThreadCount();
    m_pool = new TcpConnectionPool(threads, m_events, this);
    connect(m_pool, &TcpConnectionPool::connectionFinished, this, &TcpServerSession::onConnectionFinished);
    m_acceptNotifier = new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, m_server);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &TcpServerSession::acceptPending);
    LabEvent event = LabEvent::make(EventKind::Listening);
    event.local = listeningOn();
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    event.backlog = m_server->listenBacklogSize(); // the backlog listen() was given
#else
    event.backlog = 50; // Qt's fixed listen() backlog before 6.3
#endif
    m_events->post(event);
}

void TcpServerSession::reportAcceptFailure(int error)
{
    // The clients wait in the kernel's backlog meanwhile. Said once; retried every second
    // until accept() works again (a client leaves, and its descriptor is free).
    m_acceptNotifier->setEnabled(false);
    if (!m_acceptFailing) {
        m_acceptFailing = true;
        LabEvent event = LabEvent::make(EventKind::Error);
        event.local = listeningOn();
        event.error = NativeSocket::labError(error);
        event.detail = NativeSocket::errorText(error);
        m_events->post(event);
    }
    // The notifier as the context: stop() deletes it at once (the server only later).
    QTimer::singleShot(kAcceptRetryMs, m_acceptNotifier, [this] {
        m_acceptNotifier->setEnabled(!busyWithOneClient());
        acceptPending();
    });
}

void TcpServerSession::stop()
{
    if (!m_server)
        return;
    const Endpoint wasListeningOn = listeningOn();
    m_pool->stopServing(); // every Closed event posted before Stopped
    delete m_pool;
    m_pool = nullptr;
    if (m_heldAtLimit >= 0)
        NativeSocket::close(std::exchange(m_heldAtLimit, -1)); // its grace timer goes with the notifier
    delete m_acceptNotifier; // before its socket is closed
    m_acceptNotifier = nullptr;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    LabEvent event = LabEvent::make(EventKind::Stopped);
    event.local = wasListeningOn;
    m_events->post(event);
    m_events->flush();
}

void TcpServerSession::setReplyMode(ReplyMode mode)
{
    m_config.reply = mode;
    if (m_pool)
        m_pool->setReplyMode(mode);
}

void TcpServerSession::setFramingMode(FramingMode framing)
{
    m_config.framing = framing;
    if (m_pool)
        m_pool->setFramingMode(framing);
}

void TcpServerSession::send(const QList<int> &connectionIds, const QByteArray &data)
{
    if (m_pool)
        m_pool->send(connectionIds, data);
}

void TcpServerSession::disconnectClient(int connectionId)
{
    if (m_pool)
        m_pool->closeGracefully(connectionId);
}

void TcpServerSession::abortClient(int connectionId)
{
    if (m_pool)
        m_pool->abortWithReset(connectionId);
}

bool TcpServerSession::busyWithOneClient() const
{
    return m_config.kind == TcpServerKind::Simple && openConnectionCount() > 0;
}

bool TcpServerSession::atClientLimit() const
{
    return m_config.kind == TcpServerKind::Multi && openConnectionCount() >= m_config.maxClients;
}

void TcpServerSession::turnAway(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        NativeSocket::close(descriptor);
        delete socket;
        return;
    }
    // Closed politely (FIN) before a byte is read, and said in the log with the limit: the
    // student sees why, and the server's memory and file descriptors stay bounded.
    LabEvent note = LabEvent::make(EventKind::Note);
    note.note = NoteKind::ClientLimitReached;
    note.local = Endpoint(socket->localAddress(), socket->localPort());
    note.remote = Endpoint(socket->peerAddress(), socket->peerPort());
    note.clientLimit = m_config.maxClients;
    m_events->post(note);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void TcpServerSession::acceptPending()
{
    // The multi server takes what waits, a bounded number per turn so that the clients already
    // connected are served between turns. The simple server takes exactly one client out of the
    // kernel's backlog, and no other until it leaves: the course's accept() loop.
    if (!m_server || m_heldAtLimit >= 0)
        return; // stopped: nothing to accept from; or a client waits at the limit
    const qintptr listening = m_server->socketDescriptor();
    for (int taken = 0; m_server && !busyWithOneClient() && taken < kMaxAcceptsPerTurn; ++taken) {
        qintptr descriptor = NativeSocket::kNone;
        NativeSocket::SystemError error = 0;
        const auto result = NativeSocket::accept(listening, &descriptor, &error);
        if (result == NativeSocket::AcceptResult::ClientLeft)
            continue; // a client that left while it waited: take the next one
        if (result == NativeSocket::AcceptResult::Failed)
            reportAcceptFailure(error);
        if (result != NativeSocket::AcceptResult::Accepted)
            return;
        if (atClientLimit() && !m_limitGraceOver) {
            holdAtClientLimit(descriptor);
            return;
        }
        adopt(descriptor);
    }
}

void TcpServerSession::holdAtClientLimit(qintptr descriptor)
{
    // The connections are served on other threads, which count out the ones that ended as they
    // get to them: when they are busy (a flood), the count lags behind. So a client that comes
    // at the limit waits a moment (the others in the backlog), and is turned away only if the
    // server is still full then.
    m_heldAtLimit = descriptor;
    m_acceptNotifier->setEnabled(false);
    QTimer::singleShot(kClientLimitGraceMs, m_acceptNotifier, [this] {
        m_limitGraceOver = true;
        adopt(std::exchange(m_heldAtLimit, -1)); // or turned away, said with the limit
        m_acceptNotifier->setEnabled(!m_acceptFailing);
        acceptPending();
        m_limitGraceOver = false;
    });
}

void TcpServerSession::adopt(qintptr descriptor)
{
    if (m_acceptFailing) {
        m_acceptFailing = false;
        LabEvent again = LabEvent::make(EventKind::Note);
        again.note = NoteKind::AcceptingAgain;
        again.local = listeningOn();
        m_events->post(again);
    }
    if (atClientLimit()) {
        turnAway(descriptor);
        return;
    }
    // Its Accepted event comes from the thread that serves it, before anything else it does.
    const bool onlyClient = m_config.kind == TcpServerKind::Simple;
    m_pool->adopt(m_nextConnectionId++, descriptor, m_config.framing, m_config.reply, onlyClient);
    if (onlyClient)
        m_acceptNotifier->setEnabled(false);
}

void TcpServerSession::onConnectionFinished()
{
    if (m_server && m_config.kind == TcpServerKind::Simple && openConnectionCount() == 0 && !m_acceptFailing) {
        // Its Closed event is posted: the next client's Accepted comes after it.
        m_acceptNotifier->setEnabled(true);
        acceptPending();
    }
}
