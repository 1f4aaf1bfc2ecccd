#include "app/mainthreadheartbeat.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

MainThreadHeartbeat::MainThreadHeartbeat(QObject *parent, int intervalMs)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_intervalMs(intervalMs)
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &MainThreadHeartbeat::tick);
}

void MainThreadHeartbeat::start()
{
    m_clock.start();
    m_lastTickNs = 0;
    m_timer->start();
}

void MainThreadHeartbeat::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double lateness = double(now - m_lastTickNs) / 1e6 - m_intervalMs;
    m_latenessMs.append(float(std::max(0.0, lateness)));
    m_lastTickNs = now;
}

double MainThreadHeartbeat::maxLatenessMs() const
{
    return m_latenessMs.isEmpty() ? 0.0 : double(*std::max_element(m_latenessMs.cbegin(), m_latenessMs.cend()));
}

double MainThreadHeartbeat::percentileLatenessMs(double percentile) const
{
    if (m_latenessMs.isEmpty())
        return 0.0;
    QVector<float> sorted = m_latenessMs;
    const auto rank = qsizetype(std::ceil(percentile / 100.0 * double(sorted.size()))) - 1;
    const auto nth = sorted.begin() + std::clamp<qsizetype>(rank, 0, sorted.size() - 1);
    std::nth_element(sorted.begin(), nth, sorted.end());
    return double(*nth);
}
