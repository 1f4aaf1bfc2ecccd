#pragma once

#include "network/fileclientsession.h"
#include "network/fileserversession.h"
#include "network/sessionsettings.h"
#include "network/tcpclientsession.h"
#include "network/tcpserversession.h"
#include "network/udpsession.h"

// What each session starts with, from the settings a page's controls or the command line gave:
// one translation, so the window and `--headless` start the same server or client.
TcpServerConfig tcpServerConfig(TcpServerKind kind, const ServerSettings &settings);
// The small receive buffer when the settings ask for it (the command line may name its size).
UdpConfig udpServerConfig(const ServerSettings &settings);
UdpConfig udpClientConfig(const ClientSettings &settings);
TcpClientConfig tcpClientConfig(const ClientSettings &settings);
FileServerConfig fileServerConfig(const ServerSettings &settings, const QString &root);
FileClientConfig fileClientConfig(const ClientSettings &settings, const QString &name, const QString &outputPath,
                                  bool overwrite);
