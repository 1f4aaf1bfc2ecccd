// socketlab-loadgen: offers a bounded load to a server on loopback and reports what came back
// (one JSON object on stdout, a summary on stderr). scripts/benchmark.sh drives it; see
// bench/README.md for the loads and what each figure means.
#include "descriptorlimit.h"
#include "loopbackaddress.h"
#include "oneshotload.h"
#include "options.h"
#include "tcpload.h"
#include "udpload.h"

#include <csignal>
#include <cstdio>
#include <string>

namespace {
constexpr int kExitComplete = 0;
constexpr int kExitFailures = 1;
constexpr int kExitUsage = 2;

LoadResult runLoad(const LoadOptions &options, const LoopbackAddress &server)
{
    switch (options.mode) {
    case LoadMode::Tcp:
        return TcpLoad(options, server).run();
    case LoadMode::Oneshot:
        return OneshotLoad(options, server).run();
    case LoadMode::Udp:
        return UdpLoad(options, server).run();
    }
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    const ParsedCommandLine parsed = parseCommandLine(argc, argv);
    if (parsed.help) {
        std::fputs(usageText(), stdout);
        return kExitComplete;
    }
    if (!parsed.options) {
        std::fprintf(stderr, "socketlab-loadgen: %s\n\n%s", parsed.error.c_str(), usageText());
        return kExitUsage;
    }
    const LoadOptions &options = *parsed.options;
    const auto server = loopbackAddress(options.host, options.port);
    if (!server) {
        std::fprintf(stderr, "socketlab-loadgen: \"%s\" is not a loopback address: only 127.0.0.0/8, ::1 and "
                             "localhost are allowed (the load stays on this machine)\n",
                     options.host.c_str());
        return kExitUsage;
    }
    const long descriptors = raiseDescriptorLimit();
    const long needed = options.mode == LoadMode::Tcp ? options.connections
                      : options.mode == LoadMode::Oneshot ? options.concurrency : 1;
    if (descriptors >= 0 && needed + 16 > descriptors) {
        std::fprintf(stderr, "socketlab-loadgen: %ld sockets need more open files than the limit (%ld): ulimit -n\n",
                     needed, descriptors);
        return kExitUsage;
    }
    std::signal(SIGPIPE, SIG_IGN);

    LoadResult result = runLoad(options, *server);
    std::fputs(result.summary.c_str(), stderr);
    std::printf("%s\n", result.json.add("complete", result.complete).text().c_str());
    return result.complete ? kExitComplete : kExitFailures;
}
