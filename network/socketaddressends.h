#pragma once

#include "network/endpoint.h"

// For nativesocket_posix.cpp and nativesocket_win.cpp only, which include their system's socket
// headers first: sockaddr_storage, sockaddr_in(6), AF_INET6 and ntohs read the same on both, and
// only getsockname()/getpeername()'s descriptor and length types differ.
namespace NativeSocket::SocketAddressEnds {

inline Endpoint endpointOf(const sockaddr_storage &address)
{
    const quint16 port = address.ss_family == AF_INET6
        ? ntohs(reinterpret_cast<const sockaddr_in6 &>(address).sin6_port)
        : ntohs(reinterpret_cast<const sockaddr_in &>(address).sin_port);
    return Endpoint(QHostAddress(reinterpret_cast<const sockaddr *>(&address)), port);
}

// One end of a socket through nameOf (::getsockname or ::getpeername); false if it failed.
template<typename Length, typename Descriptor, typename NameCall>
bool read(NameCall nameOf, Descriptor socket, Endpoint *end)
{
    sockaddr_storage address {};
    Length length = sizeof address;
    if (nameOf(socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return false;
    *end = endpointOf(address);
    return true;
}

} // namespace NativeSocket::SocketAddressEnds
