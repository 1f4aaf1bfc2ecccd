#pragma once

#include "network/labevent.h"

#include <QAbstractSocket>

// The error a student can act on, for what Qt reports.
LabError labErrorFrom(QAbstractSocket::SocketError error);

// The same for an errno from a system call SocketLab makes itself (accept4 in TcpServerSession).
LabError labErrorFromErrno(int error);
