// TcpClientSession against real servers on loopback: a python3 echo server written like the
// course's, and QTcpServers in this process. Sessions run on the test's event loop.
#include "network/burstmessages.h"
#include "network/nativesocket.h"
#include "network/tcpclientsession.h"
#include "tests/support/eventlog.h"
#include "tests/support/loopbackpeers.h"
#include "tests/support/wine.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {


TcpClientConfig clientConfig(const QString &host, quint16 port, FramingMode framing = FramingMode::Raw)
{
    TcpClientConfig config;
    config.host = host;
    config.port = port;
    config.framing = framing;
    return config;
}

bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

// A QTcpServer that keeps every accepted socket and everything each one sent.
class AcceptingServer : public QObject
{
public:
    explicit AcceptingServer(int backlog = 50)
    {
        m_server.setListenBacklogSize(backlog);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                const int index = int(sockets.size());
                sockets.append(socket);
                received.append(QByteArray());
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket, index] { received[index] += socket->readAll(); });
            }
        });
    }
    bool listen(const QHostAddress &address) { return m_server.listen(address, 0); }
    quint16 port() const { return m_server.serverPort(); }

    QList<QTcpSocket *> sockets;
    QByteArrayList received;

private:
    QTcpServer m_server;
};

} // namespace

class tst_TcpClientSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void courseEchoServer_data();
    void courseEchoServer();
    void twoHundredClients();
    void localhostTriesEveryAddress_data();
    void localhostTriesEveryAddress();
    void connectionRefused_data();
    void connectionRefused();
    void hostNotFound();
    void connectTimeout();
    void burstArrivesWholeAndInOrder();
    void lineFramingSplitsReplies();
    void disconnectClientClosesGracefully();
    void abortClientResets();
    void serverSideClose_data();
    void serverSideClose();
    void disconnectAllClosesEverythingAndCancelsLookups();
    void disconnectAllGivesUpAttemptsStillConnecting();
    void overlappingRoundsKeepTheirOwnPort();
    void aPythonServersResetIsNotAnOrderlyClose_data();
    void aPythonServersResetIsNotAnOrderlyClose();
};

