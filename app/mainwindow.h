#pragma once

#include "app/commandline.h"

#include <QList>
#include <QMainWindow>
#include <QThread>

class LanguageManager;
class QActionGroup;
class QMenu;
class QTabWidget;
class TcpServerPage;
class TcpServerSession;

// The window: one tab per mode, menus, language switch. It wires; the pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the page of options.mode and starts it with the options (command line).
    void startFromCommandLine(const LaunchOptions &options);
    TcpServerPage *serverPage(TcpServerKind kind) const;
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();

    LanguageManager *m_languages;
    // One network thread carries every session (DESIGN.md), so the window never waits on I/O.
    QThread m_networkThread;
    QTabWidget *m_tabs;
    QList<TcpServerPage *> m_serverPages;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_portugueseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
