#include "app/commandline.h"

#include "app/pagesettings.h"
#include "model/eventtext.h"
#include "model/hostproblemtext.h"
#include "network/addressparsing.h"
#include "network/burstmessages.h"
#include "network/clientlimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <limits>

namespace {

// Every option, in --help's order. Descriptions are translated when the parser is built; those
// of bounded options quote their bounds as %1 and %2 (see kNumberOptions).
struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr for a switch
    const char *description;
};

const OptionSpec kOptions[] = {
    { "headless", nullptr,
      QT_TRANSLATE_NOOP("CommandLine", "Run without a window and print one line per event.") },
    { "mode", "mode",
      QT_TRANSLATE_NOOP("CommandLine", "Mode: tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client.") },
    { "bind", "address",
      QT_TRANSLATE_NOOP("CommandLine", "Address to listen on (default: all interfaces).") },
    { "port", "port",
      QT_TRANSLATE_NOOP("CommandLine", "Port (default: 65432 for TCP, 65431 for UDP, 12345 for the file modes).") },
    { "host", "host",
      QT_TRANSLATE_NOOP("CommandLine", "Clients: the server's name or address (default: 127.0.0.1).") },
    { "send", "text",
      QT_TRANSLATE_NOOP("CommandLine", "Clients: send this text first (tcp-client: on each connection, once connected).") },
    { "burst", "count",
      QT_TRANSLATE_NOOP("CommandLine", "Clients: then send this many numbered messages (#1/N …) as fast as possible (%1 to %2).") },
    { "clients", "count",
      QT_TRANSLATE_NOOP("CommandLine", "tcp-client: how many connections to open (%1 to %2).") },
    { "reply", "reply", QT_TRANSLATE_NOOP("CommandLine", "Reply: echo, upper or none.") },
    { "framing", "framing",
      QT_TRANSLATE_NOOP("CommandLine", "Messages: raw (each recv) or line.") },
    { "rcvbuf", "bytes",
      QT_TRANSLATE_NOOP("CommandLine", "udp-server: ask for this receive buffer size in bytes (SO_RCVBUF); a small one makes loss visible.") },
    { "max-clients", "count",
      QT_TRANSLATE_NOOP("CommandLine", "tcp-multi: how many clients may be connected at once (%1 to %2, default %3); the next one is closed at once.") },
    { "root", "folder",
      QT_TRANSLATE_NOOP("CommandLine", "file-server: the folder to share, read-only (its plain files only; nothing outside it).") },
    { "get", "name",
      QT_TRANSLATE_NOOP("CommandLine", "file-client: the name of the file to ask the server for.") },
    { "output", "file",
      QT_TRANSLATE_NOOP("CommandLine", "file-client: where to save it (default: the name asked for, in the current folder).") },
    { "overwrite", nullptr,
      QT_TRANSLATE_NOOP("CommandLine", "file-client: replace the --output file if it exists (without it, an existing file is never touched).") },
    { "lang", "language", QT_TRANSLATE_NOOP("CommandLine", "Language: pt_BR or en.") },
    { "json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "With --headless: print JSON Lines.") },
    { "report", "folder",
      QT_TRANSLATE_NOOP("CommandLine", "With --headless: at exit, write the lab report (README.md: a section per course exercise, the questions with room for the answers) into a new folder inside this one.") },
    { "capture", "file",
      QT_TRANSLATE_NOOP("CommandLine", "Capture the page's packets where its traffic flows (Linux: every interface, loopback included) and write them to this .pcap file at exit (Wireshark and tshark read it).") },
    { "stats-file", "file",
      QT_TRANSLATE_NOOP("CommandLine", "In the window: at exit, write statistics as JSON to this file (main-thread stalls, time to first frame, what each page received).") },
};

// The options that take a whole number, with the bounds the pages' spin boxes use too.
struct NumberOption
{
    const char *name;
    int low;
    int high;
    std::optional<LabMode> onlyMode; // the one mode the option works with, if any
    bool isSize;                     // a size in bytes: no upper bound worth quoting
    int shownDefault;                // quoted in --help as %3 when not 0
    void (*store)(LaunchOptions &options, int value);
};

const NumberOption kNumberOptions[] = {
    { "burst", 1, BurstMessages::kMaxCount, std::nullopt, false, 0,
      [](LaunchOptions &options, int value) { options.burst = value; } },
    { "rcvbuf", 1, std::numeric_limits<int>::max(), LabMode::UdpServer, true, 0,
      [](LaunchOptions &options, int value) { options.receiveBuffer = value; } },
    { "clients", 1, ClientLimits::kMaxClientConnections, LabMode::TcpClient, false, 0,
      [](LaunchOptions &options, int value) { options.clients = value; } },
    { "max-clients", 1, ClientLimits::kMaxClientsLimit, LabMode::TcpMulti, false, ClientLimits::kDefaultMaxClients,
      [](LaunchOptions &options, int value) { options.maxClients = value; } },
};

const char *const kServerOnly[] = { "bind", "reply", "framing", "rcvbuf", "max-clients", "root" };
const char *const kClientOnly[] = { "host", "send", "burst", "clients", "get", "output", "overwrite" };

QString number(int value)
{
    return QLocale().toString(value);
}

const NumberOption *numberOption(const QString &name)
{
    for (const NumberOption &option : kNumberOptions) {
        if (name == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}

QString describe(const OptionSpec &spec)
{
    QString text = CommandLine::tr(spec.description);
    if (const NumberOption *bounds = numberOption(QLatin1String(spec.name)); bounds && !bounds->isSize) {
        text = text.arg(number(bounds->low), number(bounds->high));
        if (bounds->shownDefault != 0)
            text = text.arg(number(bounds->shownDefault));
    }
    return text;
}

void addOptions(QCommandLineParser &parser)
{
    for (const OptionSpec &spec : kOptions) {
        parser.addOption(spec.valueName
            ? QCommandLineOption(QLatin1String(spec.name), describe(spec), QLatin1String(spec.valueName))
            : QCommandLineOption(QLatin1String(spec.name), describe(spec)));
    }
}

// The one parser of whole numbers: what the user typed, between low and high inclusive.
std::optional<int> parseBoundedInt(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

// What is wrong with a number option's value or mode, empty when nothing is.
QString readNumber(const NumberOption &option, const QString &text, LaunchOptions &options)
{
    const QString name = QLatin1String(option.name);
    const std::optional<int> value = parseBoundedInt(text, option.low, option.high);
    if (!value) {
        return option.isSize
            ? CommandLine::tr("--%1 takes a size in bytes (such as 4096): \"%2\" is not one.").arg(name, text)
            : CommandLine::tr("--%1 takes a number from %2 to %3: \"%4\" is not one.")
                  .arg(name, number(option.low), number(option.high), text);
    }
    if (option.onlyMode && options.mode != option.onlyMode) {
        return option.isSize
            ? CommandLine::tr("--%1 takes a size in bytes (such as 4096), with --mode %2.").arg(name, modeName(*option.onlyMode))
            : CommandLine::tr("--%1 takes a number from %2 to %3, with --mode %4.")
                  .arg(name, number(option.low), number(option.high), modeName(*option.onlyMode));
    }
    option.store(options, *value);
    return {};
}

QString checkModeScope(const QCommandLineParser &parser, const LaunchOptions &options)
{
    const bool client = options.mode && isClientMode(*options.mode);
    for (const char *serverOnly : kServerOnly) {
        if (client && parser.isSet(QLatin1String(serverOnly)))
            return CommandLine::tr("--%1 is for the server modes.").arg(QLatin1String(serverOnly));
    }
    for (const char *clientOnly : kClientOnly) {
        if (!client && parser.isSet(QLatin1String(clientOnly)))
            return CommandLine::tr("--%1 is for the client modes (tcp-client, udp-client, file-client).").arg(QLatin1String(clientOnly));
    }
    return {};
}

// The pages' check: the form only, before any lookup ("127.0.0.1:65432" or "65536" never reach
// the resolver, and never mean an address the student did not type).
QString readHost(const QString &text, LaunchOptions &options)
{
    HostProblem problem = HostProblem::None;
    const std::optional<QString> host = parseHost(text, &problem);
    if (!host) {
        const QString why = problem == HostProblem::Empty || problem == HostProblem::ContainsSpaces
            ? QString()
            : QLatin1Char(' ') + HostProblemText::describe(problem);
        return CommandLine::tr("Invalid host \"%1\": type a name or an IP address.").arg(text) + why;
    }
    options.host = *host;
    return {};
}

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

// The values the options name (reply, framing, language, address, port), each checked.
QString readNamedValues(const QCommandLineParser &parser, LaunchOptions &options)
{
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    if (parser.isSet(QStringLiteral("bind"))) {
        options.bind = parseBindAddress(value("bind"));
        if (!options.bind)
            return QStringLiteral("--bind %1: ").arg(value("bind")) + EventText::errorMessage(LabError::InvalidAddress);
    }
    if (parser.isSet(QStringLiteral("port"))) {
        options.port = parsePort(value("port"));
        if (!options.port)
            return QStringLiteral("--port %1: ").arg(value("port")) + EventText::errorMessage(LabError::InvalidPort);
    }
    if (parser.isSet(QStringLiteral("reply"))) {
        options.reply = replyFromName(value("reply"));
        if (!options.reply)
            return CommandLine::tr("Unknown reply \"%1\": use echo, upper or none.").arg(value("reply"));
    }
    if (parser.isSet(QStringLiteral("framing"))) {
        options.framing = framingFromName(value("framing"));
        if (!options.framing)
            return CommandLine::tr("Unknown --framing value \"%1\": use raw (each recv is one message) or line.").arg(value("framing"));
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = value("lang");
        if (options.language != QLatin1String("pt_BR") && options.language != QLatin1String("en"))
            return CommandLine::tr("Unknown language \"%1\": use pt_BR or en.").arg(options.language);
    }
    return {};
}

// The options that only make sense together (--json with --headless...).
QString checkCombinations(const QCommandLineParser &parser, LaunchOptions &options)
{
    if (options.headless && !options.mode)
        return CommandLine::tr("--headless needs --mode (tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client).");
    if (options.json && !options.headless)
        return CommandLine::tr("--json works with --headless only.");
    if (parser.isSet(QStringLiteral("report"))) {
        options.reportDir = parser.value(QStringLiteral("report"));
        if (!options.headless)
            return CommandLine::tr("--report works with --headless only (in the window: File > Export lab report).");
        if (!QFileInfo(options.reportDir).isDir())
            return CommandLine::tr("--report needs an existing folder: %1").arg(options.reportDir);
    }
    if (parser.isSet(QStringLiteral("stats-file"))) {
        options.statsFile = parser.value(QStringLiteral("stats-file"));
        if (options.headless)
            return CommandLine::tr("--stats-file is for the window (headless runs print every event already).");
        if (options.statsFile.isEmpty() || !QFileInfo(QFileInfo(options.statsFile).absolutePath()).isDir())
            return CommandLine::tr("--stats-file needs a file in an existing folder: %1").arg(options.statsFile);
    }
    return {};
}

// --capture FILE: a file that can be written, checked before anything starts.
QString readCaptureFile(const QCommandLineParser &parser, LaunchOptions &options)
{
    if (!parser.isSet(QStringLiteral("capture")))
        return {};
    options.captureFile = parser.value(QStringLiteral("capture"));
    if (!options.mode)
        return CommandLine::tr("--capture needs --mode (the page whose packets it captures).");
    const QFileInfo file(options.captureFile);
    const QFileInfo folder(file.absolutePath());
    if (options.captureFile.isEmpty() || file.isDir() || !folder.isDir() || !folder.isWritable()
        || (file.exists() && !file.isWritable()))
        return CommandLine::tr("--capture %1: not a file that can be written; give a .pcap file in a folder that exists and can be written to.")
            .arg(options.captureFile);
    return {};
}

// --root, --get, --output, --overwrite: each with its own mode, checked where it matters.
QString readFileOptions(const QCommandLineParser &parser, LaunchOptions &options)
{
    const auto isSet = [&parser](const char *name) { return parser.isSet(QLatin1String(name)); };
    const LabMode mode = options.mode.value_or(LabMode::TcpMulti);
    if (isSet("root") && mode != LabMode::FileServer)
        return CommandLine::tr("--root is for --mode file-server.");
    for (const char *name : { "get", "output", "overwrite" }) {
        if (isSet(name) && mode != LabMode::FileClient)
            return CommandLine::tr("--%1 is for --mode file-client.").arg(QLatin1String(name));
    }
    options.root = parser.value(QStringLiteral("root"));
    options.get = parser.value(QStringLiteral("get"));
    options.output = parser.value(QStringLiteral("output"));
    options.overwrite = isSet("overwrite");
    if (!options.headless)
        return {};
    if (mode == LabMode::FileServer && !QFileInfo(options.root).isDir())
        return CommandLine::tr("--mode file-server needs --root with an existing folder: \"%1\" is not one.").arg(options.root);
    if (mode == LabMode::FileClient && options.get.isEmpty())
        return CommandLine::tr("--mode file-client needs --get with the name of the file to ask for.");
    if (mode == LabMode::FileClient && options.output.isEmpty())
        options.output = QFileInfo(options.get).fileName();
    return {};
}

// Everything after the mode, in the order the errors have always been reported.
QString readOptions(const QCommandLineParser &parser, LaunchOptions &options)
{
    QString problem = checkModeScope(parser, options);
    if (problem.isEmpty() && parser.isSet(QStringLiteral("host")))
        problem = readHost(parser.value(QStringLiteral("host")), options);
    if (parser.isSet(QStringLiteral("send")))
        options.send = parser.value(QStringLiteral("send"));
    for (const NumberOption &option : kNumberOptions) {
        if (problem.isEmpty() && parser.isSet(QLatin1String(option.name)))
            problem = readNumber(option, parser.value(QLatin1String(option.name)), options);
    }
    if (problem.isEmpty())
        problem = readNamedValues(parser, options);
    if (problem.isEmpty())
        problem = checkCombinations(parser, options);
    if (problem.isEmpty())
        problem = readCaptureFile(parser, options);
    if (problem.isEmpty())
        problem = readFileOptions(parser, options);
    return problem;
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
    addOptions(parser);

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
    options.headless = parser.isSet(QStringLiteral("headless"));
    options.json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("mode"))) {
        const QString mode = parser.value(QStringLiteral("mode"));
        options.mode = modeFromName(mode);
        if (!options.mode)
            return fail(tr("Unknown mode \"%1\": use tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client.").arg(mode));
    }
    const QString problem = readOptions(parser, options);
    if (!problem.isEmpty())
        return fail(problem);
    return result;
}
