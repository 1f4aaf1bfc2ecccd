#include "options.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <type_traits>
#include <vector>

const char *usageText()
{
    return "usage: socketlab-loadgen MODE [options]   (loopback only: 127.0.0.0/8, ::1, localhost)\n"
           "  tcp      --port P [--host H] --connections N --messages M [--window W] [--size S]\n"
           "           [--connect-pace K] [--timeout SEC]\n"
           "           N persistent connections, each sends M messages of S bytes ending in '\\n', at most\n"
           "           W unanswered; the server must answer with as many bytes (echo or upper case).\n"
           "  oneshot  --port P [--host H] --count C [--concurrency K] [--size S] [--timeout SEC]\n"
           "           C times: connect, send one line, read the reply, close (K at once).\n"
           "  udp      --port P [--host H] --rate R|max --count C [--size S] [--replies] [--timeout SEC]\n"
           "           C datagrams \"#seq/C\" ending in '\\n' at R per second; --size S (>= 24) pads them\n"
           "           to S bytes; --replies counts the datagrams that come back.\n"
           "One JSON object on stdout at the end, a summary on stderr. Exit 0: every message answered\n"
           "(or every datagram sent); 1: failures; 2: invalid command line.\n";
}

namespace {
bool parseInteger(const std::string &text, int64_t minimum, int64_t maximum, int64_t *value)
{
    if (text.empty())
        return false;
    errno = 0;
    char *end = nullptr;
    const long long parsed = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0' || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

bool parseNumber(const std::string &text, double minimum, double maximum, double *value)
{
    if (text.empty())
        return false;
    errno = 0;
    char *end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (errno != 0 || *end != '\0' || !std::isfinite(parsed) || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

std::string range(int64_t minimum, int64_t maximum)
{
    return " (" + std::to_string(minimum) + " to " + std::to_string(maximum) + ")";
}
} // namespace

ParsedCommandLine parseCommandLine(int argc, char **argv)
{
    ParsedCommandLine result;
    auto fail = [&result](const std::string &message) {
        result.error = message;
        return result;
    };
    if (argc < 2)
        return fail("no mode given");
    const std::string modeName = argv[1];
    if (modeName == "--help" || modeName == "-h" || modeName == "help") {
        result.help = true;
        return result;
    }
    LoadOptions options;
    if (modeName == "tcp")
        options.mode = LoadMode::Tcp;
    else if (modeName == "oneshot")
        options.mode = LoadMode::Oneshot;
    else if (modeName == "udp")
        options.mode = LoadMode::Udp;
    else
        return fail("unknown mode \"" + modeName + "\": tcp, oneshot or udp");

    // --name value and --name=value; flags take no value.
    std::map<std::string, std::string> values;
    const std::vector<std::string> flags = { "--replies", "--help" };
    for (int i = 2; i < argc; ++i) {
        std::string argument = argv[i];
        if (argument.rfind("--", 0) != 0)
            return fail("unexpected argument \"" + argument + "\"");
        std::string value;
        const size_t equals = argument.find('=');
        if (equals != std::string::npos) {
            value = argument.substr(equals + 1);
            argument = argument.substr(0, equals);
        } else if (std::find(flags.begin(), flags.end(), argument) == flags.end()) {
            if (i + 1 >= argc)
                return fail(argument + " needs a value");
            value = argv[++i];
        }
        values[argument] = value;
    }
    if (values.count("--help")) {
        result.help = true;
        return result;
    }

    const std::map<LoadMode, std::vector<std::string>> allowed = {
        { LoadMode::Tcp, { "--host", "--port", "--timeout", "--connections", "--messages", "--window", "--size", "--connect-pace" } },
        { LoadMode::Oneshot, { "--host", "--port", "--timeout", "--count", "--concurrency", "--size" } },
        { LoadMode::Udp, { "--host", "--port", "--timeout", "--rate", "--count", "--size", "--replies" } },
    };
    for (const auto &[name, value] : values) {
        const auto &names = allowed.at(options.mode);
        if (std::find(names.begin(), names.end(), name) == names.end())
            return fail(name + " is not an option of " + modeName);
    }

    int64_t number = 0;
    auto integer = [&](const char *name, int64_t minimum, int64_t maximum, auto *target) {
        const auto found = values.find(name);
        if (found == values.end())
            return true;
        if (!parseInteger(found->second, minimum, maximum, &number)) {
            result.error = std::string(name) + ": \"" + found->second + "\" is not a whole number" + range(minimum, maximum);
            return false;
        }
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(number);
        return true;
    };

    if (values.count("--host"))
        options.host = values["--host"];
    if (!values.count("--port"))
        return fail("--port is required");
    if (!integer("--port", 1, 65535, &options.port))
        return result;
    if (values.count("--timeout")
        && !parseNumber(values["--timeout"], 0.1, Limits::kMaxTimeoutSeconds, &options.timeoutSeconds))
        return fail("--timeout: seconds, 0.1 to " + std::to_string(int(Limits::kMaxTimeoutSeconds)));

    switch (options.mode) {
    case LoadMode::Tcp:
        if (!integer("--connections", 1, Limits::kMaxConnections, &options.connections)
            || !integer("--messages", 1, Limits::kMaxTcpMessagesTotal, &options.messages)
            || !integer("--window", 1, Limits::kMaxWindow, &options.window)
            || !integer("--size", 2, Limits::kMaxTcpMessageBytes, &options.size)
            || !integer("--connect-pace", 1, Limits::kMaxConnections, &options.connectPace))
            return result;
        if (int64_t(options.connections) * options.messages > Limits::kMaxTcpMessagesTotal)
            return fail("--connections x --messages is at most " + std::to_string(Limits::kMaxTcpMessagesTotal));
        break;
    case LoadMode::Oneshot:
        if (!integer("--count", 1, Limits::kMaxOneshotCount, &options.count)
            || !integer("--concurrency", 1, Limits::kMaxConcurrency, &options.concurrency)
            || !integer("--size", 2, Limits::kMaxTcpMessageBytes, &options.size))
            return result;
        break;
    case LoadMode::Udp:
        if (!values.count("--rate"))
            return fail("--rate is required: datagrams per second, or max");
        if (values["--rate"] != "max" && !parseNumber(values["--rate"], 1, 1e8, &options.rate))
            return fail("--rate: datagrams per second (1 to 100000000) or max");
        options.size = 0;
        if (!integer("--count", 1, Limits::kMaxUdpCount, &options.count)
            || !integer("--size", 0, Limits::kMaxUdpBytes, &options.size))
            return result;
        if (options.size != 0 && options.size < Limits::kMinPaddedUdpBytes)
            return fail("--size: 0 (unpadded) or " + std::to_string(Limits::kMinPaddedUdpBytes) + " to "
                        + std::to_string(Limits::kMaxUdpBytes));
        options.replies = values.count("--replies") > 0;
        break;
    }
    result.options = options;
    return result;
}
