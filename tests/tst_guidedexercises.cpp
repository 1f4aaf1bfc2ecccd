#include "model/guidedexercises.h"
#include "network/capture/capturesession.h"
#include "network/portchecker.h"
#include "network/tcpclientsession.h"
#include "network/tcpserversession.h"
#include "network/udpsession.h"
#include "tests/support/loopbackcapture.h"

#include <QAbstractItemModelTester>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace {

const QDateTime kStart(QDate(2024, 3, 4), QTime(10, 0));

LabEvent ev(EventKind kind, int id, qint64 atMs = 0, const QByteArray &payload = {})
{
    LabEvent e = LabEvent::make(kind, id);
    e.when = kStart.addMSecs(atMs);
    e.payload = payload;
    return e;
}

LabEvent listening(const QHostAddress &address)
{
    LabEvent e = ev(EventKind::Listening, 0);
    e.local = Endpoint(address, 65432);
    return e;
}

// A session's real batches go to the model as the window's page hands them over; the port it
// listens on (the kernel picks it) is kept.
template<typename Session>
void feed(Session *session, GuidedExercises *model, LabMode mode, quint16 *listeningPort = nullptr)
{
    QObject::connect(session, &Session::eventsReady, model, [model, mode, listeningPort](const LabEventBatch &batch) {
        for (const LabEvent &event : batch) {
            if (event.kind == EventKind::Listening && listeningPort)
                *listeningPort = event.local.port;
        }
        model->applyBatch(mode, batch);
    });
}

// The course's TCP server of kind on address, on a port the kernel picks: returns that port.
// model (when given) sees its events as mode's page.
quint16 startTcpServer(TcpServerSession &server, TcpServerKind kind, const QHostAddress &address,
                       GuidedExercises *model = nullptr, LabMode mode = LabMode::TcpMulti)
{
    const auto port = std::make_shared<quint16>(0); // the connection outlives this call
    QObject::connect(&server, &TcpServerSession::eventsReady, &server, [port](const LabEventBatch &batch) {
        for (const LabEvent &event : batch) {
            if (event.kind == EventKind::Listening)
                *port = event.local.port;
        }
    });
    if (model)
        feed(&server, model, mode);
    TcpServerConfig config = TcpServerConfig::courseDefaults(kind);
    config.bindAddress = address;
    config.port = 0;
    server.start(config);
    if (!QTest::qWaitFor([port] { return *port != 0; }, 5000))
        qWarning("the test server did not start listening within 5 s");
    return *port;
}

// An IPv4 address of this machine that is not loopback: the "classmate's machine" of exercise 4
// (the models are told that only loopback is this machine).
QHostAddress secondAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}


// Why exercise 4 cannot be played here, or empty.
QString whyNoClassmate(const QHostAddress &classmate)
{
    if (classmate.isNull())
        return QStringLiteral("This machine has no IPv4 address besides loopback to play the classmate's machine.");
    return LoopbackCapture::missingPermission();
}

} // namespace

class tst_GuidedExercises : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure();
    void simpleServer();
    void simpleServerLaterClientDoesNotCount();
    void udpServer();
    void threeClients();
    void threeClientsNotWhenOneClosedFirst();
    void sendToAll();
    void anotherMachine_data();
    void anotherMachine();
    void resetAndProgress();
    void everyExerciseReachesDoneWithRealSockets();
    void anotherMachineWhoServes();
    void anotherMachineWhoConnects();
    void fileTransfer();
};

