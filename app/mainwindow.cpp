#include "app/mainwindow.h"

#include "app/languagemanager.h"
#include "app/mainmenus.h"
#include "app/networktoolspage.h"
#include "app/tabsettings.h"
#include "app/fileclientpage.h"
#include "app/fileserverpage.h"
#include "app/tcpclientpage.h"
#include "app/tcpserverpage.h"
#include "app/udpclientpage.h"
#include "app/udpserverpage.h"
#include "app/windowexports.h"
#include "app/zoomcontroller.h"
#include "model/guidedexercises.h"
#include "network/capture/capturesession.h"
#include "network/capture/dumpcapcapture.h"
#include "network/socketstatepoller.h"
#include "widgets/helppanel.h"
#include "widgets/tabplaceholder.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QDockWidget>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <QFileInfo>

#include <utility>

namespace {
// The tabs, in the course's order.
constexpr LabMode kPageOrder[] = { LabMode::TcpSimple, LabMode::TcpMulti, LabMode::UdpServer, LabMode::TcpClient,
                                   LabMode::UdpClient, LabMode::FileServer, LabMode::FileClient };
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_tabs(new QTabWidget(this))
    , m_zoom(new ZoomController(this))
    , m_helpDock(new QDockWidget(this))
    , m_exercises(new GuidedExercises(this))
    , m_menus(new MainMenus(this, m_zoom, languages, m_helpDock))
    , m_exports(new WindowExports(this, [this] { return buildShownPage(); }, [this] { return builtPages(); }, m_exercises))
{
    m_networkThread.setObjectName(QStringLiteral("network"));
    m_networkThread.start();
    m_captureThread.setObjectName(QStringLiteral("capture"));
    m_captureThread.start();
    fitToScreen();
    setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.png")));
    connect(m_menus, &MainMenus::screenshotRequested, m_exports, &WindowExports::takeScreenshot);
    connect(m_menus, &MainMenus::screenshotFolderRequested, m_exports, &WindowExports::chooseScreenshotFolder);
    connect(m_menus, &MainMenus::reportRequested, m_exports, &WindowExports::exportReport);
    connect(m_menus, &MainMenus::aboutRequested, this, &MainWindow::showAbout);
    addTabPlaceholders();
    setUpHelpDock();
    m_tabs->setDocumentMode(true);
    // The page the student used last opens again (the command line's --mode picks its own).
    rememberCurrentTab(m_tabs, QStringLiteral("ui/page"));
    // The page on screen is built when the window is first shown (showEvent), the others
    // after it; a tab opened before then is built at once.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::buildShownPage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateWindowTitle);
    setCentralWidget(m_tabs);
    statusBar(); // made now: a first message later must not grow the window
    retranslate();
}

void MainWindow::fitToScreen()
{
    // 1280x800 where there is room; on a lab PC (1366x768) or a projector (1280x720) the
    // screen's free area, maximized. An explicit minimum keeps the layout from growing the
    // window past the screen when the zoom or the help dock ask for more room.
    const QSize preferred(1280, 800);
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(), preferred);
    const QSize frame(16, 48); // a window manager's title bar and borders, at most
    setMinimumSize(QSize(640, 480).boundedTo(available.size()));
    if (preferred.width() + frame.width() <= available.width()
        && preferred.height() + frame.height() <= available.height()) {
        resize(preferred);
        return;
    }
    resize((available.size() - frame).expandedTo(minimumSize()));
    setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::addTabPlaceholders()
{
    for (LabMode mode : kPageOrder) {
        auto *placeholder = new QWidget(m_tabs);
        m_placeholders.insert(mode, placeholder);
        m_tabs->addTab(placeholder, LabPage::titleFor(mode));
    }
    m_toolsPlaceholder = new QWidget(m_tabs);
    m_tabs->addTab(m_toolsPlaceholder, NetworkToolsPage::title());
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showHelpTopic);
}

void MainWindow::setUpHelpDock()
{
    // Help and guided exercises, in a dock beside the pages; it follows the page on screen.
    m_helpDock->setObjectName(QStringLiteral("help"));
    m_helpDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_helpDock);
    const bool helpVisible = QSettings().value(QStringLiteral("ui/helpVisible"), false).toBool();
    if (helpVisible)
        helpPanel();
    m_helpDock->setVisible(helpVisible);
    connect(m_helpDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            helpPanel();
        QSettings().setValue(QStringLiteral("ui/helpVisible"), !m_helpDock->isHidden());
    });
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        if (m_helpPanel)
            m_helpPanel->setLanguage(language);
        m_exercises->retranslate();
    });
}

