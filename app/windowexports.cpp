#include "app/windowexports.h"

#include "app/labpage.h"
#include "app/screenshotter.h"
#include "model/labreport.h"
#include "model/timeformat.h"
#include "widgets/filedialogs.h"

#include <QDateTime>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

#include <utility>

WindowExports::WindowExports(QMainWindow *window, std::function<QWidget *()> shownPage)
    : QObject(window)
    , m_window(window)
    , m_shownPage(std::move(shownPage))
    , m_screenshotter(new Screenshotter(this))
{
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

QString WindowExports::writeReport(const QString &dir, QString *error)
{
    auto *page = qobject_cast<LabPage *>(m_shownPage());
    if (!page) {
        *error = tr("Choose the page of a server or a client first: the report is about it.");
        return {};
    }
    // A folder of its own for each report: nothing is ever overwritten.
    const QString folder = QDir(dir).filePath(
        QStringLiteral("socketlab-%1-%2").arg(modeName(page->mode()), fileTimestamp(QDateTime::currentDateTime())));
    QString path;
    if (!LabReport::write(folder, page->reportInput(m_window), false, error, &path))
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
