#include "network/tcpconnectionpool.h"

#include "network/connectionworker.h"
#include "network/eventbatcher.h"
#include "network/nativesocket.h"

#include <QThread>

#include <algorithm>

int TcpConnectionPool::defaultThreadCount()
{
    return std::clamp(QThread::idealThreadCount(), 1, kMaxThreads);
}

TcpConnectionPool::TcpConnectionPool(int threadCount, EventBatcher *events, QObject *parent)
    : QObject(parent)
    , m_events(events)
{
    m_shares.resize(size_t(std::max(threadCount, 1)));
    for (size_t index = 0; index < m_shares.size(); ++index) {
        Share &share = m_shares[index];
        share.thread = new QThread;
        share.thread->setObjectName(QStringLiteral("connections %1").arg(index + 1));
        share.worker = new ConnectionWorker(events);
        share.worker->moveToThread(share.thread);
        // Deleted on its own thread as that thread ends, after the connections it deleted later.
        connect(share.thread, &QThread::finished, share.worker, &QObject::deleteLater);
        connect(share.worker, &ConnectionWorker::connectionFinished, this, &TcpConnectionPool::onConnectionFinished);
        share.thread->start();
    }
}

TcpConnectionPool::~TcpConnectionPool()
{
    if (openCount() > 0)
        stopServing();
    for (Share &share : m_shares) {
        share.thread->quit();
        share.thread->wait();
        delete share.thread;
    }
}

int TcpConnectionPool::openCount() const
{
    int open = 0;
    for (const Share &share : m_shares)
        open += share.worker->openCount();
    return open;
}

QList<int> TcpConnectionPool::openPerThread() const
{
    QList<int> counts;
    for (const Share &share : m_shares)
        counts.append(share.worker->openCount());
    return counts;
}

template<typename Function>
void TcpConnectionPool::onWorker(const Share &share, Function function)
{
    QMetaObject::invokeMethod(share.worker, [worker = share.worker, function] { function(worker); },
                              Qt::QueuedConnection);
}

void TcpConnectionPool::adopt(int connectionId, qintptr descriptor, FramingMode framing, ReplyMode reply,
                              bool onlyClient)
{
    const auto leastBusy = std::min_element(m_shares.begin(), m_shares.end(), [](const Share &a, const Share &b) {
        return a.worker->openCount() < b.worker->openCount();
    });
    leastBusy->worker->countHandedOver();
    m_shareOf.insert(connectionId, int(leastBusy - m_shares.begin()));
    LabEvent accepted = LabEvent::make(EventKind::Accepted, connectionId);
    NativeSocket::endpoints(descriptor, &accepted.local, &accepted.remote);
    m_events->post(accepted); // before anything its thread posts about it
    if (onlyClient) {
        LabEvent note = accepted;
        note.kind = EventKind::Note;
        note.note = NoteKind::ServingOneClient;
        m_events->post(note);
    }
    onWorker(*leastBusy, [=](ConnectionWorker *worker) { worker->adopt(accepted, descriptor, framing, reply); });
}

void TcpConnectionPool::send(const QList<int> &connectionIds, const QByteArray &data)
{
    if (connectionIds.isEmpty()) {
        for (const Share &share : m_shares)
            onWorker(share, [data](ConnectionWorker *worker) { worker->send({}, data); });
        return;
    }
    // One call per thread, with its own connections in the order given.
    std::vector<QList<int>> idsOf(m_shares.size());
    for (int id : connectionIds) {
        const auto found = m_shareOf.constFind(id);
        if (found != m_shareOf.cend())
            idsOf[size_t(*found)].append(id);
    }
    for (size_t index = 0; index < m_shares.size(); ++index) {
        if (!idsOf[index].isEmpty())
            onWorker(m_shares[index], [ids = idsOf[index], data](ConnectionWorker *worker) { worker->send(ids, data); });
    }
}

void TcpConnectionPool::closeGracefully(int connectionId)
{
    const auto found = m_shareOf.constFind(connectionId);
    if (found != m_shareOf.cend())
        onWorker(m_shares[size_t(*found)], [connectionId](ConnectionWorker *worker) { worker->closeGracefully(connectionId); });
}

void TcpConnectionPool::abortWithReset(int connectionId)
{
    const auto found = m_shareOf.constFind(connectionId);
    if (found != m_shareOf.cend())
        onWorker(m_shares[size_t(*found)], [connectionId](ConnectionWorker *worker) { worker->abortWithReset(connectionId); });
}

void TcpConnectionPool::setReplyMode(ReplyMode mode)
{
    for (const Share &share : m_shares)
        onWorker(share, [mode](ConnectionWorker *worker) { worker->setReplyMode(mode); });
}

void TcpConnectionPool::setFramingMode(FramingMode framing)
{
    for (const Share &share : m_shares)
        onWorker(share, [framing](ConnectionWorker *worker) { worker->setFramingMode(framing); });
}

void TcpConnectionPool::stopServing()
{
    // Blocking: "server stopped" must come after every connection's Closed event. The workers
    // never wait for this thread, so this cannot deadlock.
    for (const Share &share : m_shares)
        QMetaObject::invokeMethod(share.worker, &ConnectionWorker::closeAllServerStopped, Qt::BlockingQueuedConnection);
    // Their connectionFinished signals are still queued to this thread: nobody is open now.
    m_shareOf.clear();
}

void TcpConnectionPool::onConnectionFinished(int connectionId)
{
    if (m_shareOf.remove(connectionId) == 0)
        return; // already let go by stopServing()
    Q_EMIT connectionFinished(connectionId);
}
