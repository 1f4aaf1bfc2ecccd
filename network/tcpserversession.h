#pragma once

#include "network/clientlimits.h"
#include "network/framingmode.h"
#include "network/labevent.h"
#include "network/replypolicy.h"

#include <QHostAddress>
#include <QObject>

class EventBatcher;
class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class TcpConnectionPool;

enum class TcpServerKind {
    Simple, // one client at a time; the next ones wait in the kernel's backlog
    Multi   // every client accepted and served at once
};

struct TcpServerConfig
{
    static constexpr quint16 kDefaultPort = 65432;

    TcpServerKind kind = TcpServerKind::Multi;
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = kDefaultPort;
    ReplyMode reply = ReplyMode::UpperCase;
    FramingMode framing = FramingMode::Raw;
    // Multi server: a client beyond this many open connections is closed at once, with a note.
    int maxClients = ClientLimits::kDefaultMaxClients;

    // The course's defaults: the simple server echoes, the multi-client one answers in upper case.
    static TcpServerConfig courseDefaults(TcpServerKind kind);
};

Q_DECLARE_METATYPE(TcpServerConfig)

// A TCP server as the course builds it, reporting every step as LabEvents in batches.
// Lives on the network thread; the GUI calls its slots through queued connections. It accepts;
// the connections are served on threads of their own (TcpConnectionPool), so the commands
// about them (send, disconnect) take effect a moment later, and in the order given.
class TcpServerSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMultiListenBacklog = 1024;
    static constexpr int kMaxAcceptsPerTurn = 64;
    static constexpr int kAcceptRetryMs = 1000;
    // At the client limit, how long the next clients wait in the backlog before being turned
    // away: the connection threads may not have counted out the connections that just ended.
    static constexpr int kClientLimitGraceMs = 50;

    explicit TcpServerSession(QObject *parent = nullptr);
    ~TcpServerSession() override;

    bool isListening() const;
    Endpoint listeningOn() const;
    int openConnectionCount() const;

public Q_SLOTS:
    void start(const TcpServerConfig &config);
    void stop();
    void setReplyMode(ReplyMode mode);
    void setFramingMode(FramingMode framing);
    // Sends to the given connections; an empty list means every open connection.
    void send(const QList<int> &connectionIds, const QByteArray &data);
    void disconnectClient(int connectionId);
    void abortClient(int connectionId);

Q_SIGNALS:
    void eventsReady(const LabEventBatch &batch);

private:
    void acceptPending();
    void adopt(qintptr descriptor);
    void reportAcceptFailure(int error);
    // A client accepted at the limit waits kClientLimitGraceMs, then is adopted or turned away.
    void holdAtClientLimit(qintptr descriptor);
    void onConnectionFinished();
    bool busyWithOneClient() const;
    bool atClientLimit() const;
    void turnAway(qintptr descriptor);

    EventBatcher *m_events;
    QTcpServer *m_server = nullptr;          // listens; accept() is ours (acceptPending)
    QSocketNotifier *m_acceptNotifier = nullptr; // the listening socket is readable: clients wait
    TcpServerConfig m_config;
    TcpConnectionPool *m_pool = nullptr; // while listening
    int m_nextConnectionId = 1;
    bool m_acceptFailing = false; // reported once until accepting works again
    qintptr m_heldAtLimit = -1;         // the client waiting for the grace to end (holdAtClientLimit)
    bool m_limitGraceOver = false;  // during the turn after a grace: beyond the limit is turned away
};
