#include "widgets/filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace {
// The desktop's own dialog speaks the system's language; when the student chose another one in
// SocketLab, Qt's dialog does (its strings come from qtbase_<language>.qm, loaded with the app's).
QFileDialog::Options dialogOptions()
{
    QFileDialog::Options options;
    if (QLocale().language() != QLocale::system().language())
        options |= QFileDialog::DontUseNativeDialog;
    return options;
}
} // namespace

namespace FileDialogs {

QString startFolder(const QString &settingsKey, QStandardPaths::StandardLocation standard)
{
    for (const QString &candidate : { QSettings().value(settingsKey).toString(), QStandardPaths::writableLocation(standard) }) {
        if (!candidate.isEmpty() && QDir(candidate).exists())
            return candidate;
    }
    return QDir::homePath();
}

void rememberFolder(const QString &settingsKey, const QString &fileOrFolder)
{
    if (fileOrFolder.isEmpty())
        return;
    const QFileInfo info(fileOrFolder);
    QSettings().setValue(settingsKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &settingsKey,
                          QStandardPaths::StandardLocation standard)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, caption, startFolder(settingsKey, standard),
                                                             dialogOptions() | QFileDialog::ShowDirsOnly);
    rememberFolder(settingsKey, folder);
    return folder;
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &settingsKey,
                     QStandardPaths::StandardLocation standard, const QString &fileName, const QString &filter)
{
    const QString start = QDir(startFolder(settingsKey, standard)).filePath(fileName);
    const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, dialogOptions());
    rememberFolder(settingsKey, path);
    return path;
}

QString openFileName(QWidget *parent, const QString &caption, const QString &settingsKey,
                     QStandardPaths::StandardLocation standard, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, startFolder(settingsKey, standard), filter,
                                                      nullptr, dialogOptions());
    rememberFolder(settingsKey, path);
    return path;
}

} // namespace FileDialogs
