#include "network/fileserversession.h"

#include "network/eventbatcher.h"
#include "network/filetransfersender.h"
#include "network/socketerrors.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>

FileServerSession::FileServerSession(QObject *parent)
    : QObject(parent)
    , m_events(new EventBatcher(this))
{
    connect(m_events, &EventBatcher::batchReady, this, &FileServerSession::eventsReady);
}

FileServerSession::~FileServerSession()
{
    stop();
}

bool FileServerSession::isListening() const
{
    return m_server && m_server->isListening();
}

Endpoint FileServerSession::listeningOn() const
{
    return isListening() ? Endpoint(m_server->serverAddress(), m_server->serverPort()) : Endpoint();
}

qint64 FileServerSession::largestQueue() const
{
    qint64 largest = 0;
    for (const FileTransferSender *sender : m_senders)
        largest = qMax(largest, sender->queuedBytes());
    return largest;
}

void FileServerSession::postStartError(LabError error, const QString &detail)
{
    LabEvent event = LabEvent::make(EventKind::Error);
    event.error = error;
    event.detail = detail;
    m_events->post(event);
    m_events->flush();
}

void FileServerSession::start(const FileServerConfig &config)
{
    stop();
    const QFileInfo root(config.root);
    if (!root.isDir()) {
        postStartError(LabError::Other, config.root); // the page and the command line check first
        return;
    }
    m_root = root.canonicalFilePath();
    m_server = new QTcpServer(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 3, 0)
    m_server->setListenBacklogSize(FileServerConfig::kListenBacklog);
#endif
    if (!m_server->listen(config.bindAddress, config.port)) {
        const LabError error = labErrorFrom(m_server->serverError());
        const QString detail = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        postStartError(error, detail);
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &FileServerSession::acceptPending);
    LabEvent event = LabEvent::make(EventKind::Listening);
    event.local = listeningOn();
    event.backlog = FileServerConfig::kListenBacklog;
    event.detail = m_root; // what is exposed
    m_events->post(event);
}

void FileServerSession::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const int id = m_nextConnectionId++;
        auto *sender = new FileTransferSender(id, socket, m_root, m_events, this);
        m_senders.insert(id, sender);
        connect(sender, &FileTransferSender::finished, this, [this](int finishedId) {
            if (FileTransferSender *done = m_senders.take(finishedId))
                done->deleteLater();
        });
    }
}

void FileServerSession::abortClient(int connectionId)
{
    if (FileTransferSender *sender = m_senders.value(connectionId))
        sender->abortTransfer(CloseReason::AbortedByUs);
}

void FileServerSession::stop()
{
    if (!m_server)
        return;
    const Endpoint was = listeningOn();
    m_server->close();
    const auto senders = m_senders;
    for (FileTransferSender *sender : senders)
        sender->abortTransfer(CloseReason::ServerStopped);
    delete m_server;
    m_server = nullptr;
    LabEvent stopped = LabEvent::make(EventKind::Stopped);
    stopped.local = was;
    m_events->post(stopped);
    m_events->flush();
}