void tst_GuidedExercises::structure()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowCount(model.index(0, 0)), 4);
    QCOMPARE(model.rowCount(model.index(1, 0)), 4);
    QCOMPARE(model.rowCount(model.index(2, 0)), 4);
    QCOMPARE(model.rowCount(model.index(3, 0)), 6);
    QCOMPARE(model.rowCount(model.index(4, 0)), 3);
    // Exercise 4 counts the common steps and one role's: 4 + 4 + 4 + (2 + 2) + 3.
    QCOMPARE(model.totalCount(), 19);
    QCOMPARE(model.index(2, 0, model.index(1, 0)).data().toString(), QStringLiteral("Get the reply (upper case)"));
    QCOMPARE(model.indexOf(GuidedExercises::UdpUpperCaseReply), model.index(2, 0, model.index(1, 0)));
    QCOMPARE(model.indexOf(GuidedExercises::MultiSendToAll).data(GuidedExercises::StepRole).toInt(),
             int(GuidedExercises::MultiSendToAll));
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void tst_GuidedExercises::simpleServer()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch(LabMode::TcpSimple, { listening(QHostAddress::LocalHost) });
    QVERIFY(model.isDone(GuidedExercises::SimpleStart));
    QVERIFY(!model.isDone(GuidedExercises::SimpleConnect));
    QVERIFY(!model.isDone(GuidedExercises::MachineAllInterfaces)); // loopback only

    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Accepted, 1, 100) });
    QVERIFY(model.isDone(GuidedExercises::SimpleConnect));
    // A Sent that is not a reply (the user typed it) is not the echo.
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Sent, 1, 150, "hello\n") });
    QVERIFY(!model.isDone(GuidedExercises::SimpleEcho));
    // Received, then the reply split into the next batch: the echo.
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Received, 1, 200, "oi") });
    QVERIFY(!model.isDone(GuidedExercises::SimpleEcho));
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Sent, 1, 201, "oi\n") });
    QVERIFY(model.isDone(GuidedExercises::SimpleEcho));
    QCOMPARE(model.indexOf(GuidedExercises::SimpleEcho).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));

    // The second client waited in the backlog: accepted right after the first leaves.
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Closed, 1, 5000) });
    QVERIFY(!model.isDone(GuidedExercises::SimpleServedFromBacklog));
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Accepted, 2, 5003) });
    QVERIFY(model.isDone(GuidedExercises::SimpleServedFromBacklog));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(0, 0).data(GuidedExercises::DoneRole).toBool(), true);
}

void tst_GuidedExercises::simpleServerLaterClientDoesNotCount()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch(LabMode::TcpSimple, { listening(QHostAddress::LocalHost), ev(EventKind::Accepted, 1, 100),
                                           ev(EventKind::Closed, 1, 1000) });
    // Connected ten seconds later: it never waited.
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Accepted, 2, 11000) });
    QVERIFY(!model.isDone(GuidedExercises::SimpleServedFromBacklog));
    // An echo reply that differs from what arrived (upper case) is not an echo.
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Received, 2, 11100, "oi"),
                                           ev(EventKind::Sent, 2, 11101, "OI\n") });
    QVERIFY(!model.isDone(GuidedExercises::SimpleEcho));
    // Events of another page do not tick this exercise.
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Closed, 5, 12000), ev(EventKind::Accepted, 6, 12001) });
    QVERIFY(!model.isDone(GuidedExercises::SimpleServedFromBacklog));
}

void tst_GuidedExercises::udpServer()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LabEvent start = listening(QHostAddress::AnyIPv4);
    start.transport = Transport::Udp;
    model.applyBatch(LabMode::UdpServer, { start });
    QVERIFY(model.isDone(GuidedExercises::UdpStart));
    QVERIFY(model.isDone(GuidedExercises::MachineAllInterfaces)); // 0.0.0.0
    QVERIFY(!model.isDone(GuidedExercises::UdpDatagram));

    // Echo mode: a reply, but not in upper case.
    model.applyBatch(LabMode::UdpServer, { ev(EventKind::Received, 1, 10, "ola"), ev(EventKind::Sent, 1, 11, "ola") });
    QVERIFY(model.isDone(GuidedExercises::UdpDatagram));
    QVERIFY(!model.isDone(GuidedExercises::UdpUpperCaseReply));
    model.applyBatch(LabMode::UdpServer, { ev(EventKind::Received, 1, 20, "ola"), ev(EventKind::Sent, 1, 21, "OLA") });
    QVERIFY(model.isDone(GuidedExercises::UdpUpperCaseReply));

    // One datagram from the client is not a burst; 100 in one Sent are.
    LabEvent one = ev(EventKind::Sent, 1, 30, "x");
    one.transport = Transport::Udp;
    one.messageCount = 1;
    model.applyBatch(LabMode::UdpClient, { one });
    QVERIFY(!model.isDone(GuidedExercises::UdpBurst));
    LabEvent burst = one;
    burst.messageCount = 100;
    model.applyBatch(LabMode::UdpClient, { burst });
    QVERIFY(model.isDone(GuidedExercises::UdpBurst));
    QCOMPARE(model.index(1, 0).data(GuidedExercises::DoneRole).toBool(), true);
}

void tst_GuidedExercises::threeClients()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch(LabMode::TcpMulti, { listening(QHostAddress::LocalHost), ev(EventKind::Accepted, 1),
                                          ev(EventKind::Accepted, 2) });
    QVERIFY(model.isDone(GuidedExercises::MultiStart));
    QVERIFY(!model.isDone(GuidedExercises::MultiThreeClients));
    QVERIFY(!model.isDone(GuidedExercises::MultiComparePorts));
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Accepted, 3) });
    QVERIFY(model.isDone(GuidedExercises::MultiThreeClients));
    QVERIFY(model.isDone(GuidedExercises::MultiComparePorts));
}

