#include "app/serversettings.h"

#include "app/commandline.h"
#include "network/addressparsing.h"

#include <QSettings>

namespace {
QString group(TcpServerKind kind)
{
    return QStringLiteral("pages/") + CommandLine::modeName(kind);
}
} // namespace

TcpServerConfig loadServerConfig(TcpServerKind kind)
{
    TcpServerConfig config = TcpServerConfig::courseDefaults(kind);
    QSettings settings;
    settings.beginGroup(group(kind));
    if (const auto address = parseBindAddress(settings.value(QStringLiteral("bind"), QStringLiteral("any")).toString()))
        config.bindAddress = *address;
    if (const auto port = parsePort(settings.value(QStringLiteral("port")).toString()))
        config.port = *port;
    const int reply = settings.value(QStringLiteral("reply"), int(config.reply)).toInt();
    if (reply >= int(ReplyMode::Echo) && reply <= int(ReplyMode::None))
        config.reply = ReplyMode(reply);
    const int framing = settings.value(QStringLiteral("framing"), int(config.framing)).toInt();
    if (framing >= int(FramingMode::Raw) && framing <= int(FramingMode::Line))
        config.framing = FramingMode(framing);
    return config;
}

void saveServerConfig(const TcpServerConfig &config)
{
    QSettings settings;
    settings.beginGroup(group(config.kind));
    settings.setValue(QStringLiteral("bind"), config.bindAddress == QHostAddress::Any
                                                  ? QStringLiteral("any")
                                                  : config.bindAddress.toString());
    settings.setValue(QStringLiteral("port"), config.port);
    settings.setValue(QStringLiteral("reply"), int(config.reply));
    settings.setValue(QStringLiteral("framing"), int(config.framing));
}
