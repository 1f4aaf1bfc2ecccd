#include "app/startupprobe.h"

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

FirstFramePaintProbe::FirstFramePaintProbe(QObject *watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstFramePaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstFrameMs < 0 && !m_painting) {
        m_painting = true;
        // Queued: runs once this paint, and the flush to the screen that follows it, are done.
        QMetaObject::invokeMethod(this, [this, watched] {
            m_firstFrameMs = StartupProbe::msSinceProcessStart();
            watched->removeEventFilter(this);
            Q_EMIT firstFramePainted(m_firstFrameMs);
        }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
