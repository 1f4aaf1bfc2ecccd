#pragma once

#include <QObject>

// Startup time as the benchmark measures it (issue 7: "startup to first frame within 30 ms of
// a bare Qt window"): from the moment the kernel started this process to the end of the first
// paint of a top-level window. bench/startup's bare window uses the same probe, so the two
// figures are comparable.
namespace StartupProbe {
// A launcher may write its CLOCK_MONOTONIC time, in ns, into this variable just before it
// exec()s the program (bench/run-model-benchmarks.sh does): the start is then known to the
// microsecond, where /proc/self/stat counts in clock ticks of 10 ms.
constexpr char kLaunchedAtVariable[] = "SOCKETLAB_LAUNCHED_AT_NS";

// Milliseconds since this process was launched (kLaunchedAtVariable) or started (Linux:
// /proc/self/stat starttime vs. boot time); -1 where that cannot be known.
qint64 msSinceProcessStart();
}

// Watches a widget for its first paint; firstFrameMs() is then the time since process start.
class FirstFramePaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstFramePaintProbe(QObject *watched);

    qint64 firstFrameMs() const { return m_firstFrameMs; } // -1 until painted

Q_SIGNALS:
    void firstFramePainted(qint64 msSinceProcessStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 m_firstFrameMs = -1;
    bool m_painting = false;
};
