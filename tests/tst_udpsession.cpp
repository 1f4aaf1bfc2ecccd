// UdpSession against real peers on loopback: python3 client and server written like the
// course's, QUdpSockets and a second session in this process. Sessions run on the test's
// event loop, so peers are waited for with QTRY_*, never with waitForFinished().
#include "network/burstmessages.h"
#include "network/udpsession.h"
#include "model/peertablemodel.h"
#include "tests/support/eventlog.h"
#include "tests/support/loopbackpeers.h"
#include "tests/support/wine.h"

#include <QAbstractItemModelTester>
#include <QHostInfo>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace {


UdpConfig serverConfig(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                       quint16 port = 0)
{
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Server);
    config.bindAddress = address;
    config.port = port; // 0: the kernel picks
    return config;
}

UdpConfig clientConfig(const QString &host, quint16 port)
{
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Client);
    config.host = host;
    config.port = port;
    return config;
}

bool ipv6LoopbackAvailable()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHostIPv6, 0);
}

// A port on which nothing is bound: the kernel gave it to us a moment ago, and we closed it.
quint16 closedUdpPort(const QHostAddress &address)
{
    QUdpSocket socket;
    if (!socket.bind(address, 0))
        return 0;
    const quint16 port = socket.localPort();
    socket.close();
    return port;
}

// A QUdpSocket that keeps every datagram it receives.
class DatagramCollector : public QObject
{
public:
    explicit DatagramCollector(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        m_bound = socket.bind(address, 0);
        connect(&socket, &QUdpSocket::readyRead, this, [this] {
            while (socket.hasPendingDatagrams())
                datagrams.append(socket.receiveDatagram().data());
        });
    }
    bool isBound() const { return m_bound; }

    QUdpSocket socket;
    QByteArrayList datagrams;

private:
    bool m_bound = false;
};

} // namespace

class tst_UdpSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverAnswersCourseClient_data();
    void serverAnswersCourseClient();
    void clientTalksToCourseServer_data();
    void clientTalksToCourseServer();
    void portUnreachable_data();
    void portUnreachable();
    void localhostSwitchesToTheAddressWithAServer_data();
    void localhostSwitchesToTheAddressWithAServer();
    void hostNotFound();
    void peersGetTheirOwnIds();
    void messageBoundariesAreKept_data();
    void messageBoundariesAreKept();
    void emptyDatagram_data();
    void emptyDatagram();
    void largestDatagramArrivesWhole_data();
    void largestDatagramArrivesWhole();
    void datagramTooLarge_data();
    void datagramTooLarge();
    void burst();
    void aLongQueueIsReadInTurnsWithTheEventLoop();
    void portInUse();
    void stopFreesThePort();
    void restartForgetsThePeers();
    void aNewPeerAfterARestartGetsItsOwnRow();

private:
    // A session sending to server from its own port: a UdpSession client, or a plain QUdpSocket.
    struct Sender
    {
        std::unique_ptr<UdpSession> session;
        std::unique_ptr<EventLog> log;
        std::unique_ptr<QUdpSocket> socket;
        quint16 port = 0;
        void send(const QByteArray &data)
        {
            if (session)
                session->send({}, data);
            else
                socket->writeDatagram(data, QHostAddress::LocalHost, port);
        }
    };
    static bool makeSender(bool useSession, quint16 serverPort, Sender *sender);
};

bool tst_UdpSession::makeSender(bool useSession, quint16 serverPort, Sender *sender)
{
    sender->port = serverPort;
    if (!useSession) {
        sender->socket = std::make_unique<QUdpSocket>();
        return sender->socket->bind(QHostAddress::LocalHost, 0);
    }
    sender->session = std::make_unique<UdpSession>();
    sender->log = std::make_unique<EventLog>(sender->session.get());
    sender->session->start(clientConfig(QStringLiteral("127.0.0.1"), serverPort));
    return QTest::qWaitFor([sender] { return sender->log->count(EventKind::Bound) == 1; }, 5000);
}

