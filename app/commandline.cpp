#include "app/commandline.h"

#include "app/pagesettings.h"
#include "model/eventtext.h"
#include "network/addressparsing.h"
#include "network/burstmessages.h"
#include "widgets/hostproblemtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {
std::optional<ReplyMode> replyFromName(const QString &name)
{
    if (name == QLatin1String("echo"))
        return ReplyMode::Echo;
    if (name == QLatin1String("upper"))
        return ReplyMode::UpperCase;
    if (name == QLatin1String("none"))
        return ReplyMode::None;
    return std::nullopt;
}

std::optional<FramingMode> framingFromName(const QString &name)
{
    if (name == QLatin1String("raw"))
        return FramingMode::Raw;
    if (name == QLatin1String("line"))
        return FramingMode::Line;
    return std::nullopt;
}

QString valueAfter(int argc, char **argv, const char *option)
{
    const QByteArray withEquals = QByteArray(option) + '=';
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(withEquals))
            return QString::fromLocal8Bit(arg.mid(withEquals.size()));
    }
    return {};
}
} // namespace

ServerSettings LaunchOptions::serverSettings() const
{
    ServerSettings settings = courseServerDefaults(mode.value_or(LabMode::TcpMulti));
    settings.smallReceiveBuffer = receiveBuffer > 0;
    if (bind)
        settings.bindAddress = *bind;
    if (port)
        settings.port = *port;
    if (reply)
        settings.reply = *reply;
    if (framing)
        settings.framing = *framing;
    if (maxClients)
        settings.maxClients = *maxClients;
    return settings;
}

FirstActions LaunchOptions::firstActions() const
{
    return FirstActions { send.value_or(QString()).toUtf8(), burst };
}

ClientSettings LaunchOptions::clientSettings() const
{
    ClientSettings settings = courseClientDefaults(mode.value_or(LabMode::TcpClient));
    settings.host = host;
    if (port)
        settings.port = *port;
    settings.connections = clients;
    return settings;
}

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    // --help and --version print and leave: no window, so they work over SSH too.
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "--headless", "--help", "-h", "--help-all", "--version", "-v" }) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

QString CommandLine::requestedLanguage(int argc, char **argv)
{
    return valueAfter(argc, argv, "--lang");
}

