#pragma once

// Test support: this process's open file descriptors, read from /proc/self/fd (Linux).
#include <QDir>
#include <QFile>

// Every descriptor open in this process.
inline int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

// The sockets among them: what a connection leak leaves behind. Leak checks count these, not
// every descriptor: Qt's host lookup threads hold an eventfd each and close it when they expire
// after 30 s idle, so the total can drop by one in the middle of a test (it did under ASan,
// where a whole suite runs slower).
inline int openSockets()
{
    const QDir directory(QStringLiteral("/proc/self/fd"));
    int sockets = 0;
    for (const QString &entry : directory.entryList(QDir::NoDotAndDotDot | QDir::System)) {
        if (QFile::symLinkTarget(directory.filePath(entry)).contains(QLatin1String("socket:[")))
            ++sockets;
    }
    return sockets;
}
