#include "tests/support/rawsocket.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace RawSocket {

Descriptor openTcp()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    return fd < 0 ? kNone : fd;
}

Descriptor accept(Descriptor listening, bool nonBlocking)
{
    const int fd = ::accept4(int(listening), nullptr, nullptr, SOCK_CLOEXEC | (nonBlocking ? SOCK_NONBLOCK : 0));
    return fd < 0 ? kNone : fd;
}

bool setNonBlocking(Descriptor socket)
{
    const int flags = ::fcntl(int(socket), F_GETFL);
    return flags >= 0 && ::fcntl(int(socket), F_SETFL, flags | O_NONBLOCK) == 0;
}

bool waitReadable(Descriptor socket, int timeoutMs)
{
    pollfd pfd { int(socket), POLLIN, 0 };
    int result;
    do {
        result = ::poll(&pfd, 1, timeoutMs);
    } while (result < 0 && errno == EINTR);
    return result > 0;
}

qint64 send(Descriptor socket, const char *data, qint64 size)
{
    ssize_t sent;
    do {
        sent = ::send(int(socket), data, size_t(size), MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent;
}

qint64 sendNow(Descriptor socket, const char *data, qint64 size)
{
    const ssize_t sent = ::send(int(socket), data, size_t(size), MSG_NOSIGNAL | MSG_DONTWAIT);
    return sent < 0 ? 0 : sent;
}

qint64 receive(Descriptor socket, char *buffer, qint64 size)
{
    ssize_t got;
    do {
        got = ::recv(int(socket), buffer, size_t(size), 0);
    } while (got < 0 && errno == EINTR);
    return got;
}

bool shutdownWrite(Descriptor socket)
{
    return ::shutdown(int(socket), SHUT_WR) == 0;
}

void close(Descriptor socket)
{
    if (socket >= 0)
        ::close(int(socket));
}

int lastError()
{
    return errno;
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

int connectionResetError()
{
    return ECONNRESET;
}

int wouldBlockError()
{
    return EAGAIN;
}

} // namespace RawSocket
