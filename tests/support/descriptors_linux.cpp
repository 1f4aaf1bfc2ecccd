#include "tests/support/descriptors.h"

#include <QDir>
#include <QFile>

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

int openSockets()
{
    const QDir directory(QStringLiteral("/proc/self/fd"));
    int sockets = 0;
    for (const QString &entry : directory.entryList(QDir::NoDotAndDotDot | QDir::System)) {
        if (QFile::symLinkTarget(directory.filePath(entry)).contains(QLatin1String("socket:[")))
            ++sockets;
    }
    return sockets;
}
