#pragma once

#include "network/labevent.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class EventBatcher;
class FileTransferSender;
class QTcpServer;

struct FileServerConfig
{
    // The course's C file server: port 12345, listen(s, 10).
    static constexpr quint16 kDefaultPort = 12345;
    static constexpr int kListenBacklog = 10;

    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = kDefaultPort;
    QString root; // the one folder served, read-only
};

Q_DECLARE_METATYPE(FileServerConfig)

// The course's file server: each client sends a file name and gets that file's bytes, then
// the connection's end. Several clients at once, all on this session's thread (event-driven:
// a transfer waits for its socket to drain, it never blocks the others).
class FileServerSession : public QObject
{
    Q_OBJECT
public:
    explicit FileServerSession(QObject *parent = nullptr);
    ~FileServerSession() override;

    bool isListening() const;
    Endpoint listeningOn() const;
    int openConnectionCount() const { return int(m_senders.size()); }
    // The most bytes any transfer keeps waiting in memory now (tests: bounded memory).
    qint64 largestQueue() const;

public Q_SLOTS:
    void start(const FileServerConfig &config);
    void stop();
    // Resets the client's connection (RST), its transfer reported as cancelled.
    void abortClient(int connectionId);

Q_SIGNALS:
    void eventsReady(const LabEventBatch &batch);

private:
    void acceptPending();
    void postStartError(LabError error, const QString &detail);

    EventBatcher *m_events;
    QTcpServer *m_server = nullptr;
    QString m_root; // canonical
    QHash<int, FileTransferSender *> m_senders;
    int m_nextConnectionId = 1;
};
