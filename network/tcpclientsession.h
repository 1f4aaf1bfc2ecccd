#pragma once

#include "network/clientlimits.h"
#include "network/connecttarget.h"
#include "network/framingmode.h"
#include "network/labevent.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class EventBatcher;
class QTcpSocket;
class QTimer;
class TcpConnection;

struct TcpClientConfig : ConnectTarget
{
    static constexpr quint16 kDefaultPort = 65432;

    TcpClientConfig()
        : ConnectTarget(kDefaultPort)
    {
    }

    FramingMode framing = FramingMode::Raw;
};

Q_DECLARE_METATYPE(TcpClientConfig)

// TCP clients as the course writes them (socket, connect, send, recv, close), one or many at
// once, reported as LabEvents. A host name is looked up, and every address it has is tried in
// turn (localhost may be ::1 and 127.0.0.1: whichever has the server answers).
class TcpClientSession : public QObject
{
    Q_OBJECT
public:
    explicit TcpClientSession(QObject *parent = nullptr);
    ~TcpClientSession() override;

    int openConnectionCount() const { return int(m_connections.size()); }
    int pendingAttemptCount() const { return int(m_attempts.size()); }

public Q_SLOTS:
    // Opens count connections (1..ClientLimits::kMaxClientConnections) to config.host:config.port.
    void connectClients(const TcpClientConfig &config, int count);
    // Sends to the given connections; an empty list means every open connection.
    void send(const QList<int> &connectionIds, const QByteArray &data);
    // Sends count numbered messages ("#1/N\n" ...) on each given connection, as fast as TCP takes them.
    void sendBurst(const QList<int> &connectionIds, int count);
    // Both also give up an attempt still connecting (SYN-SENT): Closed, CancelledByUs.
    void disconnectClient(int connectionId);
    void abortClient(int connectionId);
    // Closes every connection and gives up every attempt still connecting.
    void disconnectAll();
    // For the open connections; new ones use their TcpClientConfig's.
    void setFramingMode(FramingMode framing);

Q_SIGNALS:
    void eventsReady(const LabEventBatch &batch);

private:
    // One connection being opened. It keeps its own copy of the settings it started with:
    // a later connectClients() with another port must not redirect it.
    struct Attempt
    {
        TcpClientConfig config;
        QTcpSocket *socket = nullptr;
        QTimer *timer = nullptr;
        QList<QHostAddress> addresses;
        int nextAddress = 0;
        LabError lastError = LabError::None;
    };

    void startAttempts(const TcpClientConfig &config, const QList<QHostAddress> &addresses, int count);
    void tryNextAddress(int id);
    void attemptFailed(int id, LabError error, const QString &detail);
    void attemptSucceeded(int id);
    void dropAttempt(int id);
    // Gives up an attempt the user no longer wants; its row ends as cancelled. False: no such attempt.
    bool cancelAttempt(int id);
    void onConnectionFinished(int id);
    QList<TcpConnection *> targets(const QList<int> &connectionIds) const;

    EventBatcher *m_events;
    QHash<int, Attempt> m_attempts;
    QHash<int, TcpConnection *> m_connections;
    int m_nextConnectionId = 1;
    int m_lookupGeneration = 0; // disconnectAll() cancels the lookups still running
};
