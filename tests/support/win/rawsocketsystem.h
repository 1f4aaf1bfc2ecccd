#pragma once

// Winsock as tests/support/rawsocket_berkeley.cpp sees it (POSIX: ../posix/).
#include <winsock2.h>
#include <ws2tcpip.h>

namespace RawSocket::System {
using Handle = SOCKET;
using AddressLength = int;
} // namespace RawSocket::System
