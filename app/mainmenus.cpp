#include "app/mainmenus.h"

#include "app/languagemanager.h"
#include "app/zoomcontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

MainMenus::MainMenus(QMainWindow *window, ZoomController *zoom, LanguageManager *languages, QDockWidget *helpDock)
    : QObject(window)
    , m_languages(languages)
    , m_helpDock(helpDock)
{
    createFileMenu(window);
    createViewMenu(window, zoom);
    createLanguageMenu(window);
    createHelpMenu(window, helpDock);
    createToolBar(window);
}

void MainMenus::createFileMenu(QMainWindow *window)
{
    m_fileMenu = window->menuBar()->addMenu(QString());
    m_screenshotWindowAction = m_fileMenu->addAction(QString(), this, [this] { Q_EMIT screenshotRequested(true); });
    m_screenshotWindowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_screenshotViewAction = m_fileMenu->addAction(QString(), this, [this] { Q_EMIT screenshotRequested(false); });
    m_screenshotViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_screenshotFolderAction = m_fileMenu->addAction(QString(), this, &MainMenus::screenshotFolderRequested);
    m_fileMenu->addSeparator();
    m_reportAction = m_fileMenu->addAction(QString(), this, &MainMenus::reportRequested);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void MainMenus::createViewMenu(QMainWindow *window, ZoomController *zoom)
{
    m_viewMenu = window->menuBar()->addMenu(QString());
    m_zoomInAction = m_viewMenu->addAction(QString(), zoom, &ZoomController::zoomIn);
    m_zoomInAction->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    m_zoomOutAction = m_viewMenu->addAction(QString(), zoom, &ZoomController::zoomOut);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomResetAction = m_viewMenu->addAction(QString(), zoom, &ZoomController::reset);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoom, &ZoomController::percentChanged, window, [window](int percent) {
        window->statusBar()->showMessage(tr("Zoom: %1%").arg(percent), 3000);
    });
}

void MainMenus::createLanguageMenu(QMainWindow *window)
{
    m_languageMenu = window->menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    // Each language's own name: whoever cannot read the current one still finds theirs.
    m_portugueseAction = m_languageMenu->addAction(QStringLiteral("Português (Brasil)"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    const std::pair<QAction *, const char *> choices[] = { { m_portugueseAction, LanguageManager::kPortuguese },
                                                           { m_englishAction, LanguageManager::kEnglish } };
    for (const auto &[action, language] : choices) {
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = QString::fromLatin1(language)] {
            m_languages->setLanguage(code);
            LanguageManager::saveLanguage(code);
        });
    }
}

void MainMenus::createHelpMenu(QMainWindow *window, QDockWidget *helpDock)
{
    m_helpMenu = window->menuBar()->addMenu(QString());
    m_helpAction = helpDock->toggleViewAction();
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addAction(m_helpAction);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainMenus::aboutRequested);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainMenus::createToolBar(QMainWindow *window)
{
    // What a lab report needs, one click away.
    m_toolBar = window->addToolBar(QString());
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
}

void MainMenus::retranslate()
{
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
}
