#pragma once

#include "network/tcpserversession.h"

// A server page's settings between runs (QSettings): address, port, reply and framing.
TcpServerConfig loadServerConfig(TcpServerKind kind);
void saveServerConfig(const TcpServerConfig &config);
