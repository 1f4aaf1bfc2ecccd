#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <QWindow>

// The time to the window's first frame, as `--stats-file` reports it (first_frame_ms) and the
// benchmark judges it: from the moment the kernel started this process to the end of the
// first paint of a top-level window.
namespace StartupProbe {
// A launcher may write its CLOCK_MONOTONIC time, in ns, here just before it exec()s the program
// (the benchmark does): /proc/self/stat only counts in clock ticks of 10 ms.
constexpr char kLaunchedAtVariable[] = "SOCKETLAB_LAUNCHED_AT_NS";

// Milliseconds since this process was launched (kLaunchedAtVariable) or started (Linux:
// /proc/self/stat starttime vs. boot time); -1 where that cannot be known.
qint64 msSinceProcessStart();
}

// Watches a top-level widget for its first frame. Qt paints a window, and hands the frame to the
// window system (the flush), inside the handling of one window-system event: an expose, or an
// update request. firstFrameMs() is the time since process start right after the first such
// event in which the widget painted; whatever the event loop does next (on X11, a second
// expose that repaints the same window) is not part of the first frame.
class FirstFramePaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstFramePaintProbe(QWidget *watched);

    qint64 firstFrameMs() const { return m_firstFrameMs; } // -1 until painted

Q_SIGNALS:
    void firstFramePainted(qint64 msSinceProcessStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    QPointer<QWindow> m_window; // the widget's native window, once it exists
    qint64 m_firstFrameMs = -1;
    bool m_painted = false;
    bool m_delivering = false;
};
