// The Berkeley calls derived from real sessions' events: the exact sequences the course's
// table teaches, for a server (accept, echo, close) and for a client (connect, send, close).
#include "model/eventtext.h"
#include "model/primitivetimelinemodel.h"
#include "model/tcpstatetracker.h"
#include "network/filetransferfacts.h"
#include "network/tcpclientsession.h"
#include "network/tcpserversession.h"
#include "network/udpsession.h"
#include "tests/support/wine.h"

#include <QAbstractItemModelTester>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QTest>

class tst_PrimitiveTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverAcceptEchoClose();
    void clientConnectSendClose();
    void failedBindAndRefusedConnect();
    void udpServerUsesRecvfromAndSendto();
    void udpClientConnectSendsNothing();
    void everyCallIsExplained();
    void aFileTransferCountsCallsNotMessages();
};

namespace {
struct Fed
{
    PrimitiveTimelineModel model;
    TcpStateTracker states;
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };
    void apply(const LabEventBatch &batch)
    {
        model.applyBatch(batch);
        states.applyBatch(batch);
    }
};
} // namespace

void tst_PrimitiveTimelineModel::serverAcceptEchoClose()
{
    Fed fed;
    TcpServerSession server;
    connect(&server, &TcpServerSession::eventsReady, this, [&fed](const LabEventBatch &b) { fed.apply(b); });
    TcpServerConfig config = TcpServerConfig::courseDefaults(TcpServerKind::Simple);
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    server.start(config);
    const quint16 port = server.listeningOn().port;

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    const quint16 clientPort = client.localPort();
    client.write("Hello, world");
    QTRY_COMPARE(client.bytesAvailable(), qint64(12));
    client.disconnectFromHost();
    QTRY_COMPARE(fed.model.callSequence(1), QStringLiteral("ACCEPT,RECEIVE,SEND,CLOSE"));
    QCOMPARE(fed.model.callSequence(0), QStringLiteral("SOCKET,BIND,LISTEN"));

    // Arguments and results, row by row.
    const auto cell = [&fed](int row, int column) { return fed.model.index(row, column).data().toString(); };
    QCOMPARE(cell(1, PrimitiveTimelineModel::ArgumentsColumn), QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY(cell(2, PrimitiveTimelineModel::ArgumentsColumn).startsWith(QStringLiteral("backlog ")));
    QCOMPARE(cell(2, PrimitiveTimelineModel::QtStateColumn), QStringLiteral("ListeningState"));
    QCOMPARE(cell(3, PrimitiveTimelineModel::ResultColumn), QStringLiteral("new socket for 127.0.0.1:%1").arg(clientPort));
    QCOMPARE(cell(4, PrimitiveTimelineModel::ArgumentsColumn), QStringLiteral("12 byte(s)"));
    QCOMPARE(cell(5, PrimitiveTimelineModel::CallColumn), QStringLiteral("SEND"));

    server.stop();
    QCOMPARE(fed.model.callSequence(0), QStringLiteral("SOCKET,BIND,LISTEN,CLOSE"));
    // The server's side closed second: CLOSE-WAIT, LAST-ACK, CLOSED.
    QCOMPARE(fed.states.path(1), (QList<KernelSocketState> { KernelSocketState::Listen, KernelSocketState::SynReceived,
                                                               KernelSocketState::Established, KernelSocketState::CloseWait,
                                                               KernelSocketState::LastAck, KernelSocketState::Closed }));
}

void tst_PrimitiveTimelineModel::clientConnectSendClose()
{
    TcpServerSession server;
    TcpServerConfig config = TcpServerConfig::courseDefaults(TcpServerKind::Multi);
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    server.start(config);

    Fed fed;
    TcpClientSession client;
    connect(&client, &TcpClientSession::eventsReady, this, [&fed](const LabEventBatch &b) { fed.apply(b); });
    TcpClientConfig clientConfig;
    clientConfig.port = server.listeningOn().port;
    client.connectClients(clientConfig, 1);
    QTRY_COMPARE(client.openConnectionCount(), 1);
    client.send({}, "abc");
    QTRY_VERIFY(fed.model.callSequence(1).endsWith(QStringLiteral("RECEIVE")));
    client.disconnectClient(1);
    QTRY_COMPARE(fed.model.callSequence(1), QStringLiteral("SOCKET,CONNECT,CONNECT,SEND,RECEIVE,CLOSE"));
    // The first CONNECT is the SYN going out; the second is connect() returning.
    QCOMPARE(fed.model.index(1, PrimitiveTimelineModel::QtStateColumn).data().toString(), QStringLiteral("ConnectingState"));
    QCOMPARE(fed.model.index(2, PrimitiveTimelineModel::QtStateColumn).data().toString(), QStringLiteral("ConnectedState"));
    // The client closed first: FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT.
    QCOMPARE(fed.states.path(1), (QList<KernelSocketState> { KernelSocketState::Closed, KernelSocketState::SynSent,
                                                               KernelSocketState::Established, KernelSocketState::FinWait1,
                                                               KernelSocketState::FinWait2, KernelSocketState::TimeWait }));
}

void tst_PrimitiveTimelineModel::failedBindAndRefusedConnect()
{
    Fed fed;
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    TcpServerSession server;
    connect(&server, &TcpServerSession::eventsReady, this, [&fed](const LabEventBatch &b) { fed.apply(b); });
    TcpServerConfig config;
    config.bindAddress = QHostAddress::LocalHost;
    config.port = occupant.serverPort();
    server.start(config);
    QCOMPARE(fed.model.callSequence(0), QStringLiteral("SOCKET,BIND"));
    QVERIFY(fed.model.index(1, 0).data(PrimitiveTimelineModel::FailedRole).toBool());
    QVERIFY(fed.model.index(1, PrimitiveTimelineModel::ResultColumn).data().toString().startsWith(QStringLiteral("failed: ")));

    Fed clientFed;
    TcpClientSession client;
    connect(&client, &TcpClientSession::eventsReady, this, [&clientFed](const LabEventBatch &b) { clientFed.apply(b); });
    TcpClientConfig clientConfig;
    const quint16 closed = occupant.serverPort();
    occupant.close();
    clientConfig.port = closed;
    client.connectClients(clientConfig, 1);
    QTRY_COMPARE(clientFed.model.callSequence(1), QStringLiteral("SOCKET,CONNECT,CONNECT"));
    QVERIFY(clientFed.model.index(2, 0).data(PrimitiveTimelineModel::FailedRole).toBool());
    QCOMPARE(clientFed.states.path(1).constLast(), KernelSocketState::Closed);
}

void tst_PrimitiveTimelineModel::udpServerUsesRecvfromAndSendto()
{
    Fed fed;
    UdpSession server;
    connect(&server, &UdpSession::eventsReady, this, [&fed](const LabEventBatch &b) { fed.apply(b); });
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Server);
    config.bindAddress = QHostAddress::LocalHost;
    config.port = 0;
    server.start(config);
    QTRY_COMPARE(fed.model.callSequence(0), QStringLiteral("SOCKET,BIND"));
    QUdpSocket peer;
    peer.writeDatagram("oi", QHostAddress::LocalHost, server.localEndpoint().port);
    QTRY_COMPARE(fed.model.callSequence(1), QStringLiteral("RECVFROM,SENDTO"));
    QCOMPARE(fed.states.path(1), QList<KernelSocketState>()); // UDP has no states
}

