#pragma once

#include <QObject>

#include <functional>

class QMainWindow;
class QWidget;
class Screenshotter;

// What the window hands in for a lab report: screenshots (whole window or the view in use) and
// the report folder, each about the page on screen; the status bar says where they went.
class WindowExports : public QObject
{
    Q_OBJECT
public:
    // shownPage: the tab on screen, built if it was not yet.
    WindowExports(QMainWindow *window, std::function<QWidget *()> shownPage);

    void takeScreenshot(bool wholeWindow);
    bool chooseScreenshotFolder();
    // Writes the shown page's lab report (README.md + images) into a new folder inside dir;
    // returns the README's path, or an empty string with *error set.
    QString writeReport(const QString &dir, QString *error);
    // Asks for a folder, then writes the report there.
    void exportReport();

private:
    QMainWindow *m_window;
    std::function<QWidget *()> m_shownPage;
    Screenshotter *m_screenshotter;
};
