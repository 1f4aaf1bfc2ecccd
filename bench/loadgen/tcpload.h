#pragma once

#include "latencyrecorder.h"
#include "loadresult.h"
#include "loopbackaddress.h"
#include "options.h"
#include "tcpfailures.h"

#include <cstdint>
#include <string>
#include <vector>

// N persistent connections, each sending M request/response messages with at most W in flight.
//
// Connect phase: connections are opened `connectPace` at a time; each sends one warm-up message
// and counts as held once its answer is back, and only then is the next one opened. So the
// server's listen backlog (1,024) never overflows (an overflow costs a SYN retransmission, one
// second, which would measure the kernel, not the server), and "held" means served, not merely
// queued in the kernel. Measured phase: starts when every connection is held (or has failed);
// messages, rate and latencies count from there.
class TcpLoad
{
public:
    TcpLoad(const LoadOptions &options, const LoopbackAddress &server);
    ~TcpLoad();

    LoadResult run();

private:
    enum class State {
        NotStarted,
        Connecting,
        WarmingUp, // the warm-up message is out, its answer not yet back
        Held,      // waiting for the measured phase
        Running,
        Finished,  // every message answered; the connection stays open until the end
        Failed
    };
    struct Client
    {
        int fd = -1;
        State state = State::NotStarted;
        int64_t handshakeDeadline = 0;
        int64_t queued = 0;   // messages written (or waiting in `out`); message 0 is the warm-up
        int64_t answered = 0; // messages whose every byte came back
        uint64_t receivedBytes = 0;
        std::string out;
        size_t outOffset = 0;
        bool watchingWritable = false;
        std::vector<int64_t> sendTimes; // ring of window + 1 send times, by message number
    };

    void startConnections(int64_t now);
    void onEvent(size_t index, uint32_t events, int64_t now);
    void onConnected(Client &client, int64_t now);
    void onReadable(Client &client, int64_t now);
    void queueMessages(Client &client, int64_t now);
    void flush(Client &client);
    void watchWritable(Client &client, bool watch);
    void fail(Client &client);
    void onHeld(Client &client);
    void startMeasuredPhase(int64_t now);
    void expireHandshakes(int64_t now);
    bool connectPhaseOver() const;
    bool measuredPhaseOver() const;
    int64_t totalMessagesPerClient() const { return m_options.messages + 1; }
    LoadResult result(int64_t connectStart, int64_t end, bool timedOut);

    static constexpr int64_t kHandshakeTimeoutMicros = 10 * 1000000; // two SYN retransmissions

    LoadOptions m_options;
    LoopbackAddress m_server;
    int m_epoll = -1;
    std::vector<Client> m_clients;
    size_t m_nextToConnect = 0;
    int m_inHandshake = 0;
    int64_t m_held = 0;     // connections that have completed their warm-up
    int64_t m_finished = 0; // connections done with all their messages
    int64_t m_failed = 0;
    bool m_measuring = false;
    int64_t m_measureStart = 0;
    int64_t m_lastAnswer = 0;
    int64_t m_messagesAnswered = 0; // measured messages only
    LatencyRecorder m_latencies;
    TcpFailures m_failures;
};
