#pragma once

#include <QObject>
#include <QString>

class QWidget;

// "Screenshot" for lab reports: a widget (the whole window, or the view in use) to a PNG under
// a name that says what and when (mode-date-time.png), in a folder chosen once, and to the
// clipboard.
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    explicit Screenshotter(QObject *parent = nullptr);

    // The folder screenshots go to (asked for the first time, then remembered).
    static QString folder();
    static void setFolder(const QString &folder);
    static QString folderSettingsKey();
    // "tcp-multi-2026-11-24-21-05-03.png"
    static QString fileName(const QString &mode, const QDateTime &when);

    // Saves widget as PNG in folder() and copies it to the clipboard; returns the path, or an
    // empty string with *error set.
    QString take(QWidget *widget, const QString &mode, QString *error);
};
