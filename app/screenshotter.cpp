#include "app/screenshotter.h"

#include "model/timeformat.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace {
const QString kFolderKey = QStringLiteral("ui/screenshotFolder");
}

Screenshotter::Screenshotter(QObject *parent)
    : QObject(parent)
{
}

QString Screenshotter::folderSettingsKey()
{
    return kFolderKey;
}

QString Screenshotter::folder()
{
    return QSettings().value(kFolderKey).toString();
}

void Screenshotter::setFolder(const QString &folder)
{
    QSettings().setValue(kFolderKey, folder);
}

QString Screenshotter::fileName(const QString &mode, const QDateTime &when)
{
    return QStringLiteral("%1-%2.png").arg(mode, fileTimestamp(when));
}

QString Screenshotter::take(QWidget *widget, const QString &mode, QString *error)
{
    const QPixmap picture = widget->grab();
    QApplication::clipboard()->setPixmap(picture);
    const QDir dir(folder());
    if (folder().isEmpty() || !dir.exists()) {
        *error = tr("The screenshot folder does not exist: choose one.");
        return {};
    }
    // Never overwrite: a second shot in the same second gets a suffix.
    QString path = dir.filePath(fileName(mode, QDateTime::currentDateTime()));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(fileName(mode, QDateTime::currentDateTime()).replace(QStringLiteral(".png"), QStringLiteral("-%1.png").arg(n)));
    if (!picture.save(path, "PNG")) {
        *error = tr("Could not write %1: check that the folder is writable.").arg(path);
        return {};
    }
    return path;
}
