#pragma once

#include "network/labevent.h"

#include <QAbstractSocket>

// The error a student can act on, for what Qt reports.
LabError labErrorFrom(QAbstractSocket::SocketError error);

// For an error number of a system call SocketLab makes itself: NativeSocket::labError().
