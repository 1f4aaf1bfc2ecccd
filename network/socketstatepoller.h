#pragma once

#include "network/kernelsockettable.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>

// Reads the kernel socket table for the lab's port twice a second while started (the
// socket-state view is visible) and hands each reading over as a snapshot. Lives on the
// network thread; a reading takes well under a millisecond, so it never holds sessions up.
class SocketStatePoller : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 500;

    explicit SocketStatePoller(QObject *parent = nullptr);

    quint16 port() const { return m_port.load(); }
    bool isPolling() const { return m_polling.load(); }

public Q_SLOTS:
    // The port whose sockets to report (local or remote), 0 for all. Safe from any thread;
    // while polling, a new snapshot follows at once.
    void setPort(quint16 port);
    // Polls now and then every kPollIntervalMs, until stop().
    void start();
    void stop();
    // One reading now, started or not.
    void pollNow();

Q_SIGNALS:
    void snapshot(const QList<KernelSocket> &sockets);

private:
    QTimer m_timer;
    std::atomic<quint16> m_port { 0 };
    std::atomic<bool> m_polling { false };
};
