#pragma once

#include <QList>
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
    // An action (a menu's too) and the texts it shows, set again on each language change.
    struct ActionTexts
    {
        QAction *action;
        const char *text;              // QT_TR_NOOP
        const char *toolTip = nullptr; // QT_TR_NOOP, when it has one
    };

    // Each returns the actions it offers the toolbar too, in the toolbar's order.
    QList<QAction *> createFileMenu(QMainWindow *window);
    QList<QAction *> createViewMenu(QMainWindow *window, ZoomController *zoom);
    void createLanguageMenu(QMainWindow *window);
    QList<QAction *> createHelpMenu(QMainWindow *window, QDockWidget *helpDock);
    void createToolBar(QMainWindow *window, const QList<QList<QAction *>> &groups);
    QMenu *addMenu(QMainWindow *window, const char *title);
    QAction *withTexts(QAction *action, const char *text, const char *toolTip = nullptr);

    LanguageManager *m_languages;
    QDockWidget *m_helpDock;
    QToolBar *m_toolBar = nullptr;
    QAction *m_portugueseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QList<ActionTexts> m_texts;
};
