#pragma once

#include "app/commandline.h"

#include "model/labmode.h"
#include "network/tcpserversession.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QThread>

#include <functional>
#include <memory>

class GuidedExercises;
class HelpPanel;
class LabPage;
class QDockWidget;
class QToolBar;
class Screenshotter;
class ZoomController;
class NetworkToolsPage;
class LanguageManager;
class QActionGroup;
class QMenu;
class QTabWidget;
class TcpClientPage;
class TcpServerPage;
class UdpClientPage;
class UdpServerPage;
class PageToucher;

// The window: one tab per mode, menus, language switch. It wires; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // untilFontsReady: called once the parts that measure no text are built (threads, menus,
    // toolbar), before the first that does; main() waits there for StartupWarmUp's fonts, so
    // that this work overlaps with theirs.
    explicit MainWindow(LanguageManager *languages, const std::function<void()> &untilFontsReady = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the page of options.mode and starts it with the options (command line).
    void startFromCommandLine(const LaunchOptions &options);
    // The pages are built when first needed (shown, or asked for here), and the rest right
    // after the first frame: the window appears as fast as a bare Qt window (issue 7).
    TcpServerPage *serverPage(TcpServerKind kind);
    UdpServerPage *udpServerPage();
    TcpClientPage *tcpClientPage();
    UdpClientPage *udpClientPage();
    LabPage *page(LabMode mode);
    // Every page, built now where it was not yet.
    QList<LabPage *> labPages();
    // The pages built so far; pageBuilt() tells of the others.
    QList<LabPage *> builtPages() const { return m_pages.values(); }
    // Built when first needed too, as the lab pages.
    NetworkToolsPage *toolsPage();
    QTabWidget *tabs() const { return m_tabs; }
    // Built when the help is first shown (or right after the first frame).
    HelpPanel *helpPanel();
    GuidedExercises *exercises() const { return m_exercises; }
    QDockWidget *helpDock() const { return m_helpDock; }
    ZoomController *zoom() const { return m_zoom; }
    // Saves a screenshot (whole window or current view) in the chosen folder; the status bar says where.
    void takeScreenshot(bool wholeWindow);
    // Writes the current page's lab report (README.md + images) into a new folder inside dir;
    // returns the README's path, or an empty string with *error set.
    QString writeReport(const QString &dir, QString *error);

Q_SIGNALS:
    void pageBuilt(LabPage *page);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    template<typename Session>
    Session *createSession();
    LabPage *buildPage(LabMode mode);
    void buildShownPage();
    void afterFirstFrame();
    void buildRemainingPages();
    static QString pageTitle(LabMode mode);
    void createMenus();
    // The help follows the page on screen.
    void showHelpTopic();
    void retranslate();
    void showAbout();
    bool chooseScreenshotFolder();
    void exportReport();

    LanguageManager *m_languages;
    // One network thread carries every session (DESIGN.md), so the window never waits on I/O;
    // a TCP server's connections are served on threads of their own (TcpConnectionPool).
    QThread m_networkThread;
    // Packet capture has its own worker: libpcap reads never wait behind the sessions.
    QThread m_captureThread;
    QTabWidget *m_tabs;
    QHash<LabMode, LabPage *> m_pages;
    QHash<LabMode, QWidget *> m_placeholders; // tabs whose page is not built yet
    TcpServerPage *m_simplePage = nullptr;
    TcpServerPage *m_multiPage = nullptr;
    UdpServerPage *m_udpServerPage = nullptr;
    TcpClientPage *m_tcpClientPage = nullptr;
    UdpClientPage *m_udpClientPage = nullptr;
    NetworkToolsPage *m_toolsPage = nullptr;
    QWidget *m_toolsPlaceholder = nullptr; // its tab until the tools page is built
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_screenshotWindowAction = nullptr;
    QAction *m_screenshotViewAction = nullptr;
    QAction *m_screenshotFolderAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_helpAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    ZoomController *m_zoom;
    Screenshotter *m_screenshotter;
    QDockWidget *m_helpDock;
    HelpPanel *m_helpPanel = nullptr;
    QString m_helpTopic; // the page on screen's, for a help panel built later
    GuidedExercises *m_exercises;
    QAction *m_portugueseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    // Until the first showEvent() ends. A member, so it stops before ~QWidget frees the buffer.
    std::unique_ptr<PageToucher> m_backingStoreToucher;
};
