#pragma once

// Test support: the socketlab program that the command-line tests drive. By default the Linux
// build's (SOCKETLAB_BINARY); scripts/windows.sh runs the same tests against the Windows build
// by setting SOCKETLAB_TEST_BINARY=<socketlab.exe> and SOCKETLAB_TEST_LAUNCHER=<wine-run.sh
// command line>, so the python3 peers and the checks stay on the Linux side.
#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTest>

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

// Starts the window, offscreen, with its settings in configDir (the user's own stay untouched).
inline void startWindow(QProcess &process, const QStringList &arguments, const QString &configDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    process.setProcessEnvironment(environment);
    start(process, arguments);
}

// Connects client to port on loopback, again and again while the program starts listening
// (the window prints nothing when it does).
inline bool connectWhenListening(QTcpSocket &client, quint16 port)
{
    QDeadlineTimer deadline(15000);
    do {
        client.abort();
        client.connectToHost(QHostAddress::LocalHost, port);
    } while (!client.waitForConnected(200) && !deadline.hasExpired() && (QTest::qWait(100), true));
    return client.state() == QAbstractSocket::ConnectedState;
}

// Waits for the process to print a line that contains marker (the server is ready); seen
// collects its standard output.
inline bool waitForOutput(QProcess &process, const QByteArray &marker, QByteArray &seen)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
        if (seen.contains(marker))
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

} // namespace socketlabprocess