void tst_UdpSession::serverAnswersCourseClient_data()
{
    QTest::addColumn<QString>("host");

    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void tst_UdpSession::serverAnswersCourseClient()
{
    QFETCH(QString, host);
    if (host.contains(QLatin1Char(':')) && !ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");

    UdpSession session;
    EventLog log(&session);
    session.start(serverConfig(QHostAddress(host)));
    QVERIFY(session.isOpen());
    const Endpoint local = session.localEndpoint();
    QVERIFY(local.port != 0);
    QCOMPARE(local.addressText(), host);
    QTRY_COMPARE(log.count(EventKind::Listening), 1);
    const LabEvent listening = log.of(EventKind::Listening).constFirst();
    QCOMPARE(listening.local, local);
    QCOMPARE(listening.transport, Transport::Udp);
    QCOMPARE(listening.connectionId, 0);

    HostProcess client;
    QVERIFY2(client.start(QStringLiteral("python3"), { QFINDTESTDATA("peers/course_udp_client.py"), host, QString::number(local.port) }),
             client.errors().constData());
    QTRY_VERIFY_WITH_TIMEOUT(!client.isRunning(), 10000);
    const QByteArray errors = client.errors();
    QVERIFY2(errors.isEmpty(), errors.constData());
    const QString output = QString::fromUtf8(client.output());
    static const QRegularExpression expected(QStringLiteral("^Local port (\\d+)\nReceived b'HELLO, WORLD'\n$"));
    const QRegularExpressionMatch match = expected.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    const quint16 clientPort = match.captured(1).toUShort();

    QTRY_COMPARE(log.count(EventKind::Sent), 1);
    QCOMPARE(log.kinds(), QStringLiteral("Listening,Received,Sent"));
    const LabEvent received = log.of(EventKind::Received).constFirst();
    QCOMPARE(received.transport, Transport::Udp);
    QCOMPARE(received.payload, QByteArray("Hello, world"));
    QCOMPARE(received.remote.addressText(), host);
    QCOMPARE(received.remote.port, clientPort);
    QCOMPARE(received.local, local);
    QCOMPARE(received.connectionId, 1);
    const LabEvent sent = log.of(EventKind::Sent).constFirst();
    QCOMPARE(sent.transport, Transport::Udp);
    QCOMPARE(sent.payload, QByteArray("HELLO, WORLD"));
    QCOMPARE(sent.remote, received.remote);
    QCOMPARE(sent.connectionId, received.connectionId);
    QCOMPARE(sent.messageCount, qint64(1));
}

void tst_UdpSession::clientTalksToCourseServer_data()
{
    QTest::addColumn<QString>("host");

    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void tst_UdpSession::clientTalksToCourseServer()
{
    QFETCH(QString, host);
    if (host.contains(QLatin1Char(':')) && !ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");

    PythonPeer server;
    const quint16 serverPort = server.startServer(QFINDTESTDATA("peers/course_udp_server.py"), host);
    QVERIFY2(serverPort != 0, "the python3 UDP server did not print its port");

    UdpSession session;
    EventLog log(&session);
    session.start(clientConfig(host, serverPort));
    QTRY_COMPARE(log.count(EventKind::Bound), 1);
    // The socket has its port before anything is sent: the kernel chose it at connect().
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Bound"));
    QCOMPARE(log.events.at(0).detail, host);
    const LabEvent bound = log.of(EventKind::Bound).constFirst();
    QCOMPARE(bound.transport, Transport::Udp);
    QVERIFY(bound.local.port != 0);
    QVERIFY(bound.local.port != serverPort);
    QCOMPARE(bound.local.addressText(), host);
    QCOMPARE(bound.remote.addressText(), host);
    QCOMPARE(bound.remote.port, serverPort);
    QVERIFY(session.isOpen());
    QCOMPARE(session.localEndpoint(), bound.local);

    session.send({}, QByteArray("olá"));
    // The course's server answers data.upper(): bytes.upper() changes ASCII letters only, so
    // "olá" comes back as "OLá" (a server that decodes the text first would say "OLÁ").
    QTRY_COMPARE(log.payloads(EventKind::Received), QByteArrayList { QByteArray("OLá") });
    QCOMPARE(log.payloads(EventKind::Sent), QByteArrayList { QByteArray("olá") });
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Bound,Sent,Received"));
    const LabEvent sent = log.of(EventKind::Sent).constFirst();
    QCOMPARE(sent.remote, bound.remote);
    QCOMPARE(sent.local, bound.local);
    QCOMPARE(sent.messageCount, qint64(1));
    const LabEvent received = log.of(EventKind::Received).constFirst();
    QCOMPARE(received.transport, Transport::Udp);
    QCOMPARE(received.remote, bound.remote);
    QCOMPARE(received.local, bound.local);
    QCOMPARE(received.connectionId, sent.connectionId);
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_UdpSession::portUnreachable_data()
{
    QTest::addColumn<QString>("host");

    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void tst_UdpSession::portUnreachable()
{
    QFETCH(QString, host);
    if (runningUnderWine())
        QSKIP("Wine 8 stubs SIO_UDP_CONNRESET: the ICMP port unreachable never reaches a Windows UDP socket there.");
    if (host.contains(QLatin1Char(':')) && !ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");
    const quint16 port = closedUdpPort(QHostAddress(host));
    QVERIFY(port != 0);

    UdpSession session;
    EventLog log(&session);
    session.start(clientConfig(host, port));
    QTRY_COMPARE(log.count(EventKind::Bound), 1);

    session.send({}, "anyone there?");
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Error), 1, 2000);
    const LabEvent error = log.of(EventKind::Error).constFirst();
    QCOMPARE(error.error, LabError::PortUnreachable);
    QCOMPARE(error.transport, Transport::Udp);
    QCOMPARE(error.remote.addressText(), host);
    QCOMPARE(error.remote.port, port);
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Bound,Sent,Error"));
    // One address only: nowhere else to try.
    QCOMPARE(log.notes(NoteKind::SwitchedAddress).size(), 0);
    QVERIFY(session.isOpen());

    // The socket stays usable: the student starts the server and sends again.
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress(host), port));
    session.send({}, "now?");
    QTRY_VERIFY(server.hasPendingDatagrams());
    const QNetworkDatagram datagram = server.receiveDatagram();
    QCOMPARE(datagram.data(), QByteArray("now?"));
    QCOMPARE(quint16(datagram.senderPort()), error.local.port); // still the same socket
    server.writeDatagram(datagram.makeReply("yes"));
    QTRY_COMPARE_WITH_TIMEOUT(log.payloads(EventKind::Received), QByteArrayList { "yes" }, 1000);
    if (!log.payloads(EventKind::Received).isEmpty())
        QCOMPARE(log.kinds(), QStringLiteral("Resolving,Bound,Sent,Error,Sent,Received"));
}

void tst_UdpSession::localhostSwitchesToTheAddressWithAServer_data()
{
    QTest::addColumn<QHostAddress>("listening");

    QTest::newRow("server on 127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("server on ::1") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void tst_UdpSession::localhostSwitchesToTheAddressWithAServer()
{
    QFETCH(QHostAddress, listening);
    if (runningUnderWine())
        QSKIP("Wine 8 stubs SIO_UDP_CONNRESET: the ICMP port unreachable never reaches a Windows UDP socket there.");

    const QList<QHostAddress> resolved = QHostInfo::fromName(QStringLiteral("localhost")).addresses();
    if (resolved.size() < 2)
        QSKIP("localhost resolves to a single address here: nothing to switch to");
    const qsizetype listeningIndex = resolved.indexOf(listening);
    if (listeningIndex < 0)
        QSKIP(qPrintable(QStringLiteral("localhost does not resolve to %1 here").arg(listening.toString())));

    UdpSession server;
    EventLog serverLog(&server);
    server.start(serverConfig(listening));
    QVERIFY(server.isOpen());
    const quint16 port = server.localEndpoint().port;

    UdpSession client;
    EventLog log(&client);
    client.start(clientConfig(QStringLiteral("localhost"), port));
    QTRY_COMPARE(log.count(EventKind::Bound), 1);
    QCOMPARE(log.of(EventKind::Bound).constFirst().remote.address, resolved.constFirst());

    client.send({}, "ping");
    QTRY_COMPARE_WITH_TIMEOUT(log.payloads(EventKind::Received), QByteArrayList { "PING" }, 3000);
    QCOMPARE(serverLog.payloads(EventKind::Received), QByteArrayList { "ping" });
    QCOMPARE(log.of(EventKind::Received).constFirst().remote.address, listening);

    // Every address before the listening one answered with ICMP port unreachable, and each
    // time the client moved on to the next one.
    const QList<LabEvent> unreachable = log.errors(LabError::PortUnreachable);
    const QList<LabEvent> switched = log.notes(NoteKind::SwitchedAddress);
    QCOMPARE(unreachable.size(), listeningIndex);
    QCOMPARE(switched.size(), listeningIndex);
    for (qsizetype i = 0; i < unreachable.size(); ++i) {
        QCOMPARE(unreachable.at(i).remote.address, resolved.at(i));
        QCOMPARE(switched.at(i).remote.address, resolved.at(i + 1));
    }
    QCOMPARE(log.count(EventKind::Error), int(listeningIndex));
}

void tst_UdpSession::hostNotFound()
{
    const QString host = QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.invalid"); // a 64-character label is no valid name: it fails here, no DNS query leaves the machine

    UdpSession session;
    EventLog log(&session);
    session.start(clientConfig(host, 9));
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Error), 1, 20000);
    const LabEvent error = log.of(EventKind::Error).constFirst();
    QCOMPARE(error.error, LabError::HostNotFound);
    QCOMPARE(error.detail, host);
    QCOMPARE(error.transport, Transport::Udp);
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Error"));
}

void tst_UdpSession::peersGetTheirOwnIds()
{
    UdpSession session;
    EventLog log(&session);
    session.start(serverConfig());
    QVERIFY(session.isOpen());
    const quint16 port = session.localEndpoint().port;

    DatagramCollector peers[3];
    for (int i = 0; i < 3; ++i) {
        QVERIFY(peers[i].isBound());
        peers[i].socket.writeDatagram(QByteArray("peer ") + QByteArray::number(i), QHostAddress::LocalHost, port);
    }
    QTRY_COMPARE(log.count(EventKind::Received), 3);

    QSet<int> ids;
    int idOf[3] = {};
    for (int i = 0; i < 3; ++i) {
        const QByteArray payload = QByteArray("peer ") + QByteArray::number(i);
        const auto received = std::find_if(log.events.cbegin(), log.events.cend(), [&](const LabEvent &event) {
            return event.kind == EventKind::Received && event.payload == payload;
        });
        QVERIFY(received != log.events.cend());
        QCOMPARE(received->remote.port, peers[i].socket.localPort());
        QCOMPARE(received->remote.addressText(), QStringLiteral("127.0.0.1"));
        QVERIFY(received->connectionId > 0);
        ids.insert(received->connectionId);
        idOf[i] = received->connectionId;
        // Each one is answered, to its own port.
        QTRY_COMPARE(peers[i].datagrams, QByteArrayList { QByteArray("PEER ") + QByteArray::number(i) });
    }
    QCOMPARE(ids.size(), 3);

    // A peer that writes again keeps its number.
    peers[1].socket.writeDatagram("again", QHostAddress::LocalHost, port);
    QTRY_COMPARE(log.count(EventKind::Received), 4);
    const LabEvent again = log.of(EventKind::Received).constLast();
    QCOMPARE(again.remote.port, peers[1].socket.localPort());
    QCOMPARE(again.connectionId, idOf[1]);
    QTRY_COMPARE(peers[1].datagrams.size(), 2);

    // An empty list: every peer seen.
    const int sentBefore = log.count(EventKind::Sent);
    session.send({}, "all");
    for (DatagramCollector &peer : peers)
        QTRY_COMPARE(peer.datagrams.constLast(), QByteArray("all"));
    QTRY_COMPARE(log.count(EventKind::Sent), sentBefore + 3);
    QSet<int> sentTo;
    for (const LabEvent &event : log.of(EventKind::Sent).mid(sentBefore)) {
        QCOMPARE(event.payload, QByteArray("all"));
        sentTo.insert(event.connectionId);
    }
    QCOMPARE(sentTo, ids);

    // One chosen peer.
    session.send({ idOf[1] }, "only you");
    QTRY_COMPARE(peers[1].datagrams.constLast(), QByteArray("only you"));
    QTest::qWait(100);
    QCOMPARE(peers[0].datagrams.constLast(), QByteArray("all"));
    QCOMPARE(peers[2].datagrams.constLast(), QByteArray("all"));
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_UdpSession::messageBoundariesAreKept_data()
{
    QTest::addColumn<bool>("fromSession");

    QTest::newRow("QUdpSocket to server session") << false;
    QTest::newRow("client session to server session") << true;
}

void tst_UdpSession::messageBoundariesAreKept()
{
    QFETCH(bool, fromSession);

    UdpSession server;
    EventLog log(&server);
    server.start(serverConfig());
    QVERIFY(server.isOpen());
    Sender sender;
    QVERIFY(makeSender(fromSession, server.localEndpoint().port, &sender));

    sender.send("a");
    sender.send("bb");
    sender.send("ccc");
    // Three sends, three datagrams, three events: UDP does not join or split messages.
    QTRY_COMPARE(log.payloads(EventKind::Received), (QByteArrayList { "a", "bb", "ccc" }));
    QTest::qWait(200);
    QCOMPARE(log.count(EventKind::Received), 3);
    QCOMPARE(log.payloads(EventKind::Sent), (QByteArrayList { "A", "BB", "CCC" }));
    if (sender.session)
        QTRY_COMPARE(sender.log->payloads(EventKind::Received), (QByteArrayList { "A", "BB", "CCC" }));
}

// Datagrams queued faster than they are read: the session reads kMaxDatagramsPerRead of them
// and lets its event loop run (the batcher's timer, other sockets) before it reads on; a flood
// read in one go once reached the window as one batch of 65,000 events, a 110 ms stall. Then
// every datagram still arrives, in order.
void tst_UdpSession::aLongQueueIsReadInTurnsWithTheEventLoop()
{
    const int total = 6 * UdpSession::kMaxDatagramsPerRead;
    const auto queueDatagrams = [total](quint16 port) {
        QUdpSocket sender;
        for (int i = 0; i < total; ++i) {
            const QByteArray data = QByteArray::number(i);
            if (sender.writeDatagram(data, QHostAddress::LocalHost, port) != data.size())
                return false;
        }
        return true;
    };
    {
        UdpSession server;
        EventLog log(&server);
        server.start(serverConfig());
        QVERIFY(server.isOpen());
        QVERIFY(queueDatagrams(server.localEndpoint().port));
        QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Received), total, 10000);
        const QByteArrayList payloads = log.payloads(EventKind::Received);
        for (int i = 0; i < total; ++i)
            QCOMPARE(payloads.at(i), QByteArray::number(i));
    }
    if (runningOnWindows())
        QSKIP("Under Wine one processEvents() call read the whole queue (3072 datagrams, not 512): the Windows event dispatcher ran the session's next turns within that call. Every datagram still arrived, in order (above).");
    {
        // One turn of the event loop reads one turn's worth; stop() keeps what was read.
        UdpSession server;
        EventLog log(&server);
        server.start(serverConfig());
        QVERIFY(server.isOpen());
        QVERIFY(queueDatagrams(server.localEndpoint().port));
        // On loopback they are all in the session's queue already: one pass of the event loop.
        QCoreApplication::processEvents();
        server.stop();
        QCOMPARE(log.count(EventKind::Received), UdpSession::kMaxDatagramsPerRead);
    }
}

void tst_UdpSession::emptyDatagram_data()
{
    QTest::addColumn<bool>("fromSession");

    QTest::newRow("QUdpSocket to server session") << false;
    QTest::newRow("client session to server session") << true;
}

void tst_UdpSession::emptyDatagram()
{
    QFETCH(bool, fromSession);

    UdpSession server;
    EventLog log(&server);
    server.start(serverConfig());
    QVERIFY(server.isOpen());
    Sender sender;
    QVERIFY(makeSender(fromSession, server.localEndpoint().port, &sender));

    sender.send(QByteArray());
    sender.send("after"); // a marker: once it is there, the empty one had its chance
    QTRY_VERIFY(log.payloads(EventKind::Received).contains("after"));
    QTest::qWait(100);
    // A zero-byte datagram is still a datagram: one event, with nothing in it.
    QCOMPARE(log.payloads(EventKind::Received), (QByteArrayList { QByteArray(), "after" }));
    if (sender.session) {
        QCOMPARE(sender.log->payloads(EventKind::Sent), (QByteArrayList { QByteArray(), "after" }));
        // The server answers the empty datagram with an empty one.
        QTRY_COMPARE(sender.log->payloads(EventKind::Received), (QByteArrayList { QByteArray(), "AFTER" }));
    }
}

void tst_UdpSession::largestDatagramArrivesWhole_data()
{
    QTest::addColumn<bool>("fromSession");

    QTest::newRow("QUdpSocket to server session") << false;
    QTest::newRow("client session to server session") << true;
}

void tst_UdpSession::largestDatagramArrivesWhole()
{
    QFETCH(bool, fromSession);

    UdpSession server;
    EventLog log(&server);
    server.start(serverConfig());
    QVERIFY(server.isOpen());
    Sender sender;
    QVERIFY(makeSender(fromSession, server.localEndpoint().port, &sender));

    QByteArray largest(UdpSession::kMaxDatagramBytes, 'x');
    QCOMPARE(largest.size(), 65507);
    for (qsizetype i = 0; i < largest.size(); i += 1000)
        largest[i] = char('a' + (i / 1000) % 26); // not all alike: truncation or reordering shows
    sender.send(largest);
    QTRY_COMPARE(log.count(EventKind::Received), 1);
    QCOMPARE(log.payloads(EventKind::Received).constFirst().size(), largest.size());
    QCOMPARE(log.payloads(EventKind::Received).constFirst(), largest);
    if (sender.session) {
        QCOMPARE(sender.log->count(EventKind::Error), 0);
        QCOMPARE(sender.log->payloads(EventKind::Sent), QByteArrayList { largest });
        QTRY_COMPARE(sender.log->count(EventKind::Received), 1);
        QCOMPARE(sender.log->payloads(EventKind::Received).constFirst(), largest.toUpper());
    }
}

void tst_UdpSession::datagramTooLarge_data()
{
    QTest::addColumn<bool>("fromClient"); // else the server answers a peer

    QTest::newRow("client session") << true;
    QTest::newRow("server session") << false;
}

void tst_UdpSession::datagramTooLarge()
{
    QFETCH(bool, fromClient);

    UdpSession server;
    EventLog serverLog(&server);
    server.start(serverConfig());
    QVERIFY(server.isOpen());
    const quint16 port = server.localEndpoint().port;

    UdpSession client;
    EventLog clientLog(&client);
    client.start(clientConfig(QStringLiteral("127.0.0.1"), port));
    QTRY_COMPARE(clientLog.count(EventKind::Bound), 1);
    client.send({}, "hello"); // so the server knows a peer
    QTRY_COMPARE(clientLog.count(EventKind::Received), 1);

    UdpSession &sending = fromClient ? client : server;
    EventLog &sendingLog = fromClient ? clientLog : serverLog;
    EventLog &receivingLog = fromClient ? serverLog : clientLog;
    const int sentBefore = sendingLog.count(EventKind::Sent);
    const int receivedBefore = receivingLog.count(EventKind::Received);

    sending.send({}, QByteArray(UdpSession::kMaxDatagramBytes + 1, 'x'));
    QTRY_COMPARE(sendingLog.count(EventKind::Error), 1);
    const LabEvent error = sendingLog.of(EventKind::Error).constFirst();
    QCOMPARE(error.error, LabError::DatagramTooLarge);
    QCOMPARE(error.byteCount, qint64(65508));
    QCOMPARE(error.transport, Transport::Udp);
    QTest::qWait(200);
    QCOMPARE(sendingLog.count(EventKind::Sent), sentBefore);
    QCOMPARE(receivingLog.count(EventKind::Received), receivedBefore);
    QVERIFY(sending.isOpen());
}

void tst_UdpSession::burst()
{
    constexpr int count = 5000;

    UdpSession server;
    EventLog serverLog(&server);
    UdpConfig config = serverConfig();
    config.reply = ReplyMode::None; // count the burst alone, without 5000 answers crossing it
    server.start(config);
    QVERIFY(server.isOpen());

    UdpSession client;
    EventLog clientLog(&client);
    client.start(clientConfig(QStringLiteral("127.0.0.1"), server.localEndpoint().port));
    QTRY_COMPARE(clientLog.count(EventKind::Bound), 1);

    client.sendBurst({}, count);
    QVERIFY(client.isBursting());
    QTRY_VERIFY_WITH_TIMEOUT(!client.isBursting(), 10000);
    QTRY_COMPARE(clientLog.sentAmount(), qint64(count));

    // The client logged every datagram once, in order: each Sent event's payload holds its
    // chunk's messages, one per line.
    QByteArrayList sentMessages;
    for (const LabEvent &event : clientLog.of(EventKind::Sent)) {
        QByteArrayList lines = event.payload.split('\n');
        lines.removeAll(QByteArray());
        QCOMPARE(qint64(lines.size()), event.messageCount);
        sentMessages += lines;
    }
    QByteArrayList expectedMessages;
    for (int sequence = 1; sequence <= count; ++sequence)
        expectedMessages += BurstMessages::message(sequence, count);
    QCOMPARE(sentMessages, expectedMessages);

    // On the server: every datagram one burst message; some may be lost, none invented or doubled.
    (void)QTest::qWaitFor([&] { return serverLog.count(EventKind::Received) == count; }, 5000);
    QTest::qWait(100);
    const QList<LabEvent> received = serverLog.of(EventKind::Received);
    QVERIFY(received.size() <= count);
    QVERIFY(!received.isEmpty());
    QSet<qint64> sequences;
    for (const LabEvent &event : received) {
        const std::optional<BurstMessages::Number> number = BurstMessages::parse(event.payload);
        QVERIFY2(number.has_value(), event.payload.constData());
        QCOMPARE(number->total, qint64(count));
        QVERIFY(number->sequence >= 1 && number->sequence <= count);
        QVERIFY2(!sequences.contains(number->sequence), event.payload.constData());
        sequences.insert(number->sequence);
        QCOMPARE(event.remote, clientLog.of(EventKind::Bound).constFirst().local);
    }
    qInfo("%lld of %d datagrams arrived", qlonglong(received.size()), count);
    QCOMPARE(clientLog.count(EventKind::Error), 0);
    QCOMPARE(serverLog.count(EventKind::Error), 0);
}

void tst_UdpSession::portInUse()
{
    QUdpSocket other;
    QVERIFY(other.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));

    UdpSession session;
    EventLog log(&session);
    session.start(serverConfig(QHostAddress(QHostAddress::LocalHost), other.localPort()));
    QVERIFY(!session.isOpen());
    QVERIFY(session.localEndpoint().isNull());
    QTRY_VERIFY(log.count(EventKind::Error) >= 1);
    QTest::qWait(100);
    QCOMPARE(log.kinds(), QStringLiteral("Error")); // one Error, no Listening
    QCOMPARE(log.count(EventKind::Listening), 0);
    for (const LabEvent &event : log.of(EventKind::Error))
        QCOMPARE(event.error, LabError::AddressInUse);
    const LabEvent error = log.of(EventKind::Error).constLast(); // the one start() describes
    QCOMPARE(error.transport, Transport::Udp);
    QCOMPARE(error.local.toString(), QStringLiteral("127.0.0.1:%1").arg(other.localPort()));
    QVERIFY(!error.detail.isEmpty());
}

void tst_UdpSession::stopFreesThePort()
{
    UdpSession session;
    EventLog log(&session);
    session.start(serverConfig());
    QVERIFY(session.isOpen());
    const Endpoint local = session.localEndpoint();

    session.stop();
    QVERIFY(!session.isOpen());
    // stop() hands its events over at once.
    QCOMPARE(log.kinds(), QStringLiteral("Listening,Stopped"));
    QCOMPARE(log.events.constLast().local, local);

    QUdpSocket again;
    QVERIFY(again.bind(QHostAddress::LocalHost, local.port, QAbstractSocket::DontShareAddress));
}

void tst_UdpSession::restartForgetsThePeers()
{
    UdpSession session;
    EventLog log(&session);
    session.start(serverConfig());
    QVERIFY(session.isOpen());

    DatagramCollector peer;
    QVERIFY(peer.isBound());
    peer.socket.writeDatagram("hello", QHostAddress::LocalHost, session.localEndpoint().port);
    QTRY_COMPARE(peer.datagrams, QByteArrayList { "HELLO" });

    // A new server (another port): nobody has written to it yet, so "every peer" is nobody.
    session.stop();
    session.start(serverConfig());
    QVERIFY(session.isOpen());
    QTRY_COMPARE(log.count(EventKind::Listening), 2);
    const int sentBefore = log.count(EventKind::Sent);
    session.send({}, "to every peer");
    QTest::qWait(200);
    QCOMPARE(peer.datagrams, QByteArrayList { "HELLO" });
    QCOMPARE(log.count(EventKind::Sent), sentBefore);
}

// The UDP server restarted without clearing its table: a new peer's datagrams go on a row of
// its own (its address and port), never on the row of an old peer that had the same number.
void tst_UdpSession::aNewPeerAfterARestartGetsItsOwnRow()
{
    UdpSession session;
    PeerTableModel table;
    QAbstractItemModelTester tester(&table);
    connect(&session, &UdpSession::eventsReady, &table, &PeerTableModel::applyBatch);
    EventLog log(&session);
    session.start(serverConfig());
    QVERIFY(session.isOpen());
    DatagramCollector oldPeer;
    oldPeer.socket.writeDatagram("one", QHostAddress::LocalHost, session.localEndpoint().port);
    QTRY_COMPARE(oldPeer.datagrams.size(), 1);

    session.stop();
    session.start(serverConfig());
    QVERIFY(session.isOpen());
    DatagramCollector newPeer;
    QVERIFY(newPeer.socket.localPort() != oldPeer.socket.localPort());
    for (int i = 0; i < 3; ++i)
        newPeer.socket.writeDatagram("two", QHostAddress::LocalHost, session.localEndpoint().port);
    QTRY_COMPARE(newPeer.datagrams.size(), 3);
    QTRY_COMPARE(table.rowCount(), 2);

    const auto cell = [&table](int row, PeerTableModel::Column column) {
        return table.index(row, column).data(PeerTableModel::RawValueRole).toInt();
    };
    QCOMPARE(cell(0, PeerTableModel::PortColumn), int(oldPeer.socket.localPort()));
    QCOMPARE(cell(0, PeerTableModel::DatagramsInColumn), 1);
    QCOMPARE(cell(1, PeerTableModel::PortColumn), int(newPeer.socket.localPort()));
    QCOMPARE(cell(1, PeerTableModel::DatagramsInColumn), 3);
    QVERIFY(cell(0, PeerTableModel::IdColumn) != cell(1, PeerTableModel::IdColumn)); // no two "#1"
}

QTEST_GUILESS_MAIN(tst_UdpSession)
#include "tst_udpsession.moc"
