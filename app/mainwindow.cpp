#include "app/mainwindow.h"

#include "app/languagemanager.h"
#include "app/networktoolspage.h"
#include "app/tcpclientpage.h"
#include "app/tcpserverpage.h"
#include "app/udpclientpage.h"
#include "app/udpserverpage.h"
#include "network/capture/capturesession.h"
#include "network/capture/dumpcapcapture.h"
#include "network/socketstatepoller.h"

#include "app/pagetoucher.h"
#include "app/screenshotter.h"
#include "app/startupprobe.h"
#include "model/guidedexercises.h"
#include "widgets/helppanel.h"
#include "widgets/tabplaceholder.h"
#include "app/zoomcontroller.h"

#include "model/labreport.h"

#include <QActionGroup>
#include <QDateTime>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <utility>

namespace {
// The tabs, in the course's order.
constexpr LabMode kPageOrder[] = { LabMode::TcpSimple, LabMode::TcpMulti, LabMode::UdpServer, LabMode::TcpClient,
                                   LabMode::UdpClient };
} // namespace

MainWindow::MainWindow(LanguageManager *languages, const std::function<void()> &untilFontsReady, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_tabs(new QTabWidget(this))
    , m_zoom(new ZoomController(this))
    , m_screenshotter(new Screenshotter(this))
    , m_helpDock(new QDockWidget(this))
    , m_exercises(new GuidedExercises(this))
{
    m_networkThread.setObjectName(QStringLiteral("network"));
    m_networkThread.start();
    m_captureThread.setObjectName(QStringLiteral("capture"));
    m_captureThread.start();
    resize(1280, 800); // first: the native window and its backing store are made at this size
    createMenus(); // measures no text: actions, shortcuts, the style's icons
    if (untilFontsReady)
        untilFontsReady();
    // The first frame's buffer, made now, its pages written on the second core (which the fonts
    // have just left) while the rest of the window and its page are built here: about 1,000
    // pages, 6 to 10 ms of the first frame on this project's virtual machines (issue 7).
    create();
    m_backingStoreToucher = touchBackingStore(this);
    // Done by the end of the first showEvent(), and in any case before the event loop can paint.
    QTimer::singleShot(0, this, [this] { m_backingStoreToucher.reset(); });

    for (LabMode mode : kPageOrder) {
        auto *placeholder = new QWidget(m_tabs);
        m_placeholders.insert(mode, placeholder);
        m_tabs->addTab(placeholder, pageTitle(mode));
    }
    m_toolsPlaceholder = new QWidget(m_tabs);
    m_tabs->addTab(m_toolsPlaceholder, NetworkToolsPage::title());

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
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::showHelpTopic);
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        if (m_helpPanel)
            m_helpPanel->setLanguage(language);
        m_exercises->retranslate();
    });
    m_tabs->setDocumentMode(true);
    // The page the student used last opens again (the command line's --mode picks its own).
    m_tabs->setCurrentIndex(qBound(0, QSettings().value(QStringLiteral("ui/page"), 0).toInt(), m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(QStringLiteral("ui/page"), index); });
    // The page on screen is built when the window is first shown (showEvent), the others right
    // after the first frame; a tab opened before then is built at once.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::buildShownPage);
    connect(new FirstFramePaintProbe(this), &FirstFramePaintProbe::firstFramePainted, this, &MainWindow::afterFirstFrame);
    setCentralWidget(m_tabs);
    retranslate();
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

QString MainWindow::pageTitle(LabMode mode)
{
    switch (mode) {
    case LabMode::TcpSimple: return TcpServerPage::titleFor(TcpServerKind::Simple);
    case LabMode::TcpMulti: return TcpServerPage::titleFor(TcpServerKind::Multi);
    case LabMode::UdpServer: return UdpServerPage::pageTitle();
    case LabMode::TcpClient: return TcpClientPage::pageTitle();
    case LabMode::UdpClient: return UdpClientPage::pageTitle();
    }
    return {};
}