MainWindow::~MainWindow()
{
    // ~QWidget hides and deletes the children after this body, when this window's members are
    // gone: the dock's visibilityChanged and the tabs' currentChanged must not reach it then
    // (UndefinedBehaviorSanitizer caught the dock's).
    disconnect(m_helpDock, nullptr, this, nullptr);
    disconnect(m_tabs, nullptr, this, nullptr);
    m_captureThread.quit();
    m_captureThread.wait();
    m_networkThread.quit();
    m_networkThread.wait();
}

template<typename Session>
Session *MainWindow::createSession()
{
    auto *session = new Session;
    session->moveToThread(&m_networkThread);
    // Deleted on the network thread when it finishes (its sockets belong to that thread).
    connect(&m_networkThread, &QThread::finished, session, &QObject::deleteLater);
    return session;
}

LabPage *MainWindow::buildPage(LabMode mode)
{
    if (LabPage *built = m_pages.value(mode))
        return built;
    LabPage *page = nullptr;
    switch (mode) {
    case LabMode::TcpSimple:
        page = new TcpServerPage(TcpServerKind::Simple, createSession<TcpServerSession>(), m_tabs);
        break;
    case LabMode::TcpMulti:
        page = new TcpServerPage(TcpServerKind::Multi, createSession<TcpServerSession>(), m_tabs);
        break;
    case LabMode::UdpServer:
        page = new UdpServerPage(createSession<UdpSession>(), m_tabs);
        break;
    case LabMode::TcpClient:
        page = new TcpClientPage(createSession<TcpClientSession>(), m_tabs);
        break;
    case LabMode::UdpClient:
        page = new UdpClientPage(createSession<UdpSession>(), m_tabs);
        break;
    case LabMode::FileServer:
        page = new FileServerPage(createSession<FileServerSession>(), m_tabs);
        break;
    case LabMode::FileClient:
        page = new FileClientPage(createSession<FileClientSession>(), m_tabs);
        break;
    }
    auto *poller = createSession<SocketStatePoller>();
    page->setStatePoller(poller);
    auto *capture = new CaptureSession;
    auto *dumpcap = new DumpcapCapture;
    for (QObject *worker : std::initializer_list<QObject *> { capture, dumpcap }) {
        worker->moveToThread(&m_captureThread);
        connect(&m_captureThread, &QThread::finished, worker, &QObject::deleteLater);
    }
    page->setCaptureSession(capture, dumpcap);
    connect(page, &LabPage::batchShown, m_exercises, &GuidedExercises::applyBatch);
    m_exports->follow(page, poller); // the whole-lab report's journal
    m_pages.insert(mode, page);

    if (replaceTabPlaceholder(m_tabs, m_placeholders.take(mode), page))
        showHelpTopic();
    Q_EMIT pageBuilt(page);
    return page;
}

QWidget *MainWindow::buildShownPage()
{
    QWidget *shown = m_tabs->currentWidget();
    if (shown == m_toolsPlaceholder)
        return toolsPage();
    const LabMode mode = m_placeholders.key(shown, LabMode::TcpSimple);
    if (m_placeholders.value(mode) == shown)
        return buildPage(mode);
    return shown;
}

void MainWindow::buildRemainingPages()
{
    // One page per turn of the event loop, so the window answers meanwhile; the help last.
    for (LabMode mode : kPageOrder) {
        if (!m_pages.contains(mode)) {
            buildPage(mode);
            QTimer::singleShot(0, this, &MainWindow::buildRemainingPages);
            return;
        }
    }
    if (!m_toolsPage) {
        toolsPage();
        QTimer::singleShot(0, this, &MainWindow::buildRemainingPages);
        return;
    }
    helpPanel();
}

NetworkToolsPage *MainWindow::toolsPage()
{
    if (m_toolsPage)
        return m_toolsPage;
    m_toolsPage = new NetworkToolsPage(createSession<PortChecker>(), m_tabs);
    connect(m_toolsPage, &NetworkToolsPage::portCheckFinished, m_exercises, &GuidedExercises::portChecked);
    if (replaceTabPlaceholder(m_tabs, std::exchange(m_toolsPlaceholder, nullptr), m_toolsPage))
        showHelpTopic();
    return m_toolsPage;
}

