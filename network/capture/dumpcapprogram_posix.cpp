#include "network/capture/dumpcapprogram.h"

#include <QProcess>
#include <QStandardPaths>

QString dumpcapProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("dumpcap"));
}

void stopDumpcap(QProcess *process)
{
    process->terminate(); // dumpcap writes what it holds and exits
}
