#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

class QTimer;

// How long the window's thread was too busy to answer: a timer that should fire every
// intervalMs, and how late each tick came (the benchmark's window-stall figures). A stall
// delays the next tick, so lateness is what a user feels as a frozen window.
class MainThreadHeartbeat : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 10;

    explicit MainThreadHeartbeat(QObject *parent = nullptr, int intervalMs = kDefaultIntervalMs);

    void start();
    int intervalMs() const { return m_intervalMs; }
    qsizetype samples() const { return m_latenessMs.size(); }
    double maxLatenessMs() const;
    // The lateness that 99% of ticks stayed under (nearest rank).
    double percentileLatenessMs(double percentile) const;

private:
    void tick();

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    int m_intervalMs;
    QVector<float> m_latenessMs;
};
