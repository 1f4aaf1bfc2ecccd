#pragma once

#include "network/framingmode.h"
#include "network/labevent.h"
#include "network/replypolicy.h"

#include <QHash>
#include <QObject>

#include <atomic>

class EventBatcher;
class TcpConnection;

// Serves a share of one server's connections on a thread of its own (see TcpConnectionPool):
// reading, answering and writing for these connections runs beside the other shares, on the
// other cores. It reports through the server's EventBatcher, which any thread may post to.
// Every function runs on the worker's thread; the pool calls them through queued invocations.
class ConnectionWorker : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionWorker(EventBatcher *events);

    // Connections handed to this worker and not finished yet. Any thread: the server checks
    // its client limit with it at once, not when a queued signal from here gets through.
    int openCount() const { return m_open.load(std::memory_order_relaxed); }
    // The server's thread, as it hands a connection over (adopt() follows, queued).
    void countHandedOver() { m_open.fetch_add(1, std::memory_order_relaxed); }

    // Takes over a socket the server accepted; the pool posted its Accepted event already.
    void adopt(const LabEvent &accepted, qintptr descriptor, FramingMode framing, ReplyMode reply);
    // An empty list means every connection of this worker.
    void send(const QList<int> &connectionIds, const QByteArray &data);
    void closeGracefully(int connectionId);
    void abortWithReset(int connectionId);
    void setReplyMode(ReplyMode mode);
    void setFramingMode(FramingMode framing);
    // The server stops: every connection is closed now (FIN, without waiting for a slow reader);
    // their Closed events are posted when this returns.
    void closeAllServerStopped();

Q_SIGNALS:
    // The connection is over (its Closed event posted), or could not be taken over.
    void connectionFinished(int connectionId);

private:
    void onFinished(int connectionId);

    void countFinished(int connectionId);

    EventBatcher *m_events;
    QHash<int, TcpConnection *> m_connections;
    std::atomic<int> m_open { 0 };
};
