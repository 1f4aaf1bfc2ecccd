#include "network/capture/dumpcapprogram.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString inFolder(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    const QString path = QDir(folder).filePath(QStringLiteral("dumpcap.exe"));
    return QFileInfo(path).isFile() ? QDir::toNativeSeparators(path) : QString();
}

// Wireshark's installer records its folder (64-bit view first: Wireshark is 64-bit now).
QString fromRegistry()
{
    for (const QSettings::Format format : { QSettings::Registry64Format, QSettings::Registry32Format }) {
        const QSettings wireshark(QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Wireshark"), format);
        if (const QString found = inFolder(wireshark.value(QStringLiteral("InstallDir")).toString()); !found.isEmpty())
            return found;
        const QSettings appPath(
            QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\Wireshark.exe"),
            format);
        const QString exe = appPath.value(QStringLiteral("Default")).toString();
        if (const QString found = inFolder(QFileInfo(exe).absolutePath()); !exe.isEmpty() && !found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

QString dumpcapProgram()
{
    if (const QString found = fromRegistry(); !found.isEmpty())
        return found;
    for (const char *variable : { "ProgramW6432", "ProgramFiles", "ProgramFiles(x86)" }) {
        const QString folder = qEnvironmentVariable(variable);
        if (const QString found = inFolder(folder.isEmpty() ? QString() : folder + QStringLiteral("/Wireshark"));
            !found.isEmpty())
            return found;
    }
    return QStandardPaths::findExecutable(QStringLiteral("dumpcap"));
}

void stopDumpcap(QProcess *process)
{
    // terminate() posts WM_CLOSE, which a console program never sees. What dumpcap has
    // written to its pipe so far is read all the same.
    process->kill();
}