void tst_TcpClientSession::courseEchoServer_data()
{
    QTest::addColumn<QString>("host");

    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void tst_TcpClientSession::courseEchoServer()
{
    QFETCH(QString, host);
    if (host.contains(QLatin1Char(':')) && !ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");
    PythonPeer server;
    const quint16 serverPort = server.startServer(QFINDTESTDATA("peers/course_tcp_echo_server.py"), host);
    QVERIFY2(serverPort != 0, "the python3 echo server did not print its port");

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(host, serverPort), 1);
    QTRY_COMPARE(log.count(EventKind::Connected), 1);
    QCOMPARE(session.openConnectionCount(), 1);
    QCOMPARE(session.pendingAttemptCount(), 0);
    const LabEvent connected = log.of(EventKind::Connected).constFirst();
    const int id = connected.connectionId;
    QVERIFY(id > 0);

    session.send({}, "Hello, world");
    QTRY_COMPARE(log.payloads(EventKind::Received, id), QByteArrayList { "Hello, world" });
    QCOMPARE(log.payloads(EventKind::Sent, id), QByteArrayList { "Hello, world" });
    QCOMPARE(log.of(EventKind::Sent, id).constFirst().messageCount, qint64(1));
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Connecting,Connected,Sent,Received"));
    QCOMPARE(log.events.at(0).detail, host);

    // The 4-tuple: our ephemeral port is the one the server printed ("Connected by (host, port)").
    QTRY_VERIFY(server.output().contains("Connected by"));
    static const QRegularExpression connectedBy(QStringLiteral("Connected by \\('([^']*)', (\\d+)"));
    const QRegularExpressionMatch match = connectedBy.match(QString::fromUtf8(server.output()));
    QVERIFY2(match.hasMatch(), server.output().constData());
    const quint16 portSeenByServer = match.captured(2).toUShort();
    QCOMPARE(match.captured(1), host);
    QCOMPARE(connected.local.port, portSeenByServer);
    QVERIFY(connected.local.port != serverPort);
    QVERIFY(connected.local.port >= 1024); // ephemeral, never a well-known port
    QCOMPARE(connected.local.addressText(), host);
    QCOMPARE(connected.remote.addressText(), host);
    QCOMPARE(connected.remote.port, serverPort);
    QCOMPARE(connected.transport, Transport::Tcp);
    const LabEvent connecting = log.of(EventKind::Connecting).constFirst();
    QCOMPARE(connecting.connectionId, id);
    QCOMPARE(connecting.remote, connected.remote);
    const LabEvent received = log.of(EventKind::Received, id).constFirst();
    QCOMPARE(received.local, connected.local);
    QCOMPARE(received.remote, connected.remote);

    session.disconnectClient(id);
    QTRY_COMPARE(log.count(EventKind::Closed, id), 1);
    QCOMPARE(log.of(EventKind::Closed, id).constFirst().reason, CloseReason::ClosedByUs);
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_TcpClientSession::twoHundredClients()
{
    AcceptingServer server(256); // room for every handshake at once
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    QElapsedTimer clock;
    clock.start();
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 200);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Connected), 200, 10000);
    QTRY_COMPARE(server.sockets.size(), 200);
    const qint64 elapsedMs = clock.elapsed();
    qDebug("200 connections in %lld ms", elapsedMs);
    QVERIFY2(elapsedMs < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsedMs)));

    QSet<int> ids;
    QSet<quint16> localPorts;
    QSet<quint16> remotePorts;
    for (const LabEvent &event : log.of(EventKind::Connected)) {
        ids.insert(event.connectionId);
        localPorts.insert(event.local.port);
        remotePorts.insert(event.remote.port);
        QCOMPARE(event.remote.addressText(), QStringLiteral("127.0.0.1"));
    }
    QCOMPARE(ids.size(), 200);
    QCOMPARE(localPorts.size(), 200);
    QCOMPARE(remotePorts, QSet<quint16> { server.port() });
    QVERIFY(!localPorts.contains(server.port()));

    // The server saw the same 200 ports on its side of each connection.
    QSet<quint16> portsSeenByServer;
    for (QTcpSocket *socket : std::as_const(server.sockets))
        portsSeenByServer.insert(socket->peerPort());
    QCOMPARE(portsSeenByServer, localPorts);

    QCOMPARE(session.openConnectionCount(), 200);
    QCOMPARE(session.pendingAttemptCount(), 0);
    QCOMPARE(log.count(EventKind::Resolving), 1);
    QCOMPARE(log.count(EventKind::Connecting), 200);
    QCOMPARE(log.count(EventKind::Error), 0);
    QCOMPARE(log.count(EventKind::Note), 0);
}

