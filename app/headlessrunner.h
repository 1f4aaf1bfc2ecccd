#pragma once

#include "app/commandline.h"
#include "network/labevent.h"

#include <QObject>

class QSocketNotifier;
class TcpServerSession;

// `socketlab --headless`: the same session as the window, printing one line per event.
// SIGINT/SIGTERM stop it cleanly (exit 0); a server that cannot start exits 1 with the reason
// on stderr, in the chosen language.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessRunner(const LaunchOptions &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Starts the session; the application's exit code tells how it ended.
    void start();

private:
    void printBatch(const LabEventBatch &batch);
    void stopOnSignal();
    void installSignalHandlers();

    LaunchOptions m_options;
    TcpServerSession *m_session;
    QSocketNotifier *m_signalNotifier = nullptr;
    bool m_listening = false;
    bool m_stopping = false;
};
