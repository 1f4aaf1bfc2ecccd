#include "network/eventbatcher.h"

EventBatcher::EventBatcher(QObject *parent)
    : QObject(parent)
    , m_timer(this) // a child, so moveToThread() takes the timer along
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventBatcher::flush);
}

void EventBatcher::post(LabEvent event)
{
    m_pending.append(std::move(event));
    if (!m_timer.isActive())
        m_timer.start();
}

void EventBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    LabEventBatch batch;
    batch.swap(m_pending);
    Q_EMIT batchReady(batch);
}