void tst_TcpClientSession::localhostTriesEveryAddress_data()
{
    QTest::addColumn<QHostAddress>("listening");

    QTest::newRow("server on 127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("server on ::1") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void tst_TcpClientSession::localhostTriesEveryAddress()
{
    QFETCH(QHostAddress, listening);

    const QList<QHostAddress> resolved = QHostInfo::fromName(QStringLiteral("localhost")).addresses();
    const qsizetype listeningIndex = resolved.indexOf(listening);
    if (listeningIndex < 0)
        QSKIP(qPrintable(QStringLiteral("localhost does not resolve to %1 here").arg(listening.toString())));

    AcceptingServer server;
    QVERIFY(server.listen(listening));

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("localhost"), server.port()), 1);
    QTRY_COMPARE(log.count(EventKind::Connected) + log.count(EventKind::Error), 1);
    QCOMPARE(log.count(EventKind::Error), 0);
    const LabEvent connected = log.of(EventKind::Connected).constFirst();
    QCOMPARE(connected.remote.address, listening);
    QCOMPARE(connected.remote.port, server.port());
    QCOMPARE(log.of(EventKind::Resolving).constFirst().detail, QStringLiteral("localhost"));

    // Addresses are tried in the resolver's order: every one before the listening address
    // failed (AddressFailed), then the listening one answered.
    const QList<LabEvent> connecting = log.of(EventKind::Connecting, connected.connectionId);
    QCOMPARE(connecting.size(), listeningIndex + 1);
    for (qsizetype i = 0; i < connecting.size(); ++i)
        QCOMPARE(connecting.at(i).remote.address, resolved.at(i));
    const QList<LabEvent> failed = log.notes(NoteKind::AddressFailed);
    QCOMPARE(failed.size(), listeningIndex);
    for (const LabEvent &note : failed) {
        QCOMPARE(note.connectionId, connected.connectionId);
        QVERIFY(note.remote.address != listening);
        QCOMPARE(note.remote.port, server.port());
        QCOMPARE(note.error, LabError::ConnectionRefused);
    }
    if (resolved.size() == 1)
        qInfo("localhost resolves to %s only: no other address to fail", qPrintable(listening.toString()));
    QTRY_COMPARE(server.sockets.size(), 1);
}

void tst_TcpClientSession::connectionRefused_data()
{
    QTest::addColumn<QString>("host");

    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("::1");
}

void tst_TcpClientSession::connectionRefused()
{
    QFETCH(QString, host);
    if (host.contains(QLatin1Char(':')) && !ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");
    const quint16 port = closedTcpPort(QHostAddress(host));
    QVERIFY(port != 0);

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(host, port), 1);
    QTRY_COMPARE(log.count(EventKind::Error), 1);
    const LabEvent error = log.of(EventKind::Error).constFirst();
    QCOMPARE(error.error, LabError::ConnectionRefused);
    QCOMPARE(error.remote.addressText(), host);
    QCOMPARE(error.remote.port, port);
    QVERIFY(error.connectionId > 0);

    QTest::qWait(100);
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Connecting,Error"));
    QCOMPARE(log.count(EventKind::Connected), 0);
    QCOMPARE(session.openConnectionCount(), 0);
    QCOMPARE(session.pendingAttemptCount(), 0);
}

void tst_TcpClientSession::hostNotFound()
{
    const QString host = QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.invalid"); // a 64-character label is no valid name: it fails here, no DNS query leaves the machine

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(host, 80), 1);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Error), 1, 20000);
    const LabEvent error = log.of(EventKind::Error).constFirst();
    QCOMPARE(error.error, LabError::HostNotFound);
    QCOMPARE(error.detail, host);
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Error"));
    QCOMPARE(session.openConnectionCount(), 0);
    QCOMPARE(session.pendingAttemptCount(), 0);
}

void tst_TcpClientSession::connectTimeout()
{
    // Never an outside address (192.0.2.1 and the like would send a SYN off the machine):
    // a loopback listener whose accept queue is full drops SYNs, if this kernel does so.
    FullBacklogListener listener;
    if (!listener.setUp())
        QSKIP("this kernel completes every loopback handshake: no deterministic connect timeout");

    TcpClientSession session;
    EventLog log(&session);
    TcpClientConfig config = clientConfig(QStringLiteral("127.0.0.1"), listener.port());
    config.connectTimeoutMs = 200;
    QElapsedTimer clock;
    clock.start();
    session.connectClients(config, 1);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Error), 1, 3000);
    QVERIFY(clock.elapsed() >= 200);
    const LabEvent error = log.of(EventKind::Error).constFirst();
    QCOMPARE(error.error, LabError::Timeout);
    QCOMPARE(error.remote.port, listener.port());
    QCOMPARE(log.kinds(), QStringLiteral("Resolving,Connecting,Error"));
    QCOMPARE(session.pendingAttemptCount(), 0);
    QCOMPARE(session.openConnectionCount(), 0);
}