// The UDP client connect()s its socket: Chamadas must not call that a connection.
void tst_PrimitiveTimelineModel::udpClientConnectSendsNothing()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    Fed fed;
    LabEventBatch events; // outlives the session: its destructor reports Stopped
    UdpSession client;
    connect(&client, &UdpSession::eventsReady, this, [&fed, &events](const LabEventBatch &b) {
        fed.apply(b);
        events += b;
    });
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Client);
    config.port = peer.localPort();
    client.start(config);
    QTRY_COMPARE(fed.model.callSequence(0), QStringLiteral("SOCKET,CONNECT"));
    const QModelIndex connectRow = fed.model.index(1, PrimitiveTimelineModel::ResultColumn);
    QCOMPARE(connectRow.data().toString(), QStringLiteral("destination fixed, no packet sent"));
    QVERIFY(connectRow.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no packet was exchanged")));
    client.send({}, "oi");
    QTRY_COMPARE(fed.model.callSequence(1), QStringLiteral("SEND"));
    // Qt's own state for a connect()ed QUdpSocket; the tooltip says what it does not mean.
    QCOMPARE(fed.model.index(2, PrimitiveTimelineModel::QtStateColumn).data().toString(), QStringLiteral("ConnectedState"));
    QVERIFY(fed.model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("ESTAB")));

    const auto bound = std::find_if(events.cbegin(), events.cend(), [](const LabEvent &e) { return e.kind == EventKind::Bound; });
    QVERIFY(bound != events.cend());
    const QString logLine = EventText::describe(*bound);
    QVERIFY2(logLine.contains(QStringLiteral("sent no packet")) && logLine.contains(QStringLiteral("only fixed the destination")),
             qPrintable(logLine));

    if (runningUnderWine())
        QSKIP("Wine 8 stubs SIO_UDP_CONNRESET: the ICMP port unreachable never reaches a Windows UDP socket there.");
    // Nothing listens on the peer's port any more: the ICMP error fails the next RECEIVE; no
    // BIND (the client never failed to bind) and no second SOCKET.
    const quint16 closedPort = peer.localPort();
    peer.close();
    client.send({}, "de novo");
    QTRY_COMPARE(fed.model.callSequence(0), QStringLiteral("SOCKET,CONNECT,RECEIVE"));
    const QModelIndex failed = fed.model.index(fed.model.rowCount() - 1, PrimitiveTimelineModel::ResultColumn);
    QVERIFY(failed.data(PrimitiveTimelineModel::FailedRole).toBool());
    QVERIFY2(failed.data().toString().contains(QString::number(closedPort)), qPrintable(failed.data().toString()));
}

