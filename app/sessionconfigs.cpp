#include "app/sessionconfigs.h"

TcpServerConfig tcpServerConfig(TcpServerKind kind, const ServerSettings &settings)
{
    TcpServerConfig config = TcpServerConfig::courseDefaults(kind);
    config.bindAddress = settings.bindAddress;
    config.port = settings.port;
    config.reply = settings.reply;
    config.framing = settings.framing;
    config.maxClients = settings.maxClients;
    return config;
}

UdpConfig udpServerConfig(const ServerSettings &settings)
{
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Server);
    config.bindAddress = settings.bindAddress;
    config.port = settings.port;
    config.reply = settings.reply;
    config.receiveBufferBytes = settings.smallReceiveBuffer ? UdpConfig::kSmallReceiveBufferBytes : 0;
    return config;
}

UdpConfig udpClientConfig(const ClientSettings &settings)
{
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Client);
    config.host = settings.host;
    config.port = settings.port;
    return config;
}

TcpClientConfig tcpClientConfig(const ClientSettings &settings)
{
    TcpClientConfig config;
    config.host = settings.host;
    config.port = settings.port;
    return config;
}

FileServerConfig fileServerConfig(const ServerSettings &settings, const QString &root)
{
    FileServerConfig config;
    config.bindAddress = settings.bindAddress;
    config.port = settings.port;
    config.root = root;
    return config;
}

FileClientConfig fileClientConfig(const ClientSettings &settings, const QString &name, const QString &outputPath,
                                  bool overwrite)
{
    FileClientConfig config;
    config.host = settings.host;
    config.port = settings.port;
    config.name = name;
    config.outputPath = outputPath;
    config.overwrite = overwrite;
    return config;
}
