#pragma once

// Test support: a program of the machine that runs the tests (python3, nc, socat) as a peer,
// with its standard input given at start, its standard output read as it comes and its end seen.
// Linux: a QProcess. The Windows build under Wine: a Windows program can start a Linux one but
// reads none of its pipes and never sees it end (Wine 8, tests/windows.cmake), so there it runs
// through /bin/sh with files under /tmp, which both sides can open.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class HostProcess
{
public:
    HostProcess();
    ~HostProcess(); // kills a peer still running
    HostProcess(const HostProcess &) = delete;
    HostProcess &operator=(const HostProcess &) = delete;

    // Starts program (found on the host's PATH) with arguments; input is all it reads, then
    // end of file. False, with errors() saying why, when it could not be started.
    bool start(const QString &program, const QStringList &arguments, const QByteArray &input = {});
    // Whether the host has program on its PATH (python3, nc, socat).
    static bool hostHas(const QString &program);
    bool isRunning();
    // Standard output so far, whole lines taken one by one, and standard error so far.
    QByteArray output();
    bool canReadLine();
    QByteArray readLine();
    QByteArray errors();
    int exitCode(); // once it has ended
    void kill();

private:
    struct Private;
    std::unique_ptr<Private> d;
    qsizetype m_lineStart = 0; // where readLine() goes on in output()
};
