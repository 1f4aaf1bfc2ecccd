#pragma once

#include "network/labevent.h"
#include "network/replypolicy.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class EventBatcher;
class QTimer;
class QUdpSocket;

enum class UdpRole {
    Server, // binds a known port, answers each datagram to its sender
    Client  // sends to one host:port from an ephemeral port, shows the answers
};

struct UdpConfig
{
    static constexpr quint16 kDefaultPort = 65431;
    // A receive buffer this small overflows at once under a burst: loss made visible.
    static constexpr int kSmallReceiveBufferBytes = 4096;
    // Otherwise a roomy one: a server held up for a few milliseconds (a busy lab machine) keeps
    // 50,000 datagrams/s instead of dropping them. The kernel caps it at net.core.rmem_max.
    static constexpr int kServerReceiveBufferBytes = 4 * 1024 * 1024;

    UdpRole role = UdpRole::Server;
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any); // server
    quint16 port = kDefaultPort;          // server: the port it binds; client: where it sends
    QString host = QStringLiteral("127.0.0.1"); // client: where it sends
    ReplyMode reply = ReplyMode::UpperCase;
    int receiveBufferBytes = 0;           // SO_RCVBUF; 0: the server's roomy one, the client's system default

    static UdpConfig courseDefaults(UdpRole role);
};

Q_DECLARE_METATYPE(UdpConfig)

// A UDP socket as the course uses it: datagrams, no connection. Each datagram is one event;
// each peer (address, port) seen gets a number so the views can follow it.
class UdpSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxDatagramBytes = 65507; // the largest UDP payload over IPv4
    // Read in one go at most, before the event loop runs again (readDatagrams()).
    static constexpr int kMaxDatagramsPerRead = 512;
    // A burst sends this many datagrams per turn of the event loop, so the window stays alive.
    static constexpr int kBurstChunk = 256;

    explicit UdpSession(QObject *parent = nullptr);
    ~UdpSession() override;

    bool isOpen() const;
    Endpoint localEndpoint() const;
    bool isBursting() const { return m_burstNext > 0; }

public Q_SLOTS:
    void start(const UdpConfig &config);
    void stop();
    void setReplyMode(ReplyMode mode);
    // Server: to the given peers (empty: every peer seen). Client: to its host.
    void send(const QList<int> &peerIds, const QByteArray &data);
    // Sends count numbered datagrams ("#1/N" ...) as fast as the socket takes them
    // (server: to the given peers, client: to its host).
    void sendBurst(const QList<int> &peerIds, int count);

Q_SIGNALS:
    void eventsReady(const LabEventBatch &batch);

private:
    void openClientSocket(const QList<QHostAddress> &addresses);
    void readDatagrams();
    void onSocketError();
    // Client: an ICMP "port unreachable" came back for what we sent.
    void portUnreachable();
    int peerIdFor(const Endpoint &peer);
    bool sendDatagram(const Endpoint &to, const QByteArray &data);
    void postSent(const Endpoint &to, const QByteArray &payload, qint64 datagrams);
    void continueBurst();
    QList<Endpoint> destinations(const QList<int> &peerIds) const;
    LabEvent makeEvent(EventKind kind, int peerId = 0) const;

    EventBatcher *m_events;
    QUdpSocket *m_socket = nullptr;
    UdpConfig m_config;
    QList<QHostAddress> m_clientAddresses; // client: the host's addresses, in the order tried
    int m_clientAddressIndex = 0;
    Endpoint m_target;                     // client: where datagrams go
    QByteArray m_lastSent;                 // client: re-sent once after switching address
    QHash<int, Endpoint> m_peers;
    QHash<QString, int> m_peerIds;         // Endpoint::toString() -> id
    int m_nextPeerId = 1;
    int m_lookupGeneration = 0;

    // A burst in progress.
    QTimer *m_burstTimer;
    QList<Endpoint> m_burstTargets;
    int m_burstNext = 0;   // next sequence number; 0 = no burst
    int m_burstTotal = 0;
};
