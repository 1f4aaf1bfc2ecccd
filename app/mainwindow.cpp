#include "app/mainwindow.h"

#include "app/languagemanager.h"
#include "app/tcpserverpage.h"
#include "network/tcpserversession.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_tabs(new QTabWidget(this))
{
    m_networkThread.setObjectName(QStringLiteral("network"));
    m_networkThread.start();

    for (TcpServerKind kind : { TcpServerKind::Simple, TcpServerKind::Multi }) {
        auto *session = new TcpServerSession;
        session->moveToThread(&m_networkThread);
        // Deleted on the network thread when it finishes (its sockets belong to that thread).
        connect(&m_networkThread, &QThread::finished, session, &QObject::deleteLater);
        auto *page = new TcpServerPage(kind, session, m_tabs);
        m_serverPages.append(page);
        m_tabs->addTab(page, page->title());
    }
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createMenus();
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_networkThread.quit();
    m_networkThread.wait();
}

TcpServerPage *MainWindow::serverPage(TcpServerKind kind) const
{
    for (TcpServerPage *page : m_serverPages) {
        if (page->kind() == kind)
            return page;
    }
    return nullptr;
}

void MainWindow::startFromCommandLine(const LaunchOptions &options)
{
    if (!options.mode)
        return;
    TcpServerPage *page = serverPage(*options.mode);
    m_tabs->setCurrentWidget(page);
    page->startWith(options.serverConfig());
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

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
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SocketLab — Socket Laboratory"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SocketLab"));
    const bool portuguese = m_languages->language() == QLatin1String(LanguageManager::kPortuguese);
    m_portugueseAction->setChecked(portuguese);
    m_englishAction->setChecked(!portuguese);
    for (int i = 0; i < m_serverPages.size(); ++i)
        m_tabs->setTabText(m_tabs->indexOf(m_serverPages.at(i)), m_serverPages.at(i)->title());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SocketLab"),
                       tr("SocketLab %1\n\nA socket laboratory for computer networks classes: servers, their "
                          "connections and their messages, side by side.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}