void tst_GuidedExercises::threeClientsNotWhenOneClosedFirst()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch(LabMode::TcpMulti, { listening(QHostAddress::LocalHost), ev(EventKind::Accepted, 1),
                                          ev(EventKind::Accepted, 2), ev(EventKind::Closed, 1),
                                          ev(EventKind::Accepted, 3) });
    QVERIFY(!model.isDone(GuidedExercises::MultiThreeClients));
    // A restart forgets the old connections.
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Stopped, 0), listening(QHostAddress::LocalHost),
                                          ev(EventKind::Accepted, 1) });
    QVERIFY(!model.isDone(GuidedExercises::MultiThreeClients));
    // Three clients on the simple server's page are not this step either.
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Accepted, 7), ev(EventKind::Accepted, 8),
                                           ev(EventKind::Accepted, 9) });
    QVERIFY(!model.isDone(GuidedExercises::MultiThreeClients));
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Accepted, 2), ev(EventKind::Accepted, 3) });
    QVERIFY(model.isDone(GuidedExercises::MultiThreeClients));
}

void tst_GuidedExercises::sendToAll()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applyBatch(LabMode::TcpMulti, { listening(QHostAddress::LocalHost), ev(EventKind::Accepted, 1),
                                          ev(EventKind::Accepted, 2), ev(EventKind::Accepted, 3) });
    // Echo replies to each client, even of the same text, are not a send to all.
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Received, 1, 0, "hi"), ev(EventKind::Sent, 1, 0, "hi\n"),
                                          ev(EventKind::Received, 2, 0, "hi"), ev(EventKind::Sent, 2, 0, "hi\n"),
                                          ev(EventKind::Received, 3, 0, "hi"), ev(EventKind::Sent, 3, 0, "hi\n") });
    QVERIFY(!model.isDone(GuidedExercises::MultiSendToAll));
    // A send to two of the three clients is not to all.
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Sent, 1, 0, "a\n"), ev(EventKind::Sent, 2, 0, "a\n") });
    QVERIFY(!model.isDone(GuidedExercises::MultiSendToAll));
    // Every open connection, split over two batches.
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Sent, 1, 0, "all\n"), ev(EventKind::Sent, 2, 0, "all\n") });
    QVERIFY(!model.isDone(GuidedExercises::MultiSendToAll));
    model.applyBatch(LabMode::TcpMulti, { ev(EventKind::Sent, 3, 0, "all\n") });
    QVERIFY(model.isDone(GuidedExercises::MultiSendToAll));
    QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void tst_GuidedExercises::anotherMachine_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<bool>("allInterfaces");
    QTest::newRow("0.0.0.0") << QHostAddress(QHostAddress::AnyIPv4) << true;
    QTest::newRow("::") << QHostAddress(QHostAddress::AnyIPv6) << true;
    QTest::newRow("any (dual stack)") << QHostAddress(QHostAddress::Any) << true;
    QTest::newRow("parsed 0.0.0.0") << QHostAddress(QStringLiteral("0.0.0.0")) << true;
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost) << false;
    QTest::newRow("::1") << QHostAddress(QHostAddress::LocalHostIPv6) << false;
    QTest::newRow("192.168.0.10") << QHostAddress(QStringLiteral("192.168.0.10")) << false;
}

void tst_GuidedExercises::anotherMachine()
{
    QFETCH(QHostAddress, address);
    QFETCH(bool, allInterfaces);
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy progress(&model, &GuidedExercises::progressChanged);

    model.addressesShown();
    QVERIFY(model.isDone(GuidedExercises::MachineAddresses));
    QVERIFY(!model.isDone(GuidedExercises::MachinePortCheck));
    model.portChecked(false);
    QVERIFY(model.isDone(GuidedExercises::MachinePortCheck));
    QCOMPARE(progress.count(), 2);
    model.addressesShown(); // already done: no signal
    QCOMPARE(progress.count(), 2);

    model.applyBatch(LabMode::TcpMulti, { listening(address) });
    QCOMPARE(model.isDone(GuidedExercises::MachineAllInterfaces), allInterfaces);
    // Not done yet: nobody connected and nothing was captured.
    QCOMPARE(model.index(3, 0).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(!model.isExerciseDone(GuidedExercises::AnotherMachineExercise));
}

void tst_GuidedExercises::fileTransfer()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto transfer = [](TransferFacts::Phase phase, RequestName::Refusal refusal) {
        LabEvent e = ev(EventKind::Transfer, 1);
        TransferFacts facts;
        facts.phase = phase;
        facts.refusal = refusal;
        e.transfer = TransferFactsPointer::create(facts);
        return e;
    };
    model.applyBatch(LabMode::FileServer, { listening(QHostAddress::AnyIPv4),
                                            transfer(TransferFacts::Phase::Refused, RequestName::Refusal::NotFound) });
    QVERIFY(model.isDone(GuidedExercises::FileServerStart));
    QVERIFY(!model.isDone(GuidedExercises::FileNameRefused)); // a missing file is not the lesson
    model.applyBatch(LabMode::FileServer, { transfer(TransferFacts::Phase::Refused, RequestName::Refusal::ParentDirectory) });
    QVERIFY(model.isDone(GuidedExercises::FileNameRefused));
    QVERIFY(!model.isDone(GuidedExercises::FileDownloaded));
    model.applyBatch(LabMode::FileClient, { transfer(TransferFacts::Phase::Finished, RequestName::Refusal::None) });
    QVERIFY(model.isDone(GuidedExercises::FileDownloaded));
}

