#include "network/socketstatepoller.h"

SocketStatePoller::SocketStatePoller(QObject *parent)
    : QObject(parent)
    , m_timer(this) // a child, so that moveToThread() takes the timer along
{
    qRegisterMetaType<KernelSocket>();
    qRegisterMetaType<QList<KernelSocket>>();
    m_timer.setInterval(kPollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SocketStatePoller::pollNow);
}

void SocketStatePoller::setPort(quint16 port)
{
    if (m_port.exchange(port) == port || !m_polling.load())
        return;
    // Queued: setPort() may be called from the GUI thread, the reading belongs to ours.
    QMetaObject::invokeMethod(this, &SocketStatePoller::pollNow, Qt::QueuedConnection);
}

void SocketStatePoller::start()
{
    m_polling.store(true);
    pollNow();
    m_timer.start();
}

void SocketStatePoller::stop()
{
    m_polling.store(false);
    m_timer.stop();
}

void SocketStatePoller::pollNow()
{
    Q_EMIT snapshot(KernelSocketTable::read(m_port.load()));
}
