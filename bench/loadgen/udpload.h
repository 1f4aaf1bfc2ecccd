#pragma once

#include "loadresult.h"
#include "loopbackaddress.h"
#include "options.h"

#include <cstdint>
#include <string>
#include <vector>

// `count` datagrams "#seq/count\n" (padded to --size when given) at a fixed rate, or as fast as
// the socket takes them. Pacing: the schedule says how many datagrams are due by now; what is
// due goes out in sendmmsg() batches, and between batches the generator sleeps until about half
// a millisecond's worth is due again (no busy loop stealing the CPU from the server measured).
class UdpLoad
{
public:
    UdpLoad(const LoadOptions &options, const LoopbackAddress &server);
    ~UdpLoad();

    LoadResult run();

private:
    int64_t dueBy(int64_t now) const;
    int64_t whenDue(int64_t datagrams) const; // monotonic micros at which that many are due
    // Sends up to `wanted` datagrams (the next sequence numbers); false on an error that stops the run.
    bool sendBatch(int64_t wanted);
    void drainReplies();
    void awaitReplies(int64_t deadline);
    LoadResult result(bool timedOut);

    static constexpr int kBatch = 64;
    static constexpr int64_t kReplyGraceMicros = 1000000;

    LoadOptions m_options;
    LoopbackAddress m_server;
    int m_fd = -1;
    int64_t m_start = 0;
    int64_t m_sendEnd = 0;
    int64_t m_sent = 0;
    int64_t m_refused = 0; // ECONNREFUSED: ICMP port unreachable came back for an earlier datagram
    int64_t m_replies = 0;
    int64_t m_lastReply = 0;
    std::string m_fatalError;
    std::vector<std::string> m_payloads;
};
