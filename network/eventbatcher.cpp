#include "network/eventbatcher.h"

#include <QThread>

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
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append(std::move(event));
        if (m_timerArmed)
            return;
        m_timerArmed = true;
    }
    if (QThread::currentThread() == thread())
        startTimer();
    else // a timer starts on its own thread only; once per batch, so ~30 of these a second
        QMetaObject::invokeMethod(this, &EventBatcher::startTimer, Qt::QueuedConnection);
}

void EventBatcher::startTimer()
{
    m_timer.start();
}

void EventBatcher::flush()
{
    m_timer.stop();
    LabEventBatch batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_timerArmed = false;
    }
    if (!batch.isEmpty())
        Q_EMIT batchReady(batch);
}
