#pragma once

// Test support: a TCP peer made of plain socket calls on 127.0.0.1 (tests/support/rawsocket.h),
// for the faults a Qt socket would not let us make on purpose: half-close, RST in the middle of
// a send, never reading, one byte at a time. Nothing here waits for the server's thread, so the
// server can be on the same thread as long as the calls used are the non-blocking ones.
#include "tests/support/rawsocket.h"

#include <QByteArray>

#include <utility>

class RawTcpPeer
{
public:
    RawTcpPeer() = default;
    RawTcpPeer(const RawTcpPeer &) = delete;
    RawTcpPeer &operator=(const RawTcpPeer &) = delete;
    ~RawTcpPeer() { closeSocket(); }

    // receiveBufferBytes > 0: SO_RCVBUF before connect(), so a peer that never reads fills soon.
    bool connectTo(quint16 port, int receiveBufferBytes = 0)
    {
        m_socket = RawSocket::openTcp();
        if (m_socket == RawSocket::kNone)
            return false;
        if (receiveBufferBytes > 0)
            RawSocket::setReceiveBuffer(m_socket, receiveBufferBytes);
        if (!RawSocket::connectToLoopback(m_socket, port))
            return false;
        m_localPort = RawSocket::localPort(m_socket);
        return m_localPort != 0;
    }
    // Takes over a connected socket (from RawTcpListener::acceptOne).
    void adopt(RawSocket::Descriptor socket)
    {
        closeSocket();
        m_socket = socket;
    }
    quint16 localPort() const { return m_localPort; }

    // Blocking send of everything (the server must be on another thread, or the kernel's
    // buffers large enough). False on any error.
    bool sendAll(const QByteArray &data)
    {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const qint64 n = RawSocket::send(m_socket, data.constData() + sent, data.size() - sent);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }
    // Sends what the kernel takes now without waiting; returns that many bytes (0: full).
    qint64 sendSome(const QByteArray &data) { return RawSocket::sendNow(m_socket, data.constData(), data.size()); }
    // Everything that arrives until the server closes (recv() == 0 or an error) or nothing
    // comes for idleMs. *endedByClose tells which.
    QByteArray receiveUntilClosed(bool *endedByClose, int idleMs = 5000)
    {
        QByteArray data;
        *endedByClose = false;
        char buffer[65536];
        for (;;) {
            if (!RawSocket::waitReadable(m_socket, idleMs))
                return data;
            const qint64 n = RawSocket::receive(m_socket, buffer, sizeof buffer);
            if (n <= 0) {
                *endedByClose = true;
                return data;
            }
            data.append(buffer, n);
        }
    }
    // Reads until at least size bytes arrived, the peer closed, or nothing came for idleMs.
    QByteArray receive(qsizetype size, int idleMs = 5000)
    {
        QByteArray data;
        char buffer[65536];
        while (data.size() < size) {
            if (!RawSocket::waitReadable(m_socket, idleMs))
                break;
            const qint64 n = RawSocket::receive(m_socket, buffer, sizeof buffer);
            if (n <= 0)
                break;
            data.append(buffer, n);
        }
        return data;
    }
    // Our FIN goes out, and we can still read.
    bool shutdownWrite() { return RawSocket::shutdownWrite(m_socket); }
    // The kernel sends RST and drops whatever we had not sent.
    void resetClose()
    {
        RawSocket::resetClose(m_socket);
        m_socket = RawSocket::kNone;
    }
    void closeSocket()
    {
        RawSocket::close(m_socket);
        m_socket = RawSocket::kNone;
    }

private:
    RawSocket::Descriptor m_socket = RawSocket::kNone;
    quint16 m_localPort = 0;
};

// A listening socket on 127.0.0.1 for the faulty *server* side, against the client session.
class RawTcpListener
{
public:
    RawTcpListener() = default;
    RawTcpListener(const RawTcpListener &) = delete;
    RawTcpListener &operator=(const RawTcpListener &) = delete;
    ~RawTcpListener() { RawSocket::close(m_socket); }

    // Returns the port the kernel picked; 0 on failure.
    quint16 listen()
    {
        m_socket = RawSocket::openTcp();
        if (m_socket == RawSocket::kNone || !RawSocket::listenOnLoopback(m_socket, 16))
            return 0;
        return RawSocket::localPort(m_socket);
    }
    // Waits up to timeoutMs for a client; false if none came.
    bool acceptOne(RawTcpPeer *peer, int timeoutMs = 5000)
    {
        if (!RawSocket::waitReadable(m_socket, timeoutMs))
            return false;
        const RawSocket::Descriptor accepted = RawSocket::accept(m_socket, false);
        if (accepted == RawSocket::kNone)
            return false;
        peer->adopt(accepted);
        return true;
    }

private:
    RawSocket::Descriptor m_socket = RawSocket::kNone;
};

// A listening socket on 127.0.0.1 and blocking clients, for a test side that needs no event loop
// (the connection pool's events arrive through it; the socket table is read without one).
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_socket = RawSocket::openTcp();
        if (RawSocket::listenOnLoopback(m_socket, 128))
            m_port = RawSocket::localPort(m_socket);
    }
    ~LoopbackListener() { RawSocket::close(m_socket); }
    bool isListening() const { return m_socket != RawSocket::kNone && m_port != 0; }
    quint16 port() const { return m_port; }

    // A connected client socket (blocking) and the server's side of it (non-blocking), or kNones.
    std::pair<RawSocket::Descriptor, RawSocket::Descriptor> connectClient() const
    {
        const RawSocket::Descriptor client = RawSocket::openTcp();
        if (!RawSocket::connectToLoopback(client, m_port)) {
            RawSocket::close(client);
            return { RawSocket::kNone, RawSocket::kNone };
        }
        return { client, RawSocket::accept(m_socket, true) };
    }

private:
    RawSocket::Descriptor m_socket = RawSocket::kNone;
    quint16 m_port = 0;
};