void tst_GuidedExercises::resetAndProgress()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy progress(&model, &GuidedExercises::progressChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyBatch(LabMode::TcpSimple, { listening(QHostAddress::AnyIPv4), ev(EventKind::Accepted, 1) });
    QCOMPARE(model.doneCount(), 3);
    QCOMPARE(progress.count(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 19);
    QVERIFY(changed.count() >= 3);

    model.reset();
    QCOMPARE(model.doneCount(), 0);
    QCOMPARE(progress.last().at(0).toInt(), 0);
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // After a reset the old closed connection is forgotten.
    model.applyBatch(LabMode::TcpSimple, { ev(EventKind::Accepted, 2) });
    QVERIFY(!model.isDone(GuidedExercises::SimpleServedFromBacklog));

    changed.clear();
    model.retranslate();
    QCOMPARE(changed.count(), 10); // two per exercise
}

void tst_GuidedExercises::everyExerciseReachesDoneWithRealSockets()
{
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // 1. Simple server: echo, then a second client waits in the backlog until the first leaves.
    TcpServerSession simple;
    const quint16 simplePort = startTcpServer(simple, TcpServerKind::Simple, QHostAddress::LocalHost, &model, LabMode::TcpSimple);
    QVERIFY(simplePort != 0);
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, simplePort);
    QVERIFY(first.waitForConnected(5000));
    first.write("hello");
    QTRY_VERIFY(model.isDone(GuidedExercises::SimpleEcho));
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, simplePort);
    QVERIFY(second.waitForConnected(5000));
    first.disconnectFromHost();
    QTRY_VERIFY(model.isExerciseDone(GuidedExercises::SimpleTcpExercise));

    // 2. UDP: a datagram, its upper-case reply, then a client's burst.
    UdpSession udpServer;
    quint16 udpPort = 0;
    feed(&udpServer, &model, LabMode::UdpServer, &udpPort);
    UdpConfig serverConfig = UdpConfig::courseDefaults(UdpRole::Server);
    serverConfig.bindAddress = QHostAddress::LocalHost;
    serverConfig.port = 0;
    udpServer.start(serverConfig);
    QTRY_VERIFY(udpPort != 0);
    QUdpSocket peer;
    peer.writeDatagram("hello", QHostAddress::LocalHost, udpPort);
    QTRY_VERIFY(model.isDone(GuidedExercises::UdpUpperCaseReply));
    UdpSession udpClient;
    feed(&udpClient, &model, LabMode::UdpClient);
    UdpConfig clientConfig = UdpConfig::courseDefaults(UdpRole::Client);
    clientConfig.host = QStringLiteral("127.0.0.1");
    clientConfig.port = udpPort;
    QSignalSpy clientEvents(&udpClient, &UdpSession::eventsReady);
    udpClient.start(clientConfig);
    QTRY_VERIFY(!clientEvents.isEmpty()); // its socket is open: the address was looked up
    udpClient.send({}, "first");
    udpClient.sendBurst({}, 20);
    QTRY_VERIFY(model.isDone(GuidedExercises::UdpDatagram));
    QTRY_VERIFY(model.isDone(GuidedExercises::UdpBurst));
    QTRY_VERIFY(model.isExerciseDone(GuidedExercises::UdpServerExercise));

    // 3. Multi-client server: three clients at once, then one send to all.
    TcpServerSession multi;
    const quint16 multiPort = startTcpServer(multi, TcpServerKind::Multi, QHostAddress::LocalHost, &model);
    QVERIFY(multiPort != 0);
    QTcpSocket clients[3];
    for (QTcpSocket &client : clients) {
        client.connectToHost(QHostAddress::LocalHost, multiPort);
        QVERIFY(client.waitForConnected(5000));
    }
    QTRY_VERIFY(model.isDone(GuidedExercises::MultiComparePorts));
    multi.send({}, "to everyone\n");
    QTRY_VERIFY(model.isExerciseDone(GuidedExercises::MultiTcpExercise));
    for (QTcpSocket &client : clients)
        QTRY_VERIFY(client.bytesAvailable() > 0 || client.waitForReadyRead(100));

    simple.stop();
    udpServer.stop();
    udpClient.stop();
    multi.stop();
}

