#pragma once

#include <QObject>

// Startup time as the benchmark measures it (issue 7: "startup to first frame within 30 ms of
// a bare Qt window"): from the moment the kernel started this process to the end of the first
// paint of a top-level window. bench/startup's bare window uses the same probe, so the two
// figures are comparable.
namespace StartupProbe {
// Milliseconds since this process started (Linux: /proc/self/stat starttime vs. boot time);
// -1 where that cannot be known.
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
