#pragma once

// Test support: a TCP peer made of plain POSIX calls on 127.0.0.1, for the faults a Qt socket
// would not let us make on purpose: half-close, RST in the middle of a send, never reading,
// one byte at a time. Nothing here waits for the server's thread, so the server can be on the
// same thread as long as the calls used are the non-blocking ones.
#include <QByteArray>

#include <cerrno>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

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
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return false;
        if (receiveBufferBytes > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof receiveBufferBytes);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
            return false;
        sockaddr_in local {};
        socklen_t length = sizeof local;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
            return false;
        m_localPort = ntohs(local.sin_port);
        return true;
    }
    // Takes over a connected descriptor (from RawTcpListener::acceptOne).
    void adopt(int fd)
    {
        closeSocket();
        m_fd = fd;
    }
    int fd() const { return m_fd; }
    quint16 localPort() const { return m_localPort; }

    // Blocking send of everything (the server must be on another thread, or the kernel's
    // buffers large enough). False on any error.
    bool sendAll(const QByteArray &data)
    {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }
    // Sends what the kernel takes now without waiting; returns that many bytes (0: full).
    qint64 sendSome(const QByteArray &data)
    {
        const ssize_t n = ::send(m_fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        return n < 0 ? 0 : n;
    }
    // Everything that arrives until the server closes (recv() == 0 or an error) or nothing
    // comes for idleMs. *endedByClose tells which.
    QByteArray receiveUntilClosed(bool *endedByClose, int idleMs = 5000)
    {
        QByteArray data;
        *endedByClose = false;
        char buffer[65536];
        for (;;) {
            pollfd pfd { m_fd, POLLIN, 0 };
            if (::poll(&pfd, 1, idleMs) <= 0)
                return data;
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n < 0 && errno == EINTR)
                continue;
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
            pollfd pfd { m_fd, POLLIN, 0 };
            if (::poll(&pfd, 1, idleMs) <= 0)
                break;
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            data.append(buffer, n);
        }
        return data;
    }
    // shutdown(SHUT_WR): our FIN goes out, and we can still read.
    bool shutdownWrite() { return ::shutdown(m_fd, SHUT_WR) == 0; }
    // close() with SO_LINGER 0: the kernel sends RST and drops whatever we had not sent.
    void resetClose()
    {
        linger option { 1, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &option, sizeof option);
        closeSocket();
    }
    void closeSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    quint16 m_localPort = 0;
};

// A listening socket on 127.0.0.1 for the faulty *server* side, against the client session.
class RawTcpListener
{
public:
    RawTcpListener() = default;
    RawTcpListener(const RawTcpListener &) = delete;
    RawTcpListener &operator=(const RawTcpListener &) = delete;
    ~RawTcpListener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    // Returns the port the kernel picked; 0 on failure.
    quint16 listen()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return 0;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_fd, 16) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return 0;
        return ntohs(address.sin_port);
    }
    // Waits up to timeoutMs for a client; false if none came.
    bool acceptOne(RawTcpPeer *peer, int timeoutMs = 5000)
    {
        pollfd pfd { m_fd, POLLIN, 0 };
        if (::poll(&pfd, 1, timeoutMs) <= 0)
            return false;
        const int fd = ::accept(m_fd, nullptr, nullptr);
        if (fd < 0)
            return false;
        peer->adopt(fd);
        return true;
    }

private:
    int m_fd = -1;
};