void tst_PrimitiveTimelineModel::everyCallIsExplained()
{
    for (int call = PrimitiveTimelineModel::SocketCall; call <= PrimitiveTimelineModel::CloseCall; ++call) {
        const auto c = PrimitiveTimelineModel::Call(call);
        QVERIFY(!PrimitiveTimelineModel::callName(c).isEmpty());
        QVERIFY2(PrimitiveTimelineModel::explanation(c).startsWith(PrimitiveTimelineModel::callName(c) == QLatin1String("RECEIVE")
                                                                       ? QStringLiteral("RECEIVE")
                                                                       : PrimitiveTimelineModel::callName(c)),
                 qPrintable(PrimitiveTimelineModel::explanation(c)));
    }
}

void tst_PrimitiveTimelineModel::aFileTransferCountsCallsNotMessages()
{
    // TCP keeps no message boundaries: a file's RECEIVE row counts recv() calls.
    auto facts = QSharedPointer<TransferFacts>::create();
    facts->phase = TransferFacts::Phase::Finished;
    facts->bytes = 30000000;
    facts->calls = 571;
    LabEvent event = LabEvent::make(EventKind::Transfer, 1);
    event.transport = Transport::Tcp;
    event.remote = Endpoint(QHostAddress(QHostAddress::LocalHost), 12345);
    event.transfer = facts;
    Fed fed;
    fed.apply({ event });
    QCOMPARE(fed.model.callSequence(1), QStringLiteral("RECEIVE"));
    const QString arguments = fed.model.index(0, PrimitiveTimelineModel::ArgumentsColumn).data().toString();
    QVERIFY2(arguments.endsWith(QStringLiteral(" in 571 call(s)")), qPrintable(arguments));
    QVERIFY(!arguments.contains(QStringLiteral("message")));
}

QTEST_GUILESS_MAIN(tst_PrimitiveTimelineModel)
#include "tst_primitivetimelinemodel.moc"
