#pragma once

#include "network/framingmode.h"
#include "network/replypolicy.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <vector>

class ConnectionWorker;
class EventBatcher;
class QThread;

// The threads that serve a TCP server's connections. One thread (the network thread, or the
// headless run's main thread) cannot keep up with a class's worth of clients on a machine with
// two cores (bench/README.md). So the server only accepts, and each accepted socket goes to the
// worker with the fewest connections, which serves it until it closes. All of a connection's events
// come from one thread, in order; the shared EventBatcher keeps the order between threads.
// Lives on the server's thread; the workers' threads are its own.
class TcpConnectionPool : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxThreads = 4;
    // One per core, within [1, kMaxThreads].
    static int defaultThreadCount();

    TcpConnectionPool(int threadCount, EventBatcher *events, QObject *parent = nullptr);
    // Closes what is still open (as stopServing()) and joins the threads.
    ~TcpConnectionPool() override;

    int threadCount() const { return int(m_shares.size()); }
    // Counted by the threads themselves as connections end: the client limit is checked with
    // what is open now, even while this thread is busy and their signals wait in its queue.
    int openCount() const;
    // How many connections each thread serves now.
    QList<int> openPerThread() const;

    // Takes over an accepted socket, served from now on by one of the threads. Its Accepted
    // event is posted here, on the accepting thread: events and numbers keep the accept order,
    // which the threads, each posting its own, would not.
    void adopt(int connectionId, qintptr descriptor, FramingMode framing, ReplyMode reply, bool onlyClient);
    // An empty list means every open connection.
    void send(const QList<int> &connectionIds, const QByteArray &data);
    void closeGracefully(int connectionId);
    void abortWithReset(int connectionId);
    void setReplyMode(ReplyMode mode);
    void setFramingMode(FramingMode framing);
    // Every connection closed now; their Closed events are posted when this returns.
    void stopServing();

Q_SIGNALS:
    // On the pool's thread; the connection's Closed event is already posted.
    void connectionFinished(int connectionId);

private:
    struct Share
    {
        QThread *thread = nullptr;
        ConnectionWorker *worker = nullptr;
    };

    void onConnectionFinished(int connectionId);
    // Calls function(worker) on the worker's thread, in the order of the calls.
    template<typename Function>
    void onWorker(const Share &share, Function function);

    EventBatcher *m_events;
    std::vector<Share> m_shares;
    QHash<int, int> m_shareOf; // connection id -> index in m_shares, until its end is signalled
};
