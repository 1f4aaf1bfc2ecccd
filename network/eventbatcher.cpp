#include "network/eventbatcher.h"

#include <QCoreApplication>
#include <QThread>

EventBatcher::EventBatcher(QObject *parent)
    : QObject(parent)
    , m_timer(this) // a child, so moveToThread() takes the timer along
    , m_payloadInFlight(std::make_shared<std::atomic<qint64>>(0))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventBatcher::flush);
}

bool EventBatcher::isFlooded() const
{
    return payloadInFlight() > kMaxPayloadInFlight;
}

qint64 EventBatcher::payloadInFlight() const
{
    return m_payloadInFlight->load(std::memory_order_relaxed);
}

void EventBatcher::post(LabEvent event)
{
    if (!event.payload.isEmpty()) // most events carry none: no shared cache line touched
        m_payloadInFlight->fetch_add(event.payload.size(), std::memory_order_relaxed);
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
    if (batch.isEmpty())
        return;
    qint64 payload = 0;
    for (const LabEvent &event : std::as_const(batch))
        payload += event.payload.size();
    Q_EMIT batchReady(batch);
    // Queued to the main thread behind the batch itself: when this runs, the models (or the
    // headless printer's queue) have it. Without an application (some tests), at once.
    if (QCoreApplication *application = QCoreApplication::instance()) {
        QMetaObject::invokeMethod(application, [inFlight = m_payloadInFlight, payload] {
            inFlight->fetch_sub(payload, std::memory_order_relaxed);
        }, Qt::QueuedConnection);
    } else {
        m_payloadInFlight->fetch_sub(payload, std::memory_order_relaxed);
    }
}
