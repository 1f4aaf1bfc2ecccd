#pragma once

#include <netinet/in.h>
#include <sys/socket.h>

#include <optional>
#include <string>

// Where the load goes. Only loopback is accepted (127.0.0.0/8, ::1, "localhost"): the generator
// floods, and a flood belongs on the machine that asked for it. Never a name lookup (no DNS).
struct LoopbackAddress
{
    sockaddr_storage address {};
    socklen_t length = 0;
    int family = AF_INET;
};

// std::nullopt for anything that is not a loopback literal or "localhost".
std::optional<LoopbackAddress> loopbackAddress(const std::string &host, int port);
