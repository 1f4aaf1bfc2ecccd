#pragma once

#include <QString>

// What is true of the system SocketLab runs on, for texts that state it (the help states both
// systems' ephemeral port ranges itself). The facts themselves are data in
// platformfacts_linux.cpp and platformfacts_win.cpp.
namespace PlatformFacts {

// The command that lists sockets with their states and owners: "ss -tanp" / "netstat -ano".
QString socketTableCommand();
// What to do so that SocketLab can capture packets (translated, a sentence or two).
QString captureSetupHelp();

// One system's facts; captureSetupHelp is marked with QT_TRANSLATE_NOOP("PlatformFacts", ...).
struct Facts
{
    const char *socketTableCommand;
    const char *captureSetupHelp;
};
// Defined by the platform's source file.
extern const Facts kThisSystem;

} // namespace PlatformFacts
