#include "app/pagesettings.h"

#include "network/addressparsing.h"
#include "network/clientlimits.h"
#include "network/fileserversession.h"
#include "network/tcpserversession.h"
#include "network/udpsession.h"

#include <QSettings>

#include <algorithm>

namespace {
QString group(LabMode mode)
{
    return QStringLiteral("pages/") + modeName(mode);
}
} // namespace

ServerSettings courseServerDefaults(LabMode mode)
{
    ServerSettings settings;
    switch (mode) {
    case LabMode::TcpSimple:
        settings.port = TcpServerConfig::kDefaultPort;
        settings.reply = ReplyMode::Echo;
        break;
    case LabMode::UdpServer:
        settings.port = UdpConfig::kDefaultPort;
        settings.reply = ReplyMode::UpperCase;
        break;
    case LabMode::FileServer:
    case LabMode::FileClient:
        settings.port = FileServerConfig::kDefaultPort;
        settings.reply = ReplyMode::None;
        break;
    default:
        settings.port = TcpServerConfig::kDefaultPort;
        settings.reply = ReplyMode::UpperCase;
        break;
    }
    return settings;
}

ClientSettings courseClientDefaults(LabMode mode)
{
    const quint16 port = mode == LabMode::UdpClient ? UdpConfig::kDefaultPort
        : mode == LabMode::FileClient               ? FileServerConfig::kDefaultPort
                                                    : TcpServerConfig::kDefaultPort;
    return ClientSettings { QStringLiteral("127.0.0.1"), port, 1 };
}

ServerSettings loadServerSettings(LabMode mode)
{
    ServerSettings settings = courseServerDefaults(mode);
    QSettings store;
    store.beginGroup(group(mode));
    if (const auto address = parseBindAddress(store.value(QStringLiteral("bind"), QStringLiteral("any")).toString()))
        settings.bindAddress = *address;
    if (const auto port = parsePort(store.value(QStringLiteral("port")).toString()))
        settings.port = *port;
    const int reply = store.value(QStringLiteral("reply"), int(settings.reply)).toInt();
    if (reply >= int(ReplyMode::Echo) && reply <= int(ReplyMode::None))
        settings.reply = ReplyMode(reply);
    const int framing = store.value(QStringLiteral("framing"), int(settings.framing)).toInt();
    if (framing >= int(FramingMode::Raw) && framing <= int(FramingMode::Line))
        settings.framing = FramingMode(framing);
    settings.smallReceiveBuffer = store.value(QStringLiteral("smallReceiveBuffer"), false).toBool();
    settings.maxClients = std::clamp(store.value(QStringLiteral("maxClients"), settings.maxClients).toInt(), 1,
                                     ClientLimits::kMaxClientsLimit);
    return settings;
}

void saveServerSettings(LabMode mode, const ServerSettings &settings)
{
    QSettings store;
    store.beginGroup(group(mode));
    store.setValue(QStringLiteral("bind"), settings.bindAddress == QHostAddress::Any ? QStringLiteral("any")
                                                                                      : settings.bindAddress.toString());
    store.setValue(QStringLiteral("port"), settings.port);
    store.setValue(QStringLiteral("reply"), int(settings.reply));
    store.setValue(QStringLiteral("framing"), int(settings.framing));
    store.setValue(QStringLiteral("smallReceiveBuffer"), settings.smallReceiveBuffer);
    store.setValue(QStringLiteral("maxClients"), settings.maxClients);
}

ClientSettings loadClientSettings(LabMode mode)
{
    ClientSettings settings = courseClientDefaults(mode);
    QSettings store;
    store.beginGroup(group(mode));
    const QString host = store.value(QStringLiteral("host")).toString().trimmed();
    if (!host.isEmpty())
        settings.host = host;
    if (const auto port = parsePort(store.value(QStringLiteral("port")).toString()))
        settings.port = *port;
    settings.connections = qBound(1, store.value(QStringLiteral("connections"), 1).toInt(), ClientLimits::kMaxClientConnections);
    return settings;
}

void saveClientSettings(LabMode mode, const ClientSettings &settings)
{
    QSettings store;
    store.beginGroup(group(mode));
    store.setValue(QStringLiteral("host"), settings.host);
    store.setValue(QStringLiteral("port"), settings.port);
    store.setValue(QStringLiteral("connections"), settings.connections);
}
