#pragma once

#include "network/labevent.h"

#include <QAbstractSocket>

// The error a student can act on, for what Qt reports.
LabError labErrorFrom(QAbstractSocket::SocketError error);
