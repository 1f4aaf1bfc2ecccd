#pragma once

#include "network/clientlimits.h"
#include "network/framingmode.h"
#include "network/replypolicy.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

// What a session is started with, whether a page's controls or the command line said it. Value
// types shared by the pages, the saved settings and the headless runner, so none of those that
// run without a window needs a widget header.

// A server page's settings (TCP or UDP).
struct ServerSettings
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = 0;
    ReplyMode reply = ReplyMode::Echo;
    FramingMode framing = FramingMode::Raw; // TCP only
    bool smallReceiveBuffer = false;        // UDP only: make loss visible under a burst
    int maxClients = ClientLimits::kDefaultMaxClients; // multi-client TCP server only
};

// A client page's settings.
struct ClientSettings
{
    QString host;
    quint16 port = 0;
    int connections = 1; // TCP only
};

// What a client page does as soon as it is connected (--send, --burst on the command line).
struct FirstActions
{
    QByteArray send; // sent on each connection (UDP: once), when not empty
    int burst = 0;   // numbered messages sent after it, when > 0
};
