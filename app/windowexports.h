#pragma once

#include "model/wholelabreport.h"

#include <QObject>

#include <functional>

class GuidedExercises;
class LabPage;
class LabRecorder;
class QMainWindow;
class QWidget;
class Screenshotter;
class SocketStatePoller;

// What the window hands in for a lab report: screenshots (whole window or the view in use) and
// the whole-lab report (README.md, its images and report.pdf in a new folder) from the journal
// every page feeds; the status bar says where they went.
class WindowExports : public QObject
{
    Q_OBJECT
public:
    // shownPage: the tab on screen, built if it was not yet; builtPages: the pages built so far.
    WindowExports(QMainWindow *window, std::function<QWidget *()> shownPage,
                  std::function<QList<LabPage *>()> builtPages, GuidedExercises *exercises);

    // A page built: its events, packets and socket states go into the journal.
    void follow(LabPage *page, SocketStatePoller *poller);
    LabRecorder *recorder() const { return m_recorder; }

    void takeScreenshot(bool wholeWindow);
    bool chooseScreenshotFolder();
    // Writes the whole-lab report into a new folder inside dir; returns the README's path, or
    // an empty string with *error set.
    QString writeReport(const QString &dir, QString *error);
    // Asks for a folder, then writes the report there.
    void exportReport();

private:
    // The ladder of each exercise done and a screenshot of each page it used.
    QList<ReportImage> reportImages() const;

    QMainWindow *m_window;
    std::function<QWidget *()> m_shownPage;
    std::function<QList<LabPage *>()> m_builtPages;
    Screenshotter *m_screenshotter;
    LabRecorder *m_recorder;
};
