#include "network/udpsession.h"

#include "network/burstmessages.h"
#include "network/eventbatcher.h"
#include "network/socketerrors.h"

#include <QHostInfo>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

UdpConfig UdpConfig::courseDefaults(UdpRole role)
{
    UdpConfig config;
    config.role = role;
    config.reply = role == UdpRole::Server ? ReplyMode::UpperCase : ReplyMode::None;
    return config;
}

UdpSession::UdpSession(QObject *parent)
    : QObject(parent)
    , m_events(new EventBatcher(this))
    , m_burstTimer(new QTimer(this))
{
    connect(m_events, &EventBatcher::batchReady, this, &UdpSession::eventsReady);
    m_burstTimer->setInterval(0);
    connect(m_burstTimer, &QTimer::timeout, this, &UdpSession::continueBurst);
}

UdpSession::~UdpSession()
{
    stop();
}

bool UdpSession::isOpen() const
{
    return m_socket && m_socket->state() != QAbstractSocket::UnconnectedState;
}

Endpoint UdpSession::localEndpoint() const
{
    return m_socket ? Endpoint(m_socket->localAddress(), m_socket->localPort()) : Endpoint();
}

LabEvent UdpSession::makeEvent(EventKind kind, int peerId) const
{
    LabEvent event = LabEvent::make(kind, peerId);
    event.transport = Transport::Udp;
    event.local = localEndpoint();
    if (peerId > 0)
        event.remote = m_peers.value(peerId);
    else if (m_config.role == UdpRole::Client)
        event.remote = m_target;
    return event;
}

void UdpSession::start(const UdpConfig &config)
{
    stop();
    m_config = config;
    // A new socket knows no peers yet. Numbers go on (as TCP's connections do), so a new peer
    // is never taken for an old one of the same number in a table that was not cleared.
    m_peers.clear();
    m_peerIds.clear();
    m_lastSent.clear();
    m_target = Endpoint();
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpSession::readDatagrams);
    // A failing bind() also emits errorOccurred: a server listens to it only once bound.
    if (config.role == UdpRole::Client)
        connect(m_socket, &QUdpSocket::errorOccurred, this, &UdpSession::onSocketError);

    if (config.role == UdpRole::Server) {
        if (!m_socket->bind(config.bindAddress, config.port)) {
            LabEvent error = makeEvent(EventKind::Error);
            error.local = Endpoint(config.bindAddress, config.port);
            error.error = labErrorFrom(m_socket->error());
            error.detail = m_socket->errorString();
            // Closed before anyone hears of it: a listener may call stop() at once.
            m_socket->deleteLater();
            m_socket = nullptr;
            m_events->post(error);
            m_events->flush();
            return;
        }
        connect(m_socket, &QUdpSocket::errorOccurred, this, &UdpSession::onSocketError);
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption,
                                  config.receiveBufferBytes > 0 ? config.receiveBufferBytes : UdpConfig::kServerReceiveBufferBytes);
        m_events->post(makeEvent(EventKind::Listening));
        return;
    }

    LabEvent resolving = makeEvent(EventKind::Resolving);
    resolving.detail = config.host;
    m_events->post(resolving);
    const int generation = ++m_lookupGeneration;
    QHostInfo::lookupHost(config.host, this, [this, generation](const QHostInfo &info) {
        if (generation != m_lookupGeneration || !m_socket)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            LabEvent error = makeEvent(EventKind::Error);
            error.error = LabError::HostNotFound;
            error.detail = m_config.host;
            m_events->post(error);
            return;
        }
        openClientSocket(info.addresses());
    });
}

void UdpSession::openClientSocket(const QList<QHostAddress> &addresses)
{
    m_clientAddresses = addresses;
    m_clientAddressIndex = 0;
    m_target = Endpoint(addresses.constFirst(), m_config.port);
    // A "connected" UDP socket: the kernel picks our port now, filters what we receive to our
    // peer, and reports an ICMP port unreachable as an error (connection refused) on it.
    m_socket->connectToHost(m_target.address, m_target.port);
    if (m_config.receiveBufferBytes > 0)
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, m_config.receiveBufferBytes);
    m_events->post(makeEvent(EventKind::Bound));
}

void UdpSession::stop()
{
    ++m_lookupGeneration;
    m_burstTimer->stop();
    m_burstNext = 0;
    if (!m_socket)
        return;
    LabEvent stopped = makeEvent(EventKind::Stopped);
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_events->post(stopped);
    m_events->flush();
}

void UdpSession::setReplyMode(ReplyMode mode)
{
    m_config.reply = mode;
}

int UdpSession::peerIdFor(const Endpoint &peer)
{
    const QString key = peer.toString();
    auto it = m_peerIds.constFind(key);
    if (it != m_peerIds.constEnd())
        return it.value();
    const int id = m_nextPeerId++;
    m_peerIds.insert(key, id);
    m_peers.insert(id, peer);
    return id;
}

