#pragma once

#include "jsonobject.h"

#include <cerrno>
#include <cstdint>
#include <string>

// Why TCP clients failed, by the kind of failure a server can cause.
struct TcpFailures
{
    int64_t connect = 0;  // connect() refused, no ephemeral port left, ...
    int64_t reset = 0;    // ECONNRESET / EPIPE while talking
    int64_t closed = 0;   // the server closed before answering everything
    int64_t timeout = 0;  // no connection or no answer before the deadline
    int64_t protocol = 0; // more bytes came back than were sent
    std::string firstError; // the first failure's errno text, to explain the figures

    int64_t total() const { return connect + reset + closed + timeout + protocol; }
    // A failed read or write: a reset, or another error counted with resets.
    void addIoError(int error);
    void noteFirst(const std::string &what);
    JsonObject json() const;
};
