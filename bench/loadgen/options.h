#pragma once

#include <cstdint>
#include <optional>
#include <string>

enum class LoadMode {
    Tcp,     // persistent connections, request/response messages
    Oneshot, // connect, one line, its reply, close
    Udp      // datagrams at a fixed rate (or as fast as possible)
};

// Every run is bounded in count and in time; these are the bounds.
namespace Limits {
constexpr int kMaxConnections = 10000;
constexpr int64_t kMaxTcpMessagesTotal = 5000000; // connections x messages: exact latency samples fit in 20 MB
constexpr int kMaxWindow = 1024;
constexpr int kMaxTcpMessageBytes = 65536;
// One-shot clients close first, so each connection leaves a TIME_WAIT socket holding its ephemeral
// port for 60 s; Linux offers ~28,000 ports (32768-60999) per destination. Stay well below.
constexpr int64_t kMaxOneshotCount = 25000;
constexpr int kMaxConcurrency = 1000;
constexpr int64_t kMaxUdpCount = 5000000;
constexpr int kMaxUdpBytes = 65507;
constexpr int kMinPaddedUdpBytes = 24; // "#5000000/5000000 " fits, then padding and '\n'
constexpr double kMaxTimeoutSeconds = 600;
} // namespace Limits

struct LoadOptions
{
    LoadMode mode = LoadMode::Tcp;
    std::string host = "127.0.0.1";
    int port = 0;
    double timeoutSeconds = 30; // hard limit of the whole run, connect phase included

    // tcp
    int connections = 1;
    int64_t messages = 1000; // per connection
    int window = 1;          // messages in flight per connection
    int connectPace = 64;    // connections in their handshake (connect + first echo) at once
    // tcp and oneshot: bytes per message, '\n' included. udp: 0 = "#seq/total\n" unpadded.
    int size = 32;

    // oneshot
    int64_t count = 1000;
    int concurrency = 10;

    // udp
    double rate = 0; // datagrams per second; 0 = as fast as possible ("max")
    bool replies = false;
};

struct ParsedCommandLine
{
    std::optional<LoadOptions> options; // set when the command line is valid
    bool help = false;
    std::string error;
};

ParsedCommandLine parseCommandLine(int argc, char **argv);
const char *usageText();