LabPage *MainWindow::buildPage(LabMode mode)
{
    if (LabPage *built = m_pages.value(mode))
        return built;
    LabPage *page = nullptr;
    switch (mode) {
    case LabMode::TcpSimple:
        page = m_simplePage = new TcpServerPage(TcpServerKind::Simple, createSession<TcpServerSession>(), m_tabs);
        break;
    case LabMode::TcpMulti:
        page = m_multiPage = new TcpServerPage(TcpServerKind::Multi, createSession<TcpServerSession>(), m_tabs);
        break;
    case LabMode::UdpServer:
        page = m_udpServerPage = new UdpServerPage(createSession<UdpSession>(), m_tabs);
        break;
    case LabMode::TcpClient:
        page = m_tcpClientPage = new TcpClientPage(createSession<TcpClientSession>(), m_tabs);
        break;
    case LabMode::UdpClient:
        page = m_udpClientPage = new UdpClientPage(createSession<UdpSession>(), m_tabs);
        break;
    }
    page->setStatePoller(createSession<SocketStatePoller>());
    auto *capture = new CaptureSession;
    auto *dumpcap = new DumpcapCapture;
    for (QObject *worker : std::initializer_list<QObject *> { capture, dumpcap }) {
        worker->moveToThread(&m_captureThread);
        connect(&m_captureThread, &QThread::finished, worker, &QObject::deleteLater);
    }
    page->setCaptureSession(capture, dumpcap);
    connect(page, &LabPage::batchShown, m_exercises, &GuidedExercises::applyBatch);
    m_pages.insert(mode, page);

    if (replaceTabPlaceholder(m_tabs, m_placeholders.take(mode), page))
        showHelpTopic();
    Q_EMIT pageBuilt(page);
    return page;
}

void MainWindow::buildShownPage()
{
    QWidget *shown = m_tabs->currentWidget();
    if (shown == m_toolsPlaceholder) {
        toolsPage();
        return;
    }
    for (auto placeholder = m_placeholders.cbegin(); placeholder != m_placeholders.cend(); ++placeholder) {
        if (placeholder.value() == shown) {
            buildPage(placeholder.key()); // takes the placeholder out: stop iterating
            return;
        }
    }
}

