#pragma once

#include <QObject>

class LanguageManager;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;
class ZoomController;

// The window's menus and toolbar: screenshots, the lab report, zoom, language and help. It
// builds the actions and says when one is chosen; the window decides what that does.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    MainMenus(QMainWindow *window, ZoomController *zoom, LanguageManager *languages, QDockWidget *helpDock);

    void retranslate();

Q_SIGNALS:
    void screenshotRequested(bool wholeWindow);
    void screenshotFolderRequested();
    void reportRequested();
    void aboutRequested();

private:
    void createFileMenu(QMainWindow *window);
    void createViewMenu(QMainWindow *window, ZoomController *zoom);
    void createLanguageMenu(QMainWindow *window);
    void createHelpMenu(QMainWindow *window, QDockWidget *helpDock);
    void createToolBar(QMainWindow *window);

    LanguageManager *m_languages;
    QDockWidget *m_helpDock;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_screenshotWindowAction = nullptr;
    QAction *m_screenshotViewAction = nullptr;
    QAction *m_screenshotFolderAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_portugueseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