CommandLineResult CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("SocketLab: see sockets, connections and packets at work."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            tr("Run without a window and print one line per event."));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        tr("Mode: tcp-simple, tcp-multi, udp-server, tcp-client or udp-client."),
                                        QStringLiteral("mode"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        tr("Address to listen on (default: all interfaces)."), QStringLiteral("address"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port (default: 65432 for TCP, 65431 for UDP)."),
                                        QStringLiteral("port"));
    const QCommandLineOption hostOption(QStringLiteral("host"), tr("Clients: the server's name or address (default: 127.0.0.1)."),
                                        QStringLiteral("host"));
    const QCommandLineOption sendOption(QStringLiteral("send"), tr("Clients: send this text first (tcp-client: on each connection, once connected)."),
                                        QStringLiteral("text"));
    const QCommandLineOption burstOption(QStringLiteral("burst"),
                                         tr("Clients: then send this many numbered messages (#1/N …) as fast as possible (1 to 100000)."),
                                         QStringLiteral("count"));
    const QCommandLineOption rcvbufOption(QStringLiteral("rcvbuf"),
                                          tr("udp-server: ask for this receive buffer size in bytes (SO_RCVBUF); a small one makes loss visible."),
                                          QStringLiteral("bytes"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), tr("tcp-client: how many connections to open (1 to 1000)."),
                                           QStringLiteral("count"));
    const QCommandLineOption replyOption(QStringLiteral("reply"), tr("Reply: echo, upper or none."), QStringLiteral("reply"));
    const QCommandLineOption framingOption(QStringLiteral("framing"),
                                           tr("Messages: raw (each recv) or line."), QStringLiteral("framing"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: pt_BR or en."), QStringLiteral("language"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("With --headless: print JSON Lines."));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          tr("With --headless: write a lab report (README.md) into a new folder inside this one at exit."),
                                          QStringLiteral("folder"));
    const QCommandLineOption maxClientsOption(QStringLiteral("max-clients"),
                                              tr("tcp-multi: how many clients may be connected at once (1 to 10000, default 200); the next one is closed at once."),
                                              QStringLiteral("count"));
    const QCommandLineOption statsFileOption(QStringLiteral("stats-file"),
                                             tr("In the window: at exit, write statistics as JSON to this file (main-thread stalls, time to first frame, what each page received)."),
                                             QStringLiteral("file"));
    parser.addOptions({ headlessOption, modeOption, bindOption, portOption, hostOption, sendOption, burstOption,
                        clientsOption, replyOption, framingOption, rcvbufOption, maxClientsOption, langOption, jsonOption,
                        reportOption, statsFileOption });

    CommandLineResult result;
    auto fail = [&result](const QString &message) {
        result.status = CommandLineResult::Error;
        result.message = message;
        return result;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.status = CommandLineResult::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.status = CommandLineResult::ShowVersion;
        result.message = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    LaunchOptions &options = result.options;
    options.headless = parser.isSet(headlessOption);
    options.json = parser.isSet(jsonOption);
    if (parser.isSet(modeOption)) {
        options.mode = modeFromName(parser.value(modeOption));
        if (!options.mode)
            return fail(tr("Unknown mode \"%1\": use tcp-simple, tcp-multi, udp-server, tcp-client or udp-client.")
                            .arg(parser.value(modeOption)));
    }
    const bool client = options.mode && isClientMode(*options.mode);
    for (const QCommandLineOption *serverOnly : { &bindOption, &replyOption, &framingOption, &rcvbufOption, &maxClientsOption }) {
        if (client && parser.isSet(*serverOnly))
            return fail(tr("--%1 is for the server modes.").arg(serverOnly->names().constFirst()));
    }
    for (const QCommandLineOption *clientOnly : { &hostOption, &sendOption, &burstOption, &clientsOption }) {
        if (!client && parser.isSet(*clientOnly))
            return fail(tr("--%1 is for the client modes (tcp-client, udp-client).").arg(clientOnly->names().constFirst()));
    }
    if (parser.isSet(hostOption)) {
        // The pages' check: the form only, before any lookup ("127.0.0.1:65432" or "65536" never
        // reach the resolver, and never mean an address the student did not type).
        HostProblem problem = HostProblem::None;
        const std::optional<QString> host = parseHost(parser.value(hostOption), &problem);
        if (!host) {
            const QString why = problem == HostProblem::Empty || problem == HostProblem::ContainsSpaces
                ? QString()
                : QLatin1Char(' ') + HostProblemText::describe(problem);
            return fail(tr("Invalid host \"%1\": type a name or an IP address.").arg(parser.value(hostOption)) + why);
        }
        options.host = *host;
    }
    if (parser.isSet(sendOption))
        options.send = parser.value(sendOption);
    if (parser.isSet(burstOption)) {
        bool ok = false;
        options.burst = parser.value(burstOption).trimmed().toInt(&ok);
        if (!ok || options.burst < 1 || options.burst > BurstMessages::kMaxCount)
            return fail(tr("--burst takes a number from 1 to 100000."));
    }
    if (parser.isSet(rcvbufOption)) {
        bool ok = false;
        options.receiveBuffer = parser.value(rcvbufOption).trimmed().toInt(&ok);
        if (!ok || options.receiveBuffer < 1 || options.mode != LabMode::UdpServer)
            return fail(tr("--rcvbuf takes a size in bytes (such as 4096), with --mode udp-server."));
    }
    if (parser.isSet(clientsOption)) {
        bool ok = false;
        options.clients = parser.value(clientsOption).trimmed().toInt(&ok);
        if (!ok || options.clients < 1 || options.clients > ClientControls::kMaxConnections
            || options.mode != LabMode::TcpClient)
            return fail(tr("--clients takes a number from 1 to 1000, with --mode tcp-client."));
    }
    if (parser.isSet(maxClientsOption)) {
        bool ok = false;
        options.maxClients = parser.value(maxClientsOption).trimmed().toInt(&ok);
        if (!ok || *options.maxClients < 1 || *options.maxClients > ClientLimits::kMaxClientsLimit
            || options.mode != LabMode::TcpMulti)
            return fail(tr("--max-clients takes a number from 1 to 10000, with --mode tcp-multi."));
    }
    if (parser.isSet(bindOption)) {
        options.bind = parseBindAddress(parser.value(bindOption));
        if (!options.bind)
            return fail(EventText::errorMessage(LabError::InvalidAddress));
    }
    if (parser.isSet(portOption)) {
        options.port = parsePort(parser.value(portOption));
        if (!options.port)
            return fail(EventText::errorMessage(LabError::InvalidPort));
    }
    if (parser.isSet(replyOption)) {
        options.reply = replyFromName(parser.value(replyOption));
        if (!options.reply)
            return fail(tr("Unknown reply \"%1\": use echo, upper or none.").arg(parser.value(replyOption)));
    }
    if (parser.isSet(framingOption)) {
        options.framing = framingFromName(parser.value(framingOption));
        if (!options.framing)
            return fail(tr("Unknown --framing value \"%1\": use raw (each recv is one message) or line.").arg(parser.value(framingOption)));
    }
    if (parser.isSet(langOption)) {
        options.language = parser.value(langOption);
        if (options.language != QLatin1String("pt_BR") && options.language != QLatin1String("en"))
            return fail(tr("Unknown language \"%1\": use pt_BR or en.").arg(options.language));
    }
    if (options.headless && !options.mode)
        return fail(tr("--headless needs --mode (tcp-simple, tcp-multi, udp-server, tcp-client or udp-client)."));
    if (options.json && !options.headless)
        return fail(tr("--json works with --headless only."));
    if (parser.isSet(reportOption)) {
        options.reportDir = parser.value(reportOption);
        if (!options.headless)
            return fail(tr("--report works with --headless only (in the window: File > Export lab report)."));
        if (!QFileInfo(options.reportDir).isDir())
            return fail(tr("--report needs an existing folder: %1").arg(options.reportDir));
    }
    if (parser.isSet(statsFileOption)) {
        options.statsFile = parser.value(statsFileOption);
        if (options.headless)
            return fail(tr("--stats-file is for the window (headless runs print every event already)."));
        if (options.statsFile.isEmpty() || !QFileInfo(QFileInfo(options.statsFile).absolutePath()).isDir())
            return fail(tr("--stats-file needs a file in an existing folder: %1").arg(options.statsFile));
    }
    return result;
}
