#pragma once

#include "app/commandline.h"

#include "model/labmode.h"
#include "network/tcpserversession.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QThread>


class GuidedExercises;
class HelpPanel;
class LabPage;
class LanguageManager;
class MainMenus;
class NetworkToolsPage;
class QDockWidget;
class QTabWidget;
class TcpClientPage;
class TcpServerPage;
class UdpClientPage;
class UdpServerPage;
class WindowExports;
class ZoomController;

// The window: one tab per mode, menus, language switch. It wires; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the page of options.mode and starts it with the options (command line).
    void startFromCommandLine(const LaunchOptions &options);
    // The pages are built when first needed (shown, or asked for here), the rest one per turn
    // of the event loop once the window is shown, so it opens without waiting for all six.
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
    // Built when the help is first shown (or after the pages).
    HelpPanel *helpPanel();
    GuidedExercises *exercises() const { return m_exercises; }
    QDockWidget *helpDock() const { return m_helpDock; }
    ZoomController *zoom() const { return m_zoom; }
    // Saves a screenshot (whole window or current view) in the chosen folder; the status bar says where.
    void takeScreenshot(bool wholeWindow);
    // Writes the whole-lab report (README.md, images, report.pdf) into a new folder inside dir;
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
    void fitToScreen();
    void addTabPlaceholders();
    void setUpHelpDock();
    QWidget *buildShownPage();
    void buildRemainingPages();
    // The help follows the page on screen.
    void showHelpTopic();
    void retranslate();
    void updateWindowTitle();
    void showAbout();

    LanguageManager *m_languages;
    // One network thread carries every session (DESIGN.md), so the window never waits on I/O;
    // a TCP server's connections are served on threads of their own (TcpConnectionPool).
    QThread m_networkThread;
    // Packet capture has its own worker: libpcap reads never wait behind the sessions.
    QThread m_captureThread;
    QTabWidget *m_tabs;
    QHash<LabMode, LabPage *> m_pages;
    QHash<LabMode, QWidget *> m_placeholders; // tabs whose page is not built yet
    NetworkToolsPage *m_toolsPage = nullptr;
    QWidget *m_toolsPlaceholder = nullptr; // its tab until the tools page is built
    ZoomController *m_zoom;
    QDockWidget *m_helpDock;
    HelpPanel *m_helpPanel = nullptr;
    QString m_helpTopic; // the page on screen's, for a help panel built later
    GuidedExercises *m_exercises;
    MainMenus *m_menus;
    WindowExports *m_exports;
    bool m_shownOnce = false;
};
