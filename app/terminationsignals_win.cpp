#include "app/terminationsignals.h"

#include <QPointer>

#include <windows.h>

namespace {
// The handler runs on a thread Windows creates for it: it queues the request to the object's
// thread. For a closing console Windows ends the process once the handler returns, so the
// handler waits (up to the few seconds Windows allows) until the run is over.
QPointer<TerminationSignals> g_target;
HANDLE g_runOver = nullptr;
constexpr DWORD kCloseWaitMs = 4500; // Windows ends the process after 5 s

BOOL WINAPI onConsoleEvent(DWORD type)
{
    QPointer<TerminationSignals> target = g_target;
    if (!target)
        return FALSE;
    QMetaObject::invokeMethod(target.data(), [target] {
        if (target)
            Q_EMIT target->terminationRequested();
    }, Qt::QueuedConnection);
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT)
        ::WaitForSingleObject(g_runOver, kCloseWaitMs);
    return TRUE;
}
} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    g_target = this;
    if (!g_runOver)
        g_runOver = ::CreateEventW(nullptr, TRUE, FALSE, nullptr);
    ::ResetEvent(g_runOver);
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

TerminationSignals::~TerminationSignals()
{
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_target = nullptr;
    ::SetEvent(g_runOver); // a closing console may end the process now
}