void tst_GuidedExercises::anotherMachineWhoServes()
{
    const QHostAddress classmate = secondAddress();
    if (const QString why = whyNoClassmate(classmate); !why.isEmpty())
        QSKIP(qPrintable(why));
    GuidedExercises model; // only loopback is "this machine": the classmate is classmate
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addressesShown(); // the Network tools page was shown
    TcpServerSession server;
    const quint16 port = startTcpServer(server, TcpServerKind::Multi, QHostAddress::AnyIPv4, &model);
    QVERIFY(port != 0);
    QVERIFY(model.isDone(GuidedExercises::MachineAllInterfaces));
    LoopbackCapture capture(&model, QStringLiteral("tcp port %1").arg(port),
                            [&model](const CapturedPacketBatch &batch) { model.applyPackets(LabMode::TcpMulti, batch); });
    QVERIFY(capture.waitStarted());

    QTcpSocket fromClassmate; // a real connection whose source is the classmate's address
    fromClassmate.bind(classmate, 0);
    fromClassmate.connectToHost(classmate, port);
    QVERIFY(fromClassmate.waitForConnected(5000));
    QTRY_VERIFY(model.isDone(GuidedExercises::MachineClassmateConnected));
    QTRY_VERIFY(model.isDone(GuidedExercises::MachineCaptured));
    QVERIFY(model.isExerciseDone(GuidedExercises::AnotherMachineExercise));
    QCOMPARE(model.index(3, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // The connecting role's steps are not needed, and progress says so.
    QVERIFY(!model.isDone(GuidedExercises::MachineConnectToClassmate));
    QCOMPARE(model.doneCount(), 1 + 4); // MultiStart, and exercise 4 in this role
    QCOMPARE(model.totalCount(), 19); // 4 + 4 + 4 + (2 + 2) + 3
    server.stop();
}

void tst_GuidedExercises::anotherMachineWhoConnects()
{
    const QHostAddress classmate = secondAddress();
    if (const QString why = whyNoClassmate(classmate); !why.isEmpty())
        QSKIP(qPrintable(why));
    GuidedExercises model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addressesShown();
    // The classmate's server: its events are the classmate's, not ours.
    TcpServerSession classmateServer;
    const quint16 port = startTcpServer(classmateServer, TcpServerKind::Multi, classmate);
    QVERIFY(port != 0);

    PortChecker checker;
    QObject::connect(&checker, &PortChecker::resultReady, &model,
                     [&model](const PortCheckResult &result) { model.portChecked(result.status == PortStatus::Open); });
    PortCheckRequest request;
    request.host = classmate.toString();
    request.ports = { port };
    checker.start(request);
    QTRY_VERIFY(model.isDone(GuidedExercises::MachinePortCheck));

    LoopbackCapture capture(&model, QStringLiteral("tcp port %1").arg(port),
                            [&model](const CapturedPacketBatch &batch) { model.applyPackets(LabMode::TcpClient, batch); });
    QVERIFY(capture.waitStarted());
    TcpClientSession client;
    feed(&client, &model, LabMode::TcpClient);
    TcpClientConfig clientConfig;
    clientConfig.host = classmate.toString();
    clientConfig.port = port;
    client.connectClients(clientConfig, 1);
    QTRY_VERIFY(model.isDone(GuidedExercises::MachineConnectToClassmate));
    QTRY_VERIFY(model.isDone(GuidedExercises::MachineCaptured));
    QVERIFY(model.isExerciseDone(GuidedExercises::AnotherMachineExercise));
    QVERIFY(!model.isDone(GuidedExercises::MachineAllInterfaces));
    QCOMPARE(model.doneCount(), 4);
    client.disconnectAll();
    classmateServer.stop();
}

QTEST_GUILESS_MAIN(tst_GuidedExercises)
#include "tst_guidedexercises.moc"
