#pragma once

#include "network/labevent.h"

#include <QObject>
#include <QTimer>

// Collects events on the network thread and hands them over as one batch per tick, so a
// flood of traffic becomes at most ~30 queued signals per second to the GUI thread.
class EventBatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 33;

    explicit EventBatcher(QObject *parent = nullptr);

    void post(LabEvent event);
    // Hands over what is pending now (used before a session stops).
    void flush();

Q_SIGNALS:
    void batchReady(const LabEventBatch &batch);

private:
    LabEventBatch m_pending;
    QTimer m_timer;
};