void MainWindow::afterFirstFrame()
{
    // The application's icon waits for the first frame: decoding it, and on X11 converting it
    // for the window manager, took 2.5 ms of it (issue 7). The taskbar shows it a moment later.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/socketlab.png")));
    buildRemainingPages();
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
    m_tabs->setCurrentWidget(page(*options.mode));
    switch (*options.mode) {
    case LabMode::TcpSimple:
        serverPage(TcpServerKind::Simple)->startWith(options.serverSettings());
        break;
    case LabMode::TcpMulti:
        serverPage(TcpServerKind::Multi)->startWith(options.serverSettings());
        break;
    case LabMode::UdpServer:
        udpServerPage()->startWith(options.serverSettings());
        break;
    case LabMode::TcpClient:
        tcpClientPage()->connectWith(options.clientSettings(), options.firstActions());
        break;
    case LabMode::UdpClient:
        udpClientPage()->openWith(options.clientSettings(), options.firstActions());
        break;
    }
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

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_screenshotWindowAction = m_fileMenu->addAction(QString(), this, [this] { takeScreenshot(true); });
    m_screenshotWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_screenshotViewAction = m_fileMenu->addAction(QString(), this, [this] { takeScreenshot(false); });
    m_screenshotViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_screenshotFolderAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseScreenshotFolder);
    m_fileMenu->addSeparator();
    m_reportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportReport);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_zoomInAction = m_viewMenu->addAction(QString(), m_zoom, &ZoomController::zoomIn);
    m_zoomInAction->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    m_zoomOutAction = m_viewMenu->addAction(QString(), m_zoom, &ZoomController::zoomOut);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomResetAction = m_viewMenu->addAction(QString(), m_zoom, &ZoomController::reset);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoom, &ZoomController::percentChanged, this, [this](int percent) {
        statusBar()->showMessage(tr("Zoom: %1%").arg(percent), 3000);
    });

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_portugueseAction = m_languageMenu->addAction(QStringLiteral("Português (Brasil)"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *action : { m_portugueseAction, m_englishAction }) {
        action->setCheckable(true);
        group->addAction(action);
    }
    auto choose = [this](const QString &language) {
        m_languages->setLanguage(language);
        LanguageManager::saveLanguage(language);
    };
    connect(m_portugueseAction, &QAction::triggered, this,
            [choose] { choose(QString::fromLatin1(LanguageManager::kPortuguese)); });
    connect(m_englishAction, &QAction::triggered, this,
            [choose] { choose(QString::fromLatin1(LanguageManager::kEnglish)); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = m_helpDock->toggleViewAction();
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addAction(m_helpAction);

    // What a lab report needs, one click away.
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("main"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_screenshotWindowAction);
    m_toolBar->addAction(m_screenshotViewAction);
    m_toolBar->addAction(m_reportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_helpAction);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SocketLab — Socket Laboratory"));
    m_fileMenu->setTitle(tr("&File"));
    m_screenshotWindowAction->setText(tr("&Screenshot of the window"));
    m_screenshotViewAction->setText(tr("Screenshot of the current &view"));
    m_screenshotFolderAction->setText(tr("Screenshot &folder…"));
    m_reportAction->setText(tr("Export lab &report…"));
    m_reportAction->setToolTip(tr("A README.md with the tables, the messages, the packets and pictures, ready for the lab report"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_zoomInAction->setText(tr("Zoom &in (projector)"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_zoomResetAction->setText(tr("&Normal size"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Tools"));
    m_helpDock->setWindowTitle(tr("Help and guided exercises"));
    m_helpAction->setText(tr("Help and guided &exercises"));
    m_aboutAction->setText(tr("&About SocketLab"));
    const bool portuguese = m_languages->language() == QLatin1String(LanguageManager::kPortuguese);
    m_portugueseAction->setChecked(portuguese);
    m_englishAction->setChecked(!portuguese);
    for (LabMode mode : kPageOrder)
        m_tabs->setTabText(m_tabs->indexOf(m_pages.contains(mode) ? m_pages.value(mode) : m_placeholders.value(mode)),
                           pageTitle(mode));
    m_tabs->setTabText(m_tabs->indexOf(m_toolsPage ? m_toolsPage : m_toolsPlaceholder), NetworkToolsPage::title());
}

bool MainWindow::chooseScreenshotFolder()
{
    const QString start = Screenshotter::folder().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
        : Screenshotter::folder();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Where screenshots go"), start);
    if (folder.isEmpty())
        return false;
    Screenshotter::setFolder(folder);
    return true;
}

void MainWindow::takeScreenshot(bool wholeWindow)
{
    if (Screenshotter::folder().isEmpty() && !chooseScreenshotFolder())
        return;
    buildShownPage(); // a window not shown yet has only a placeholder there
    QWidget *target = this;
    QString mode = QStringLiteral("socketlab");
    if (auto *page = qobject_cast<LabPage *>(m_tabs->currentWidget())) {
        mode = modeName(page->mode());
        if (!wholeWindow)
            target = page->views()->currentWidget();
    } else if (!wholeWindow) {
        target = m_tabs->currentWidget();
    }
    QString error;
    const QString path = m_screenshotter->take(target, mode, &error);
    if (path.isEmpty())
        statusBar()->showMessage(error, 8000);
    else
        statusBar()->showMessage(tr("Screenshot saved to %1 and copied to the clipboard.").arg(path), 8000);
}

QString MainWindow::writeReport(const QString &dir, QString *error)
{
    buildShownPage(); // a window not shown yet has only a placeholder there
    auto *page = qobject_cast<LabPage *>(m_tabs->currentWidget());
    if (!page) {
        *error = tr("Choose the page of a server or a client first: the report is about it.");
        return {};
    }
    // A folder of its own for each report: nothing is ever overwritten.
    const QString folder = QDir(dir).filePath(QStringLiteral("socketlab-%1-%2")
                                                  .arg(modeName(page->mode()),
                                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HH-mm-ss"))));
    QString path;
    if (!LabReport::write(folder, page->reportInput(this), false, error, &path))
        return {};
    return path;
}

void MainWindow::exportReport()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("ui/reportFolder"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Where to write the lab report"), start);
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/reportFolder"), dir);
    QString error;
    const QString path = writeReport(dir, &error);
    if (!path.isEmpty()) {
        statusBar()->showMessage(tr("Lab report written to %1.").arg(path), 10000);
        return;
    }
    // The message quotes a folder name, which may look like markup: shown as typed.
    QMessageBox box(QMessageBox::Warning, tr("Export lab report"), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
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
    // Here, not in the constructor: the window is laid out by now, so the page takes the size
    // it keeps and its layout runs once. Built before, it was laid out at a guessed size, then
    // again at the window's: 1 ms of the first frame (issue 7). Still before the first paint.
    buildShownPage();
    m_backingStoreToucher.reset(); // the first paint is next: the buffer is Qt's alone again
}
