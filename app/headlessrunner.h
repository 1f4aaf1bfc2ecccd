#pragma once

#include "app/commandline.h"
#include "network/labevent.h"

#include <QObject>
#include <QPointer>

class BurstTracker;
class FileCapture;
class EventPrinter;
class LabJournal;
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
    // After end of input, a client leaves once as many bytes came back as it sent (an echo or
    // upper-case server's replies, whatever its framing), or this long after the last byte.
    static constexpr int kReplyGraceMs = 2000;
    static constexpr int kBurstPollMs = 50;

    explicit HeadlessRunner(const LaunchOptions &options, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    // Starts the session; the application's exit code tells how it ended.
    void start();

private:
    void startSession();
    // --capture: the capture first, so that the first client's SYN is in it.
    void startCapture();
    void writeCapture(int *exitCode);
    void startFileTransfer(LabMode mode, const ServerSettings &server, const ClientSettings &client);
    // Prints session's events and runs start on it once the event loop (and so exit()) works,
    // so that a failure to start is printed.
    template<typename Session, typename Start>
    void run(Session *session, Start start);
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
    // What a --report holds: the same journal as the window's whole-lab report.
    LabJournal *m_journal;
    EventPrinter *m_printer; // standard output, on its own thread
    FileCapture *m_capture = nullptr;
    void writeReport();
    QByteArray m_stdinBuffer;
    bool m_running = false;    // server listening / client socket ready
    bool m_stopping = false;
    bool m_stdinOpen = true;
    bool m_sentInitial = false;
    bool m_awaitingReply = false; // something was sent, and not every byte of it came back yet
    bool m_sendNotSeen = false;   // a send was asked for, and its Sent event has not come yet
    qint64 m_bytesSent = 0;       // payload bytes of every Sent event
    qint64 m_bytesReceived = 0;   // and of every Received one
    bool m_receivedAny = false;
    int m_pendingConnections = 0; // TCP client: attempts not yet connected or failed
    int m_openConnections = 0;
    LabEvent m_lastError;
    bool m_failed = false;
};
