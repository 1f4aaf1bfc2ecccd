#pragma once

#include "app/commandline.h"
#include "network/labevent.h"

#include <QObject>
#include <QPointer>

class BurstTracker;
class EventPrinter;
class ConnectionTableModel;
class MessageLogModel;
class PeerTableModel;
class QTimer;

// `socketlab --headless`: the same sessions as the window, printing one line per event.
// Servers run until SIGINT/SIGTERM (exit 0). Clients connect, send --send and then each line
// of standard input (like nc), and at end of input leave after the last reply or a short grace
// period. A server that cannot start, or a client that reaches nothing, exits 1 with the
// reason on stderr, in the chosen language.
class HeadlessRunner : public QObject
{
    Q_OBJECT
public:
    // How long a client waits for an answer to what it sent last, after end of input.
    static constexpr int kReplyGraceMs = 2000;
    static constexpr int kBurstPollMs = 50;

    explicit HeadlessRunner(const LaunchOptions &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Starts the session; the application's exit code tells how it ended.
    void start();

private:
    void startFileTransfer(LabMode mode, const ServerSettings &server, const ClientSettings &client);
    void trackTransfer(const LabEvent &event);
    void printBatch(const LabEventBatch &batch);
    void track(const LabEvent &event);
    void sendToAll(const QByteArray &data);
    void sendBurst(int count);
    void onStandardInput(const QByteArray &bytes);
    void onStandardInputEnded();
    void finishIfDone();
    void finish(int exitCode);
    bool isClient() const;

    LaunchOptions m_options;
    QPointer<QObject> m_session;
    QTimer *m_graceTimer;
    BurstTracker *m_bursts;
    // What a --report holds: the same models as the window's page.
    ConnectionTableModel *m_connections;
    PeerTableModel *m_peers;
    MessageLogModel *m_log;
    EventPrinter *m_printer; // standard output, on its own thread
    void writeReport();
    QByteArray m_stdinBuffer;
    bool m_running = false;    // server listening / client socket ready
    bool m_stopping = false;
    bool m_stdinOpen = true;
    bool m_sentInitial = false;
    bool m_awaitingReply = false;
    bool m_receivedAny = false;
    int m_pendingConnections = 0; // TCP client: attempts not yet connected or failed
    int m_openConnections = 0;
    LabEvent m_lastError;
    bool m_failed = false;
};
