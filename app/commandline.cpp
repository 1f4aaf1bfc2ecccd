#include "app/commandline.h"

#include "model/eventtext.h"
#include "network/addressparsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
const char *const kModeNames[] = { "tcp-simple", "tcp-multi" };

std::optional<TcpServerKind> modeFromName(const QString &name)
{
    if (name == QLatin1String("tcp-simple"))
        return TcpServerKind::Simple;
    if (name == QLatin1String("tcp-multi"))
        return TcpServerKind::Multi;
    return std::nullopt;
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
} // namespace

QString CommandLine::modeName(TcpServerKind kind)
{
    return QString::fromLatin1(kModeNames[int(kind)]);
}

TcpServerConfig LaunchOptions::serverConfig() const
{
    TcpServerConfig config = TcpServerConfig::courseDefaults(mode.value_or(TcpServerKind::Multi));
    if (bind)
        config.bindAddress = *bind;
    if (port)
        config.port = *port;
    if (reply)
        config.reply = *reply;
    if (framing)
        config.framing = *framing;
    return config;
}

bool CommandLine::wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--headless") == 0)
            return true;
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
    const QCommandLineOption modeOption(QStringLiteral("mode"), tr("Mode: tcp-simple or tcp-multi."), QStringLiteral("mode"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        tr("Address to listen on (default: all interfaces)."), QStringLiteral("address"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port (default: 65432)."), QStringLiteral("port"));
    const QCommandLineOption replyOption(QStringLiteral("reply"), tr("Reply: echo, upper or none."), QStringLiteral("reply"));
    const QCommandLineOption framingOption(QStringLiteral("framing"),
                                           tr("Messages: raw (each recv) or line."), QStringLiteral("framing"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: pt_BR or en."), QStringLiteral("language"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("With --headless: print JSON Lines."));
    parser.addOptions({ headlessOption, modeOption, bindOption, portOption, replyOption, framingOption,
                        langOption, jsonOption });

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
            return fail(tr("Unknown mode \"%1\": use tcp-simple or tcp-multi.").arg(parser.value(modeOption)));
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
        return fail(tr("--headless needs --mode (tcp-simple or tcp-multi)."));
    if (options.json && !options.headless)
        return fail(tr("--json works with --headless only."));
    return result;
}
