#pragma once

#include <QString>

// Where a TCP client connects (a host name or address, looked up when it starts) and how long
// each connect() may take. The client configs derive from it and give the port its default.
struct ConnectTarget
{
    static constexpr int kDefaultConnectTimeoutMs = 5000;

    explicit ConnectTarget(quint16 defaultPort)
        : port(defaultPort)
    {
    }

    QString host = QStringLiteral("127.0.0.1");
    quint16 port;
    int connectTimeoutMs = kDefaultConnectTimeoutMs;
};
