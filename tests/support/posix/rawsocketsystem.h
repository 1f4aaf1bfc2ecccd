#pragma once

// POSIX sockets as tests/support/rawsocket_berkeley.cpp sees them (Winsock: ../win/).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace RawSocket::System {
using Handle = int;
using AddressLength = socklen_t;
} // namespace RawSocket::System
