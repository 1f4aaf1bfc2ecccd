#include "tests/support/rawsocket.h"

#include <winsock2.h>
#include <ws2tcpip.h>

namespace RawSocket {

namespace {

// Winsock counts its users: a test may open a raw socket before any Qt socket started it.
void startWinsock()
{
    static const bool started = [] {
        WSADATA data;
        return ::WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    Q_UNUSED(started);
}

bool setBlocking(Descriptor socket, bool blocking)
{
    u_long nonBlocking = blocking ? 0 : 1;
    return ::ioctlsocket(SOCKET(socket), FIONBIO, &nonBlocking) == 0;
}

} // namespace

Descriptor openTcp()
{
    startWinsock();
    // WSA_FLAG_NO_HANDLE_INHERIT: like SOCK_CLOEXEC, no child process keeps the socket open.
    const SOCKET socket = ::WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, nullptr, 0,
                                       WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    return socket == INVALID_SOCKET ? kNone : Descriptor(socket);
}

Descriptor accept(Descriptor listening, bool nonBlocking)
{
    const SOCKET socket = ::accept(SOCKET(listening), nullptr, nullptr);
    if (socket == INVALID_SOCKET)
        return kNone;
    // An accepted socket inherits the listener's mode: set the one asked for.
    setBlocking(Descriptor(socket), !nonBlocking);
    return Descriptor(socket);
}

bool setNonBlocking(Descriptor socket)
{
    return setBlocking(socket, false);
}

bool waitReadable(Descriptor socket, int timeoutMs)
{
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(SOCKET(socket), &readable);
    timeval timeout { timeoutMs / 1000, (timeoutMs % 1000) * 1000 };
    return ::select(0, &readable, nullptr, nullptr, &timeout) > 0;
}

qint64 send(Descriptor socket, const char *data, qint64 size)
{
    const int sent = ::send(SOCKET(socket), data, int(qMin<qint64>(size, 1 << 30)), 0);
    return sent == SOCKET_ERROR ? -1 : sent;
}

qint64 sendNow(Descriptor socket, const char *data, qint64 size)
{
    // Winsock has no MSG_DONTWAIT: non-blocking for this one call.
    setBlocking(socket, false);
    const qint64 sent = send(socket, data, size);
    const int error = ::WSAGetLastError();
    setBlocking(socket, true);
    ::WSASetLastError(error);
    return sent < 0 ? 0 : sent;
}

qint64 receive(Descriptor socket, char *buffer, qint64 size)
{
    const int got = ::recv(SOCKET(socket), buffer, int(qMin<qint64>(size, 1 << 30)), 0);
    return got == SOCKET_ERROR ? -1 : got;
}

bool shutdownWrite(Descriptor socket)
{
    return ::shutdown(SOCKET(socket), SD_SEND) == 0;
}

void close(Descriptor socket)
{
    if (socket != kNone)
        ::closesocket(SOCKET(socket));
}

int lastError()
{
    return ::WSAGetLastError();
}

QString errorText(int error)
{
    return qt_error_string(error);
}

int connectionResetError()
{
    return WSAECONNRESET;
}

int wouldBlockError()
{
    return WSAEWOULDBLOCK;
}

} // namespace RawSocket
