// libFuzzer target for the command line (`socketlab --headless --mode ... --port ...`): whatever
// the arguments, CommandLine::parse() must not crash, and what it accepts must be what the README
// promises (a port from 1 to 65535, --burst 1..100000, --json only with --headless...).
//
// Input: the arguments after the program's name, separated by NUL bytes. A seed file is the
// argument list written with NULs: printf '--headless\0--mode\0tcp-simple' > seed.

#include "app/commandline.h"

#include "model/labmode.h"
#include "network/burstmessages.h"
#include "network/clientlimits.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QStringList &arguments)
{
    std::fprintf(stderr, "fuzz_commandline: %s\n  arguments: %s\n", what,
                 qUtf8Printable(arguments.join(QLatin1String(" | "))));
    std::abort();
}

// QCommandLineParser reads the application's name for --help and --version: one application
// object for the whole run, as in main().
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "socketlab";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = nullptr;
    if (!app) {
        app = new QCoreApplication(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("socketlab"));
        QCoreApplication::setApplicationVersion(QStringLiteral(SOCKETLAB_VERSION));
    }
}

void checkAccepted(const LaunchOptions &options, const QStringList &arguments)
{
    if (options.json && !options.headless)
        fail("--json accepted without --headless", arguments);
    if (options.headless && !options.mode)
        fail("--headless accepted without --mode", arguments);
    if (!options.reportDir.isEmpty() && (!options.headless || !QFileInfo(options.reportDir).isDir()))
        fail("--report accepted without --headless or an existing folder", arguments);
    if (options.port && *options.port == 0)
        fail("port 0 accepted", arguments);
    if (options.burst != 0 && (options.burst < 1 || options.burst > BurstMessages::kMaxCount))
        fail("--burst out of range accepted", arguments);
    if (options.clients < 1 || options.clients > ClientLimits::kMaxClientConnections)
        fail("--clients out of range accepted", arguments);
    if (options.clients != 1 && options.mode != LabMode::TcpClient)
        fail("--clients accepted outside tcp-client", arguments);
    if (options.maxClients
        && (*options.maxClients < 1 || *options.maxClients > ClientLimits::kMaxClientsLimit || options.mode != LabMode::TcpMulti))
        fail("--max-clients out of range or outside tcp-multi accepted", arguments);
    if (options.receiveBuffer < 0 || (options.receiveBuffer > 0 && options.mode != LabMode::UdpServer))
        fail("--rcvbuf accepted outside udp-server", arguments);
    if (options.host.isEmpty() || options.host.contains(QLatin1Char(' ')))
        fail("an empty host or one with spaces accepted", arguments);
    if (!options.language.isEmpty() && options.language != QLatin1String("pt_BR") && options.language != QLatin1String("en"))
        fail("an unknown language accepted", arguments);
    const bool client = options.mode && isClientMode(*options.mode);
    if (client && (options.bind || options.reply || options.framing || options.receiveBuffer > 0 || options.maxClients))
        fail("a server option accepted in a client mode", arguments);
    if (!client && (options.send || options.burst != 0 || options.clients != 1
                    || options.host != QLatin1String("127.0.0.1")))
        fail("a client option accepted outside the client modes", arguments);

    // What the pages and the headless runner are started with.
    const ServerSettings server = options.serverSettings();
    const ClientSettings clientSettings = options.clientSettings();
    if (server.port == 0 || clientSettings.port == 0)
        fail("settings with port 0", arguments);
    if (options.firstActions().burst != options.burst)
        fail("the first actions lost --burst", arguments);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    QStringList arguments { QStringLiteral("socketlab") };
    if (size > 0) {
        const QByteArray input(reinterpret_cast<const char *>(data), int(size));
        for (const QByteArray &argument : input.split('\0'))
            arguments << QString::fromUtf8(argument);
    }

    const CommandLineResult result = CommandLine::parse(arguments);
    switch (result.status) {
    case CommandLineResult::Ok:
        checkAccepted(result.options, arguments);
        break;
    case CommandLineResult::ShowHelp:
    case CommandLineResult::ShowVersion:
    case CommandLineResult::Error:
        if (result.message.trimmed().isEmpty())
            fail("help, version or an error without words", arguments);
        break;
    default:
        fail("an unknown status", arguments);
    }
    return 0;
}
