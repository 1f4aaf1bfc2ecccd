#pragma once

// Test support: loopback peers the session and port-check tests share. Only 127.0.0.1 / ::1.
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "tests/support/hostprocess.h"
#include "tests/support/rawsocket.h"

#include <memory>
#include <vector>

// A port on which nothing listens: the kernel gave it to us a moment ago, and we closed it.
inline quint16 closedTcpPort(const QHostAddress &address)
{
    QTcpServer server;
    if (!server.listen(address, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// A python3 peer from tests/peers, killed when the test ends.
class PythonPeer
{
public:
    // Starts the script and reads the port it printed as its first line; 0 on failure.
    quint16 startServer(const QString &script, const QString &host)
    {
        if (!m_process.start(QStringLiteral("python3"), { script, host }))
            return 0;
        if (!QTest::qWaitFor([this] { return m_process.canReadLine() || !m_process.isRunning(); }, 10000))
            return 0;
        if (!m_process.canReadLine()) {
            qWarning("%s", m_process.errors().constData());
            return 0;
        }
        return m_process.readLine().trimmed().toUShort();
    }
    // Everything printed after the port, so far.
    QByteArray output() { return m_process.output().mid(m_process.output().indexOf('\n') + 1); }

private:
    HostProcess m_process;
};

// Fills a listener's accept queue so that further SYNs are dropped and connect() hangs in
// SYN_SENT: a connect timeout on loopback, with no packet leaving the machine. Linux accepts
// backlog + 1 connections before it drops SYNs; whether this kernel does is checked, not assumed.
class FullBacklogListener
{
public:
    FullBacklogListener() = default;
    FullBacklogListener(const FullBacklogListener &) = delete;
    FullBacklogListener &operator=(const FullBacklogListener &) = delete;
    ~FullBacklogListener()
    {
        m_fillers.clear();
        RawSocket::close(m_socket);
    }

    // True when a fresh connection attempt to port() is still waiting after 500 ms.
    bool setUp()
    {
        m_socket = RawSocket::openTcp();
        if (m_socket == RawSocket::kNone || !RawSocket::listenOnLoopback(m_socket, 0))
            return false;
        m_port = RawSocket::localPort(m_socket);
        for (int i = 0; i < 8; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            QTest::qWait(500);
            const bool stuck = socket->state() == QAbstractSocket::ConnectingState;
            m_fillers.push_back(std::move(socket));
            if (stuck)
                return true;
        }
        return false;
    }
    quint16 port() const { return m_port; }

private:
    RawSocket::Descriptor m_socket = RawSocket::kNone;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<QTcpSocket>> m_fillers;
};
