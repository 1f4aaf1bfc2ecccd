#pragma once

// Test support: the socketlab program that the command-line tests drive. By default the Linux
// build's (SOCKETLAB_BINARY); scripts/windows.sh runs the same tests against the Windows build
// by setting SOCKETLAB_TEST_BINARY=<socketlab.exe> and SOCKETLAB_TEST_LAUNCHER=<wine-run.sh
// command line>, so the python3 peers and the checks stay on the Linux side.
#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>

namespace socketlabprocess {

inline QStringList launcher()
{
    return QProcess::splitCommand(qEnvironmentVariable("SOCKETLAB_TEST_LAUNCHER"));
}

// True when the program under test is the Windows build run by Wine.
inline bool underWine()
{
    return !launcher().isEmpty();
}

inline QString binary()
{
    const QString given = qEnvironmentVariable("SOCKETLAB_TEST_BINARY");
    return given.isEmpty() ? QStringLiteral(SOCKETLAB_BINARY) : given;
}

inline void start(QProcess &process, const QStringList &arguments)
{
    QStringList command = launcher();
    if (command.isEmpty()) {
        process.start(binary(), arguments);
        return;
    }
    const QString program = command.takeFirst();
    process.start(program, command + QStringList{ binary() } + arguments);
}

// Asks the program to stop as a terminal's Ctrl+C (or a service manager) would. Under Wine,
// SIGINT becomes the console's CTRL_C_EVENT; SIGTERM would end the process without it.
inline void stop(QProcess &process)
{
    if (underWine())
        ::kill(pid_t(process.processId()), SIGINT);
    else
        process.terminate();
}

} // namespace socketlabprocess
