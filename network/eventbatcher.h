#pragma once

#include "network/labevent.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

// Collects events and hands them over as one batch per tick, so a flood of traffic becomes at
// most ~30 queued signals per second to the GUI thread. Any thread may post (a server's
// connections are served on several threads: TcpConnectionPool); the events of all of them
// keep the order in which they were posted, and batches leave from the batcher's own thread.
class EventBatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 33;

    explicit EventBatcher(QObject *parent = nullptr);

    void post(LabEvent event); // any thread
    // Hands over what is pending now (used before a session stops). The batcher's thread only.
    void flush();

Q_SIGNALS:
    void batchReady(const LabEventBatch &batch);

private:
    void startTimer();

    QMutex m_mutex; // guards m_pending and m_timerArmed
    LabEventBatch m_pending;
    bool m_timerArmed = false; // a flush is due: the next post needs not arm the timer again
    QTimer m_timer;
};
