#pragma once

#include <QString>

// What is true of the system SocketLab runs on, for texts that state it:
// platformfacts_linux.cpp and platformfacts_win.cpp.
namespace PlatformFacts {

// The command that lists sockets with their states and owners: "ss -tanp" / "netstat -ano".
QString socketTableCommand();
// The ports the kernel picks a client's ephemeral port from: "32768–60999" / "49152–65535".
QString ephemeralPortRange();
// What to do so that SocketLab can capture packets (translated, a sentence or two).
QString captureSetupHelp();

} // namespace PlatformFacts
