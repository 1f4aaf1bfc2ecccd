#include "app/windowexports.h"

#include "app/labpage.h"
#include "app/labrecorder.h"
#include "app/screenshotter.h"
#include "model/timeformat.h"
#include "widgets/filedialogs.h"
#include "widgets/ladderdiagram.h"

#include <QDateTime>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

#include <utility>

namespace {
constexpr int kLadderWidth = 1100; // pixels: a report's ladder image
} // namespace

WindowExports::WindowExports(QMainWindow *window, std::function<QWidget *()> shownPage,
                             std::function<QList<LabPage *>()> builtPages, GuidedExercises *exercises)
    : QObject(window)
    , m_window(window)
    , m_shownPage(std::move(shownPage))
    , m_builtPages(std::move(builtPages))
    , m_screenshotter(new Screenshotter(this))
    , m_recorder(new LabRecorder(exercises, this))
{
}

void WindowExports::follow(LabPage *page, SocketStatePoller *poller)
{
    m_recorder->follow(page, poller);
}

bool WindowExports::chooseScreenshotFolder()
{
    const QString folder = FileDialogs::existingDirectory(m_window, tr("Where screenshots go"),
                                                          Screenshotter::folderSettingsKey(),
                                                          QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        return false;
    Screenshotter::setFolder(folder);
    return true;
}

void WindowExports::takeScreenshot(bool wholeWindow)
{
    if (Screenshotter::folder().isEmpty() && !chooseScreenshotFolder())
        return;
    QWidget *shown = m_shownPage();
    QWidget *target = wholeWindow ? m_window : shown;
    QString mode = QStringLiteral("socketlab");
    if (auto *page = qobject_cast<LabPage *>(shown)) {
        mode = modeName(page->mode());
        if (!wholeWindow)
            target = page->views()->currentWidget();
    }
    QString error;
    const QString path = m_screenshotter->take(target, mode, &error);
    if (path.isEmpty())
        m_window->statusBar()->showMessage(error, 8000);
    else
        m_window->statusBar()->showMessage(tr("Screenshot saved to %1 and copied to the clipboard.").arg(path), 8000);
}

QList<ReportImage> WindowExports::reportImages() const
{
    const LabJournal *journal = m_recorder->journal();
    const QList<LabPage *> pages = m_builtPages();
    QList<ReportImage> images;
    for (int exercise = 0; exercise < GuidedExercises::ExerciseCount; ++exercise) {
        const auto which = GuidedExercises::Exercise(exercise);
        if (!journal->isUsed(which))
            continue;
        const Ladder ladder = journal->ladderOf(which);
        if (!ladder.steps.isEmpty()) {
            LadderDiagram diagram;
            diagram.setEnds(ladder.left.toString(), ladder.right.toString());
            diagram.setSteps(ladder.steps);
            // Wide enough for both ends' addresses and the longest label.
            diagram.resize(diagram.sizeHint().expandedTo(QSize(kLadderWidth, 0)));
            images.append({ exercise, tr("Ladder diagram: %1 and %2").arg(ladder.left.toString(), ladder.right.toString()),
                            WholeLabReport::imageFileName(exercise, QStringLiteral("ladder")), diagram.grab().toImage() });
        }
        for (const LabJournal::PageRecord &record : journal->exercise(which).pages) {
            const auto page = std::find_if(pages.begin(), pages.end(), [&record](LabPage *p) { return p->mode() == record.mode; });
            if (page == pages.end())
                continue;
            images.append({ exercise, tr("The page %1 at export").arg((*page)->title()),
                            WholeLabReport::imageFileName(exercise, modeName(record.mode)), (*page)->grab().toImage() });
        }
    }
    return images;
}

QString WindowExports::writeReport(const QString &dir, QString *error)
{
    const QDateTime when = QDateTime::currentDateTime();
    m_recorder->refreshThisMachine();
    // Every section is taken now: the kernel's sockets of each page used are read again.
    WholeLabReportInput input = LabRecorder::reportInput(m_recorder->journal(), when);
    input.images = reportImages();
    // A folder of its own for each report: nothing is ever overwritten.
    const QString folder = QDir(dir).filePath(QStringLiteral("socketlab-report-%1").arg(fileTimestamp(when)));
    QString path;
    if (!WholeLabReport::write(folder, input, true, error, &path))
        return {};
    return path;
}

void WindowExports::exportReport()
{
    const QString dir = FileDialogs::existingDirectory(m_window, tr("Where to write the lab report"),
                                                       QStringLiteral("ui/reportFolder"),
                                                       QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        return;
    QString error;
    const QString path = writeReport(dir, &error);
    if (!path.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Lab report written to %1.").arg(path), 10000);
        return;
    }
    // The message quotes a folder name, which may look like markup: shown as typed.
    QMessageBox box(QMessageBox::Warning, tr("Export lab report"), error, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
