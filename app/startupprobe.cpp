#include "app/startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QList>

#include <ctime>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

qint64 StartupProbe::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    bool launchKnown = false;
    const qint64 launchedAtNs = qgetenv(kLaunchedAtVariable).toLongLong(&launchKnown);
    if (launchKnown) {
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const qint64 nowNs = qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
        return (nowNs - launchedAtNs) / 1000000;
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // field 22 of the line, counted from field 3
    if (fields.size() <= kStartTimeField)
        return -1;
    const double startSeconds = fields.at(kStartTimeField).toDouble() / double(::sysconf(_SC_CLK_TCK));
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now); // the clock starttime counts on
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((nowSeconds - startSeconds) * 1000.0);
#else
    return -1;
#endif
}

FirstFramePaintProbe::FirstFramePaintProbe(QWidget *watched)
    : QObject(watched)
    , m_widget(watched)
{
    watched->installEventFilter(this);
}

bool FirstFramePaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_firstFrameMs >= 0)
        return false;
    if (watched == m_widget) {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        // The native window exists from the widget's first show on, before anything is painted.
        if (!m_window && m_widget->windowHandle()) {
            m_window = m_widget->windowHandle();
            m_window->installEventFilter(this);
        }
        return false;
    }
    const bool paintingEvent = event->type() == QEvent::Expose || event->type() == QEvent::UpdateRequest;
    if (watched != m_window || !paintingEvent || m_delivering)
        return false;
    // Sent on from here (through the window's other filters, another probe's too), so that the
    // time can be taken once the window has painted and flushed; returning true keeps Qt from
    // delivering it twice.
    m_delivering = true;
    QCoreApplication::sendEvent(m_window, event);
    m_delivering = false;
    if (m_painted) {
        m_firstFrameMs = StartupProbe::msSinceProcessStart();
        m_widget->removeEventFilter(this);
        m_window->removeEventFilter(this);
        // Queued: whoever waits for the first frame runs after this event, not inside it.
        QMetaObject::invokeMethod(this, [this] { Q_EMIT firstFramePainted(m_firstFrameMs); }, Qt::QueuedConnection);
    }
    return true;
}
