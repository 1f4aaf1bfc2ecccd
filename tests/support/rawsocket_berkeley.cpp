#include "tests/support/rawsocket.h"

// The calls POSIX and Winsock share word for word (Berkeley sockets); rawsocketsystem.h, from
// support/posix or support/win as CMake chooses, names the types that differ.
#include "rawsocketsystem.h"

namespace RawSocket {

namespace {

System::Handle native(Descriptor socket)
{
    return System::Handle(socket);
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

template<typename Value>
bool setOption(Descriptor socket, int name, const Value &value)
{
    // Winsock takes the value as const char *, POSIX as const void *: the cast suits both.
    return ::setsockopt(native(socket), SOL_SOCKET, name, reinterpret_cast<const char *>(&value), sizeof value) == 0;
}

} // namespace

bool setReceiveBuffer(Descriptor socket, int bytes)
{
    return setOption(socket, SO_RCVBUF, bytes);
}

bool connectToLoopback(Descriptor socket, quint16 port)
{
    const sockaddr_in address = loopback(port);
    return ::connect(native(socket), reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
}

bool listenOnLoopback(Descriptor socket, int backlog)
{
    const sockaddr_in address = loopback(0);
    return ::bind(native(socket), reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0
        && ::listen(native(socket), backlog) == 0;
}

quint16 localPort(Descriptor socket)
{
    sockaddr_in address {};
    System::AddressLength length = sizeof address;
    if (::getsockname(native(socket), reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

void resetClose(Descriptor socket)
{
    const linger option { 1, 0 };
    setOption(socket, SO_LINGER, option);
    close(socket);
}

} // namespace RawSocket