void tst_TcpClientSession::burstArrivesWholeAndInOrder()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 1);
    QTRY_COMPARE(log.count(EventKind::Connected), 1);
    QTRY_COMPARE(server.sockets.size(), 1);

    constexpr int count = 10000;
    QByteArray expected;
    for (int sequence = 1; sequence <= count; ++sequence)
        expected += '#' + QByteArray::number(sequence) + '/' + QByteArray::number(count) + '\n';
    QCOMPARE(expected.left(9), QByteArray("#1/10000\n"));
    QVERIFY(expected.endsWith("#10000/10000\n"));

    session.sendBurst({}, count);
    QTRY_COMPARE_WITH_TIMEOUT(server.received.at(0).size(), expected.size(), 10000);
    QCOMPARE(server.received.at(0), expected);

    QTRY_COMPARE(log.count(EventKind::Sent), 1);
    const LabEvent sent = log.of(EventKind::Sent).constFirst();
    QCOMPARE(sent.messageCount, qint64(count));
    QCOMPARE(sent.payload, expected);

    // Every line is a burst message, numbered 1..count in order.
    const QList<QByteArray> lines = server.received.at(0).split('\n');
    QCOMPARE(lines.size(), count + 1); // the last '\n' leaves an empty piece
    for (int i = 0; i < count; ++i) {
        const std::optional<BurstMessages::Number> number = BurstMessages::parse(lines.at(i));
        QVERIFY(number.has_value());
        QCOMPARE(number->sequence, qint64(i + 1));
        QCOMPARE(number->total, qint64(count));
    }
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_TcpClientSession::lineFramingSplitsReplies()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port(), FramingMode::Line), 1);
    QTRY_COMPARE(server.sockets.size(), 1);
    QTRY_COMPARE(log.count(EventKind::Connected), 1);

    server.sockets.at(0)->write("one\r\ntwo\nhal");
    QTRY_COMPARE(log.payloads(EventKind::Received), (QByteArrayList { "one", "two" }));
    server.sockets.at(0)->write("f\n");
    QTRY_COMPARE(log.payloads(EventKind::Received), (QByteArrayList { "one", "two", "half" }));
}

