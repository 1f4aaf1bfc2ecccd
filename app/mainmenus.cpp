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

#include <utility>

MainMenus::MainMenus(QMainWindow *window, ZoomController *zoom, LanguageManager *languages, QDockWidget *helpDock)
    : QObject(window)
    , m_languages(languages)
    , m_helpDock(helpDock)
{
    const QList<QAction *> exports = createFileMenu(window);
    const QList<QAction *> zooms = createViewMenu(window, zoom);
    createLanguageMenu(window);
    const QList<QAction *> help = createHelpMenu(window, helpDock);
    createToolBar(window, { exports, zooms, help });
}

QMenu *MainMenus::addMenu(QMainWindow *window, const char *title)
{
    QMenu *menu = window->menuBar()->addMenu(QString());
    withTexts(menu->menuAction(), title); // a menu's title is its action's text
    return menu;
}

QAction *MainMenus::withTexts(QAction *action, const char *text, const char *toolTip)
{
    m_texts.append({ action, text, toolTip });
    return action;
}

QList<QAction *> MainMenus::createFileMenu(QMainWindow *window)
{
    QMenu *menu = addMenu(window, QT_TR_NOOP("&File"));
    QAction *windowShot = withTexts(menu->addAction(QString(), this, [this] { Q_EMIT screenshotRequested(true); }),
                                    QT_TR_NOOP("&Screenshot of the window"));
    windowShot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *viewShot = withTexts(menu->addAction(QString(), this, [this] { Q_EMIT screenshotRequested(false); }),
                                  QT_TR_NOOP("Screenshot of the current &view"));
    viewShot->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    withTexts(menu->addAction(QString(), this, &MainMenus::screenshotFolderRequested),
              QT_TR_NOOP("Screenshot &folder…"));
    menu->addSeparator();
    QAction *report = withTexts(menu->addAction(QString(), this, &MainMenus::reportRequested),
                                QT_TR_NOOP("Export lab &report…"),
                                QT_TR_NOOP("A README.md with the tables, the messages, the packets and pictures, ready for the lab report"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    menu->addSeparator();
    QAction *quit = withTexts(menu->addAction(QString(), qApp, &QApplication::closeAllWindows), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    quit->setMenuRole(QAction::QuitRole);
    return { windowShot, viewShot, report };
}

QList<QAction *> MainMenus::createViewMenu(QMainWindow *window, ZoomController *zoom)
{
    QMenu *menu = addMenu(window, QT_TR_NOOP("&View"));
    QAction *zoomIn = withTexts(menu->addAction(QString(), zoom, &ZoomController::zoomIn),
                                QT_TR_NOOP("Zoom &in (projector)"));
    zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    QAction *zoomOut = withTexts(menu->addAction(QString(), zoom, &ZoomController::zoomOut), QT_TR_NOOP("Zoom &out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    withTexts(menu->addAction(QString(), zoom, &ZoomController::reset), QT_TR_NOOP("&Normal size"))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoom, &ZoomController::percentChanged, window, [window](int percent) {
        window->statusBar()->showMessage(tr("Zoom: %1%").arg(percent), 3000);
    });
    return { zoomOut, zoomIn };
}

void MainMenus::createLanguageMenu(QMainWindow *window)
{
    QMenu *menu = addMenu(window, QT_TR_NOOP("&Language"));
    auto *group = new QActionGroup(this);
    // Each language's own name: whoever cannot read the current one still finds theirs.
    m_portugueseAction = menu->addAction(QStringLiteral("Português (Brasil)"));
    m_englishAction = menu->addAction(QStringLiteral("English"));
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

QList<QAction *> MainMenus::createHelpMenu(QMainWindow *window, QDockWidget *helpDock)
{
    QMenu *menu = addMenu(window, QT_TR_NOOP("&Help"));
    QAction *help = withTexts(helpDock->toggleViewAction(), QT_TR_NOOP("Help and guided &exercises"));
    help->setShortcut(QKeySequence::HelpContents);
    menu->addAction(help);
    withTexts(menu->addAction(QString(), this, &MainMenus::aboutRequested), QT_TR_NOOP("&About SocketLab"))
        ->setMenuRole(QAction::AboutRole);
    return { help };
}

void MainMenus::createToolBar(QMainWindow *window, const QList<QList<QAction *>> &groups)
{
    // What a lab report needs, one click away.
    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("main"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const QList<QAction *> &group : groups) {
        if (!m_toolBar->actions().isEmpty())
            m_toolBar->addSeparator();
        m_toolBar->addActions(group);
    }
}

void MainMenus::retranslate()
{
    m_toolBar->setWindowTitle(tr("Tools"));
    // First: the dock's title renames its toggle action, which has a text of its own.
    m_helpDock->setWindowTitle(tr("Help and guided exercises"));
    for (const ActionTexts &texts : std::as_const(m_texts)) {
        texts.action->setText(tr(texts.text));
        if (texts.toolTip)
            texts.action->setToolTip(tr(texts.toolTip));
    }
    const bool portuguese = m_languages->language() == QLatin1String(LanguageManager::kPortuguese);
    m_portugueseAction->setChecked(portuguese);
    m_englishAction->setChecked(!portuguese);
}