void UdpSession::readDatagrams()
{
    // Read before asking hasPendingDatagrams(): its peek would swallow a pending ICMP error
    // (connected UDP socket: "port unreachable"), which a read reports as ConnectionRefused.
    // Then drain what is queued, kMaxDatagramsPerRead at a time: one readyRead may stand for
    // many datagrams, and under a flood the queue never empties. Draining it all in one go would
    // keep the batcher's timer waiting and reach the window as one huge batch (bench/README.md).
    // The socket notifier calls again while datagrams wait, after the timers due.
    for (int read = 0; m_socket && read < kMaxDatagramsPerRead; ++read) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(kMaxDatagramBytes + 1);
        if (!datagram.isValid())
            break; // an error (reported through errorOccurred), or nothing after all
        const Endpoint from = m_config.role == UdpRole::Client
            ? m_target
            : Endpoint(datagram.senderAddress(), quint16(datagram.senderPort()));
        // receiveDatagram() makes room for the largest datagram (64 KiB) and the payload keeps
        // that room; the log keeps messages long: keep only their bytes.
        QByteArray payload = datagram.data();
        payload.squeeze();
        LabEvent received = makeEvent(EventKind::Received, peerIdFor(from));
        received.payload = payload;
        m_events->post(received);
        if (m_config.role == UdpRole::Server) {
            const QByteArray reply = replyFor(m_config.reply, payload);
            if (m_config.reply != ReplyMode::None && sendDatagram(from, reply))
                postSent(from, reply, 1);
        }
        if (!m_socket->hasPendingDatagrams())
            break;
    }
}

bool UdpSession::sendDatagram(const Endpoint &to, const QByteArray &data)
{
    if (!m_socket)
        return false;
    const qint64 written = m_config.role == UdpRole::Client ? m_socket->write(data)
                                                            : m_socket->writeDatagram(data, to.address, to.port);
    return written == data.size();
}

void UdpSession::postSent(const Endpoint &to, const QByteArray &payload, qint64 datagrams)
{
    LabEvent sent = makeEvent(EventKind::Sent, peerIdFor(to));
    sent.payload = payload;
    sent.messageCount = datagrams;
    m_events->post(sent);
}

QList<Endpoint> UdpSession::destinations(const QList<int> &peerIds) const
{
    if (m_config.role == UdpRole::Client)
        return m_target.isNull() ? QList<Endpoint>() : QList<Endpoint> { m_target };
    QList<Endpoint> result;
    if (peerIds.isEmpty())
        return m_peers.values();
    for (int id : peerIds) {
        if (m_peers.contains(id))
            result.append(m_peers.value(id));
    }
    return result;
}

void UdpSession::send(const QList<int> &peerIds, const QByteArray &data)
{
    if (data.size() > kMaxDatagramBytes) {
        LabEvent error = makeEvent(EventKind::Error);
        error.error = LabError::DatagramTooLarge;
        error.byteCount = data.size();
        m_events->post(error);
        return;
    }
    for (const Endpoint &to : destinations(peerIds)) {
        if (sendDatagram(to, data)) {
            postSent(to, data, 1);
            if (m_config.role == UdpRole::Client)
                m_lastSent = data;
        }
    }
}

void UdpSession::sendBurst(const QList<int> &peerIds, int count)
{
    m_burstTargets = destinations(peerIds);
    if (m_burstTargets.isEmpty())
        return;
    m_burstTotal = qBound(1, count, BurstMessages::kMaxCount);
    m_burstNext = 1;
    m_burstTimer->start();
}

void UdpSession::continueBurst()
{
    if (!m_socket || m_burstNext == 0) {
        m_burstTimer->stop();
        return;
    }
    // One chunk per turn of the event loop; each chunk is logged as one Sent per destination.
    const int last = qMin(m_burstTotal, m_burstNext + kBurstChunk - 1);
    for (const Endpoint &to : std::as_const(m_burstTargets)) {
        QByteArray sentPayload;
        qint64 sentCount = 0;
        for (int sequence = m_burstNext; sequence <= last; ++sequence) {
            const QByteArray datagram = BurstMessages::message(sequence, m_burstTotal);
            if (!sendDatagram(to, datagram))
                continue; // the kernel's send buffer is full: that datagram is lost, as UDP does
            if (sentCount > 0)
                sentPayload += '\n';
            sentPayload += datagram;
            ++sentCount;
        }
        if (sentCount > 0)
            postSent(to, sentPayload, sentCount);
    }
    m_burstNext = last + 1;
    if (m_burstNext > m_burstTotal) {
        m_burstNext = 0;
        m_burstTimer->stop();
    }
}

void UdpSession::portUnreachable()
{
    LabEvent event = makeEvent(EventKind::Error);
    event.error = LabError::PortUnreachable;
    m_events->post(event);
    if (m_clientAddressIndex + 1 >= m_clientAddresses.size())
        return;
    // Nothing listens at this address; another address of the host may have the server.
    ++m_clientAddressIndex;
    m_target = Endpoint(m_clientAddresses.at(m_clientAddressIndex), m_config.port);
    m_socket->disconnectFromHost();
    m_socket->connectToHost(m_target.address, m_target.port);
    LabEvent note = makeEvent(EventKind::Note);
    note.note = NoteKind::SwitchedAddress;
    m_events->post(note);
    if (!m_lastSent.isEmpty() && sendDatagram(m_target, m_lastSent))
        postSent(m_target, m_lastSent, 1);
}

void UdpSession::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::TemporaryError || error == QAbstractSocket::UnknownSocketError)
        return; // a read that found the queue empty after all (EAGAIN)
    if (error == QAbstractSocket::ConnectionRefusedError && m_config.role == UdpRole::Client) {
        portUnreachable();
        return;
    }
    LabEvent event = makeEvent(EventKind::Error);
    event.error = labErrorFrom(error);
    event.detail = m_socket->errorString();
    m_events->post(event);
}
