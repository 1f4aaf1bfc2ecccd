#pragma once

#include "latencyrecorder.h"
#include "loadresult.h"
#include "loopbackaddress.h"
#include "options.h"
#include "tcpfailures.h"

#include <cstdint>
#include <string>
#include <vector>

// `count` short connections, `concurrency` at a time: connect, send one line, read as many
// bytes back, close. The client closes first, so TIME_WAIT stays on the client side, as with
// the course's clients; no SO_LINGER 0 (an abortive close would skip the FIN exchange the
// server has to handle, and so measure less than a real client costs it).
// Latency: from the start of connect() to the last byte of the reply.
class OneshotLoad
{
public:
    OneshotLoad(const LoadOptions &options, const LoopbackAddress &server);
    ~OneshotLoad();

    LoadResult run();

private:
    struct Attempt
    {
        int fd = -1;
        bool connected = false;
        int64_t number = 0; // 1..count, in the message text
        int64_t start = 0;
        std::string out;
        size_t outOffset = 0;
        size_t receivedBytes = 0;
    };

    void startAttempts(int64_t now);
    void onEvent(size_t slot, uint32_t events, int64_t now);
    void sendLine(size_t slot);
    void readReply(size_t slot, int64_t now);
    void finish(size_t slot); // closes the connection and frees the slot
    void expire(int64_t now);
    LoadResult result(int64_t start, int64_t end, bool timedOut);

    static constexpr int64_t kAttemptTimeoutMicros = 10 * 1000000;

    LoadOptions m_options;
    LoopbackAddress m_server;
    int m_epoll = -1;
    std::vector<Attempt> m_slots;
    std::vector<size_t> m_freeSlots;
    int64_t m_started = 0;
    int64_t m_completed = 0;
    int64_t m_lastCompletion = 0;
    LatencyRecorder m_latencies;
    TcpFailures m_failures;
};
