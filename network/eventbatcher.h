#pragma once

#include "network/labevent.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

// Collects events and hands them over as one batch per tick, so a flood of traffic becomes at
// most ~30 queued signals per second to the GUI thread. Any thread may post (a server's
// connections are served on several threads: TcpConnectionPool); the events of all of them
// keep the order in which they were posted, and batches leave from the batcher's own thread.
class EventBatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 33;
    // Payload bytes posted and not yet taken in by the application's main thread (where the
    // models and the printer are): past this, connections stop reading for a moment (TCP flow
    // control holds the peer back), so a fast sender cannot pile batches up in memory.
    static constexpr qint64 kMaxPayloadInFlight = 32 * 1024 * 1024;

    explicit EventBatcher(QObject *parent = nullptr);

    void post(LabEvent event); // any thread
    // Hands over what is pending now (used before a session stops). The batcher's thread only.
    void flush();
    // Any thread: too much payload is on its way to the main thread (kMaxPayloadInFlight).
    bool isFlooded() const;
    qint64 payloadInFlight() const;

Q_SIGNALS:
    void batchReady(const LabEventBatch &batch);

private:
    void startTimer();

    QMutex m_mutex; // guards m_pending and m_timerArmed
    LabEventBatch m_pending;
    bool m_timerArmed = false; // a flush is due: the next post needs not arm the timer again
    QTimer m_timer;
    // Counted up as events are posted, down once the main thread has handled their batch.
    // Shared: the main thread may get to a batch after this batcher is gone.
    std::shared_ptr<std::atomic<qint64>> m_payloadInFlight;
};
