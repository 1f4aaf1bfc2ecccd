#pragma once

#include <QString>

// What is true of the system SocketLab runs on, for texts that state it (the help states both
// systems' ephemeral port ranges itself):
// platformfacts_linux.cpp and platformfacts_win.cpp.
namespace PlatformFacts {

// The command that lists sockets with their states and owners: "ss -tanp" / "netstat -ano".
QString socketTableCommand();
// The same for UDP sockets ("ss -uanp"): UNCONN, or ESTAB after connect().
QString udpSocketTableCommand();
// What to do so that SocketLab can capture packets (translated, a sentence or two).
QString captureSetupHelp();

} // namespace PlatformFacts
