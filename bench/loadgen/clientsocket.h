#pragma once

#include "loopbackaddress.h"

#include <string>

// A non-blocking TCP client socket with TCP_NODELAY (requests go out at once, as a
// request/response client sends them), whose connect() has been started.
// Returns the descriptor, or -errno when the socket could not even start connecting.
int startTcpConnect(const LoopbackAddress &server);

// 0 once a started connect() succeeded, else its errno (SO_ERROR).
int pendingSocketError(int fd);

std::string errorName(int error);