void tst_TcpClientSession::disconnectClientClosesGracefully()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 2);
    QTRY_COMPARE(log.count(EventKind::Connected), 2);
    QTRY_COMPARE(server.sockets.size(), 2);
    const LabEvent first = log.of(EventKind::Connected).at(0);
    QTcpSocket *serverSide = server.sockets.at(0)->peerPort() == first.local.port ? server.sockets.at(0)
                                                                                    : server.sockets.at(1);

    session.send({ first.connectionId }, "bye");
    session.disconnectClient(first.connectionId);

    // What was sent before the close still arrives, then the end of the stream (FIN).
    QTRY_COMPARE(serverSide->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(server.received.at(server.sockets.indexOf(serverSide)), QByteArray("bye"));
    QTRY_COMPARE(log.count(EventKind::Closed), 1);
    const LabEvent closed = log.of(EventKind::Closed).constFirst();
    QCOMPARE(closed.connectionId, first.connectionId);
    QCOMPARE(closed.reason, CloseReason::ClosedByUs);
    QCOMPARE(closed.local, first.local);
    QCOMPARE(session.openConnectionCount(), 1); // the other one stays open
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_TcpClientSession::abortClientResets()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 1);
    QTRY_COMPARE(log.count(EventKind::Connected), 1);
    QTRY_COMPARE(server.sockets.size(), 1);
    QList<QAbstractSocket::SocketError> serverErrors;
    connect(server.sockets.at(0), &QTcpSocket::errorOccurred, this,
            [&](QAbstractSocket::SocketError error) { serverErrors.append(error); });

    session.abortClient(log.of(EventKind::Connected).constFirst().connectionId);
    QTRY_COMPARE(log.count(EventKind::Closed), 1);
    QCOMPARE(log.of(EventKind::Closed).constFirst().reason, CloseReason::AbortedByUs);
    QCOMPARE(session.openConnectionCount(), 0);
    // Qt reads the RST as RemoteHostClosedError, as it does a FIN.
    QTRY_COMPARE(server.sockets.at(0)->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(serverErrors, QList<QAbstractSocket::SocketError> { QAbstractSocket::RemoteHostClosedError });
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_TcpClientSession::serverSideClose_data()
{
    QTest::addColumn<bool>("reset");

    QTest::newRow("server closes (FIN)") << false;
    QTest::newRow("server aborts (RST)") << true;
}

void tst_TcpClientSession::serverSideClose()
{
    QFETCH(bool, reset);
    if (reset && runningOnWindows())
        QSKIP("Windows keeps no second descriptor of a connection: a peer's RST, which Qt reads as the end of the stream, is reported as an orderly close there (README, Windows).");

    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 1);
    QTRY_COMPARE(log.count(EventKind::Connected), 1);
    QTRY_COMPARE(server.sockets.size(), 1);
    const int id = log.of(EventKind::Connected).constFirst().connectionId;

    QTcpSocket *serverSide = server.sockets.at(0);
    serverSide->write("last words");
    serverSide->flush();
    if (reset) {
        NativeSocket::resetOnClose(serverSide->socketDescriptor());
        serverSide->abort();
    } else {
        serverSide->disconnectFromHost();
    }

    QTRY_COMPARE(log.count(EventKind::Closed, id), 1);
    const LabEvent closed = log.of(EventKind::Closed, id).constFirst();
    QCOMPARE(closed.reason, reset ? CloseReason::ResetByPeer : CloseReason::ClosedByPeer);
    QCOMPARE(closed.remote.port, server.port());
    QCOMPARE(session.openConnectionCount(), 0);
    if (!reset) // a RST may discard what was not read yet; a FIN comes after the data
        QCOMPARE(log.payloads(EventKind::Received, id), QByteArrayList { "last words" });
    QCOMPARE(log.count(EventKind::Error), 0); // a close by the peer is not an error
}

void tst_TcpClientSession::disconnectAllClosesEverythingAndCancelsLookups()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 3);
    QTRY_COMPARE(log.count(EventKind::Connected), 3);
    QTRY_COMPARE(server.sockets.size(), 3);

    // A second round whose lookup has not answered yet (QHostInfo answers later, even for
    // an address literal).
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 2);
    session.disconnectAll();

    // disconnectAll() hands its events over at once.
    const QList<LabEvent> closed = log.of(EventKind::Closed);
    QCOMPARE(closed.size(), 3);
    QSet<int> closedIds;
    for (const LabEvent &event : closed) {
        QCOMPARE(event.reason, CloseReason::ClosedByUs);
        closedIds.insert(event.connectionId);
    }
    QCOMPARE(closedIds, (QSet<int> { 1, 2, 3 }));
    QCOMPARE(session.openConnectionCount(), 0);
    QCOMPARE(session.pendingAttemptCount(), 0);

    for (QTcpSocket *socket : std::as_const(server.sockets))
        QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    // The cancelled lookup never turns into connections.
    QTest::qWait(300);
    QCOMPARE(log.count(EventKind::Resolving), 2);
    QCOMPARE(log.count(EventKind::Connecting), 3);
    QCOMPARE(log.count(EventKind::Connected), 3);
    QCOMPARE(server.sockets.size(), 3);
    QCOMPARE(log.count(EventKind::Error), 0);
}

void tst_TcpClientSession::disconnectAllGivesUpAttemptsStillConnecting()
{
    FullBacklogListener listener;
    if (!listener.setUp())
        QSKIP("this kernel completes every loopback handshake: no attempt stays pending");

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), listener.port()), 2);
    QTRY_COMPARE(session.pendingAttemptCount(), 2);
    QTRY_COMPARE(log.count(EventKind::Connecting), 2);
    session.disconnectAll();
    QCOMPARE(session.pendingAttemptCount(), 0);

    // Given up quietly: no timeout error later, no connection.
    QTest::qWait(300);
    QCOMPARE(log.count(EventKind::Error), 0);
    QCOMPARE(log.count(EventKind::Connected), 0);
    QCOMPARE(session.openConnectionCount(), 0);
}

