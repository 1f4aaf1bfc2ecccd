#pragma once

#include <QStandardPaths>
#include <QString>

class QWidget;

// File and folder dialogs in the app's language, opening in a folder that exists: the last one
// used for the same purpose (settingsKey), else the standard one (Pictures, Documents), else home.
namespace FileDialogs {
QString startFolder(const QString &settingsKey, QStandardPaths::StandardLocation standard);
void rememberFolder(const QString &settingsKey, const QString &fileOrFolder);

QString existingDirectory(QWidget *parent, const QString &caption, const QString &settingsKey,
                          QStandardPaths::StandardLocation standard);
QString saveFileName(QWidget *parent, const QString &caption, const QString &settingsKey,
                     QStandardPaths::StandardLocation standard, const QString &fileName, const QString &filter);
QString openFileName(QWidget *parent, const QString &caption, const QString &settingsKey,
                     QStandardPaths::StandardLocation standard, const QString &filter);
} // namespace FileDialogs
