#include "network/fileclientsession.h"

#include "network/eventbatcher.h"
#include "network/nativesocket.h"
#include "network/socketerrors.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTcpSocket>

FileClientSession::FileClientSession(QObject *parent)
    : QObject(parent)
    , m_events(new EventBatcher(this))
    , m_connectTimer(this) // a child: moveToThread() takes it along to the network thread
{
    connect(m_events, &EventBatcher::batchReady, this, &FileClientSession::eventsReady);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        LabEvent error = makeEvent(EventKind::Error);
        error.error = LabError::Timeout;
        m_events->post(error);
        finish(TransferFacts::Failure::ConnectionFailed, CloseReason::ClosedAfterError);
    });
}

FileClientSession::~FileClientSession()
{
    cancel();
}

LabEvent FileClientSession::makeEvent(EventKind kind) const
{
    LabEvent event = LabEvent::make(kind, m_connectionId);
    event.local = m_local;
    event.remote = m_remote;
    return event;
}

void FileClientSession::postTransfer(TransferFacts::Phase phase, TransferFacts::Failure failure)
{
    LabEvent event = makeEvent(EventKind::Transfer);
    event.transfer = m_meter.facts(phase, failure);
    m_events->post(event);
}

void FileClientSession::failBeforeConnecting(TransferFacts::Failure failure, const QString &detail)
{
    LabEvent event = makeEvent(EventKind::Transfer);
    event.transfer = m_meter.facts(TransferFacts::Phase::Failed, failure);
    event.detail = detail;
    m_events->post(event);
    m_events->flush();
}

void FileClientSession::download(const FileClientConfig &config)
{
    cancel();
    m_config = config;
    m_local = m_remote = Endpoint();
    m_connected = false;
    m_meter.start(config.name, false);
    m_meter.base().file = QFileInfo(config.outputPath).absoluteFilePath();
    if (!config.overwrite && QFileInfo::exists(config.outputPath)) {
        failBeforeConnecting(TransferFacts::Failure::FileExists, config.outputPath);
        return;
    }
    m_output = std::make_unique<QSaveFile>(config.outputPath);
    if (!m_output->open(QIODevice::WriteOnly)) {
        const QString why = m_output->errorString();
        m_output.reset();
        failBeforeConnecting(TransferFacts::Failure::CannotWrite, why);
        return;
    }
    ++m_connectionId;
    LabEvent resolving = makeEvent(EventKind::Resolving);
    resolving.detail = config.host;
    m_events->post(resolving);

    m_socket = new QTcpSocket(this);
    m_socket->setReadBufferSize(kMaxReadBytes);
    connect(m_socket, &QTcpSocket::connected, this, &FileClientSession::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &FileClientSession::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &FileClientSession::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &FileClientSession::onDisconnected);
    m_connectTimer.start(config.connectTimeoutMs);
    m_socket->connectToHost(config.host, config.port); // every address of the host, in turn
}

void FileClientSession::onConnected()
{
    m_connectTimer.stop();
    m_connected = true;
    m_local = Endpoint(m_socket->localAddress(), m_socket->localPort());
    m_remote = Endpoint(m_socket->peerAddress(), m_socket->peerPort());
    m_duplicate = NativeSocket::keepWitness(m_socket->socketDescriptor());
    m_events->post(makeEvent(EventKind::Connected));
    // The course's client: send(s, name, strlen(name) + 1, 0), the NUL ends the name.
    const QByteArray request = m_config.name.toUtf8() + '\0';
    m_socket->write(request);
    LabEvent sent = makeEvent(EventKind::Sent);
    sent.payload = request;
    sent.messageCount = 1;
    m_events->post(sent);
    m_meter.start(m_config.name, false); // the clock starts with the request
    m_meter.base().file = QFileInfo(m_config.outputPath).absoluteFilePath();
    postTransfer(TransferFacts::Phase::Started);
}

void FileClientSession::onReadyRead()
{
    // Qt's socket makes one recv() per readiness and hands us what it returned: that is the
    // call counted here, with its size (bounded by kMaxReadBytes).
    m_buffer.resize(kMaxReadBytes); // once: the same buffer for every read
    const qint64 size = m_socket->read(m_buffer.data(), kMaxReadBytes);
    if (size <= 0 || !m_output)
        return;
    m_meter.count(m_buffer.constData(), size);
    if (m_output->write(m_buffer.constData(), size) != size) {
        LabEvent error = makeEvent(EventKind::Error);
        error.error = LabError::Other;
        error.detail = m_output->errorString();
        m_events->post(error);
        m_socket->abort();
        finish(TransferFacts::Failure::CannotWrite, CloseReason::AbortedByUs);
        return;
    }
    if (m_meter.progressDue())
        postTransfer(TransferFacts::Phase::Progress);
}

void FileClientSession::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // the end of the stream: disconnected() follows
    LabEvent event = makeEvent(EventKind::Error);
    event.error = labErrorFrom(error);
    event.detail = m_socket->errorString();
    m_events->post(event);
    finish(TransferFacts::Failure::ConnectionFailed, CloseReason::ClosedAfterError);
}

void FileClientSession::onDisconnected()
{
    if (!m_socket)
        return;
    while (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (NativeSocket::howPeerClosed(m_duplicate) == NativeSocket::PeerClose::Reset) {
        // The server reset the connection: what arrived is not the whole file.
        LabEvent reset = makeEvent(EventKind::Error);
        reset.error = LabError::ConnectionReset;
        m_events->post(reset);
        finish(TransferFacts::Failure::ConnectionFailed, CloseReason::ClosedAfterError);
        return;
    }
    finish(m_meter.bytes() > 0 ? TransferFacts::Failure::None : TransferFacts::Failure::NothingReceived,
           CloseReason::ClosedByPeer);
}

void FileClientSession::cancel()
{
    if (!m_socket)
        return;
    m_socket->abort();
    finish(TransferFacts::Failure::Cancelled, CloseReason::AbortedByUs);
}

void FileClientSession::finish(TransferFacts::Failure failure, CloseReason reason)
{
    if (!m_socket)
        return;
    m_connectTimer.stop();
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    if (m_duplicate != NativeSocket::kNone)
        NativeSocket::close(std::exchange(m_duplicate, NativeSocket::kNone));
    if (failure == TransferFacts::Failure::None && !m_output->commit())
        failure = TransferFacts::Failure::CannotWrite;
    m_output.reset(); // not committed: QSaveFile removes its temporary file
    postTransfer(failure == TransferFacts::Failure::None ? TransferFacts::Phase::Finished
                                                         : TransferFacts::Phase::Failed, failure);
    if (m_connected) {
        LabEvent closed = makeEvent(EventKind::Closed);
        closed.reason = reason;
        m_events->post(closed);
    }
    m_events->flush();
}