void tst_TcpClientSession::overlappingRoundsKeepTheirOwnPort()
{
    FullBacklogListener listener;
    if (!listener.setUp())
        QSKIP("this kernel completes every loopback handshake: no attempt stays pending");
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));

    TcpClientSession session;
    EventLog log(&session);
    // Round 1 hangs in SYN_SENT and times out; round 2, started meanwhile, goes elsewhere.
    TcpClientConfig first = clientConfig(QStringLiteral("127.0.0.1"), listener.port());
    first.connectTimeoutMs = 500;
    session.connectClients(first, 1);
    QTRY_COMPARE(session.pendingAttemptCount(), 1);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), server.port()), 1);
    QTRY_COMPARE(log.count(EventKind::Connected), 1);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Error), 1, 3000);

    const LabEvent connecting = log.of(EventKind::Connecting).constFirst();
    const LabEvent error = log.of(EventKind::Error).constFirst();
    QCOMPARE(connecting.remote.port, listener.port());
    QCOMPARE(error.connectionId, connecting.connectionId);
    QCOMPARE(error.error, LabError::Timeout);
    QCOMPARE(error.remote.port, listener.port());
    QCOMPARE(log.of(EventKind::Connected).constFirst().remote.port, server.port());
}

void tst_TcpClientSession::aPythonServersResetIsNotAnOrderlyClose_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("server closes (FIN)") << false;
    QTest::newRow("server resets (SO_LINGER 0, RST)") << true;
}

// A python3 server accepts, reads the client's line, and closes with FIN or resets: the client
// page says which, and a reset is not an error of ours.
void tst_TcpClientSession::aPythonServersResetIsNotAnOrderlyClose()
{
    QFETCH(bool, reset);
    if (reset && runningOnWindows())
        QSKIP("Windows keeps no second descriptor of a connection: a peer's RST, which Qt reads as the end of the stream, is reported as an orderly close there (README, Windows).");
    const QString script = QStringLiteral(
        "import socket, struct, sys\n"
        "l = socket.socket()\n"
        "l.bind(('127.0.0.1', 0))\n"
        "l.listen(1)\n"
        "print(l.getsockname()[1], flush=True)\n"
        "c, _ = l.accept()\n"
        "c.recv(100)\n"
        "if sys.argv[1] == 'rst':\n"
        "    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))\n"
        "c.close()\n");
    HostProcess server;
    QVERIFY2(server.start(QStringLiteral("python3"), { QStringLiteral("-c"), script, reset ? QStringLiteral("rst") : QStringLiteral("fin") }),
             server.errors().constData());
    QTRY_VERIFY(server.canReadLine());
    const quint16 port = server.readLine().trimmed().toUShort();
    QVERIFY(port != 0);

    TcpClientSession session;
    EventLog log(&session);
    session.connectClients(clientConfig(QStringLiteral("127.0.0.1"), port), 1);
    QTRY_COMPARE(log.count(EventKind::Connected), 1);
    const int id = log.of(EventKind::Connected).constFirst().connectionId;
    session.send({ id }, "hello\n");
    QTRY_COMPARE(log.count(EventKind::Closed, id), 1);
    QCOMPARE(log.of(EventKind::Closed, id).constFirst().reason,
             reset ? CloseReason::ResetByPeer : CloseReason::ClosedByPeer);
    QCOMPARE(log.count(EventKind::Error), 0);
    QTRY_VERIFY(!server.isRunning());
}

QTEST_GUILESS_MAIN(tst_TcpClientSession)
#include "tst_tcpclientsession.moc"