HelpPanel *MainWindow::helpPanel()
{
    if (m_helpPanel)
        return m_helpPanel;
    m_helpPanel = new HelpPanel(m_helpDock);
    m_helpPanel->setModel(m_exercises);
    m_helpPanel->setLanguage(m_languages->language());
    if (!m_helpTopic.isEmpty())
        m_helpPanel->setTopic(m_helpTopic);
    m_helpDock->setWidget(m_helpPanel);
    return m_helpPanel;
}

TcpServerPage *MainWindow::serverPage(TcpServerKind kind)
{
    return static_cast<TcpServerPage *>(page(kind == TcpServerKind::Simple ? LabMode::TcpSimple : LabMode::TcpMulti));
}

UdpServerPage *MainWindow::udpServerPage()
{
    return static_cast<UdpServerPage *>(page(LabMode::UdpServer));
}

TcpClientPage *MainWindow::tcpClientPage()
{
    return static_cast<TcpClientPage *>(page(LabMode::TcpClient));
}

UdpClientPage *MainWindow::udpClientPage()
{
    return static_cast<UdpClientPage *>(page(LabMode::UdpClient));
}

LabPage *MainWindow::page(LabMode mode)
{
    return buildPage(mode);
}

QList<LabPage *> MainWindow::labPages()
{
    QList<LabPage *> pages;
    for (LabMode mode : kPageOrder)
        pages.append(buildPage(mode));
    return pages;
}

void MainWindow::startFromCommandLine(const LaunchOptions &options)
{
    if (!options.mode)
        return;
    LabPage *shown = page(*options.mode);
    m_tabs->setCurrentWidget(shown);
    if (auto *files = qobject_cast<FileServerPage *>(shown); files && !options.root.isEmpty())
        files->setSharedFolder(QFileInfo(options.root).absoluteFilePath());
    if (auto *download = qobject_cast<FileClientPage *>(shown)) {
        if (options.get.isEmpty()) {
            download->controls()->setSettings(options.clientSettings()); // the page waits for a name
            return;
        }
        download->setRequest(options.get, options.output);
    }
    if (isClientMode(*options.mode))
        static_cast<ClientPage *>(shown)->openWith(options.clientSettings(), options.firstActions());
    else
        static_cast<ServerPage *>(shown)->startWith(options.serverSettings());
}

void MainWindow::showHelpTopic()
{
    QWidget *current = m_tabs->currentWidget();
    if (current && current == m_toolsPage) {
        m_exercises->addressesShown();
        m_helpTopic = QStringLiteral("another-machine");
    } else if (auto *page = qobject_cast<LabPage *>(current)) {
        m_helpTopic = modeName(page->mode());
    } else {
        return; // a placeholder: its page is being built, and says it then
    }
    if (m_helpPanel)
        m_helpPanel->setTopic(m_helpTopic);
}

void MainWindow::retranslate()
{
    m_menus->retranslate();
    for (LabMode mode : kPageOrder)
        m_tabs->setTabText(m_tabs->indexOf(m_pages.contains(mode) ? m_pages.value(mode) : m_placeholders.value(mode)),
                           LabPage::titleFor(mode));
    m_tabs->setTabText(m_tabs->indexOf(m_toolsPage ? m_toolsPage : m_toolsPlaceholder), NetworkToolsPage::title());
    updateWindowTitle(); // from the tab texts just set
}

void MainWindow::updateWindowTitle()
{
    // The page's name only: Qt adds the application's display name ("... — SocketLab").
    setWindowTitle(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')));
}

void MainWindow::takeScreenshot(bool wholeWindow)
{
    m_exports->takeScreenshot(wholeWindow);
}

QString MainWindow::writeReport(const QString &dir, QString *error)
{
    return m_exports->writeReport(dir, error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SocketLab"),
                       tr("SocketLab %1\n\nA socket laboratory for computer networks classes: TCP and UDP "
                          "servers and clients, their connections and their messages, side by side.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Laid out by now: the page on screen takes its final size at once. The others follow,
    // one per turn of the event loop, so the first frame does not wait for them.
    buildShownPage();
    if (!std::exchange(m_shownOnce, true))
        QTimer::singleShot(0, this, &MainWindow::buildRemainingPages);
}
