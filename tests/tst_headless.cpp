// The headless command line, as teachers script it: the real socketlab binary, real sockets.
#include "network/nativesocket.h"
#include "tests/support/socketlabprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QTest>

#include <csignal>


class tst_Headless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonEventsForAnExchange();
    void textOutputByDefault();
    void portInUseExitsWithOne_data();
    void portInUseExitsWithOne();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void sigtermStopsCleanly();
    void tcpClientSendsAndExits();
    void tcpClientSendsStandardInputLines();
    void tcpClientOpensSeveralConnections();
    void udpClientAgainstCourseServer();
    void udpServerAnswersDatagrams();
    void clientFailuresExitWithOne_data();
    void clientFailuresExitWithOne();
    void serverRestartsRightAfterStop();
    void udpBurstSummaryCountsWhatArrived();
    void tcpBurstArrivesWhole();
    void helpAndVersionNeedNoDisplay();
    void headlessReport();
    void maxClientsClosesTheNextClient();
    void windowWritesStatisticsAtExit();
    void aClientsResetIsReportedAsReset_data();
    void aClientsResetIsReportedAsReset();
    void clientLeavesAfterEveryReply_data();
    void clientLeavesAfterEveryReply();

private:
    static quint16 freePort();
    // Starts a course-style python3 peer that prints its port first; returns that port.
    static quint16 startPeer(QProcess &peer, const QString &script, const QString &host = QStringLiteral("127.0.0.1"));
    // Runs socketlab to its end (it must end by itself), feeding input on stdin.
    static QByteArray runToEnd(QProcess &process, const QStringList &arguments, const QByteArray &input = {});
    static QList<QJsonObject> jsonLines(const QByteArray &output);
    // The last JSON event of that name ("closed", "burst"...); empty if none.
    static QJsonObject lastEvent(const QByteArray &output, const QString &name);
    // Connects client to a headless server on port and waits for its "accepted" line.
    static bool connectAndWaitForAccept(QProcess &server, quint16 port, QTcpSocket &client, QByteArray &output);
};

using socketlabprocess::waitForOutput;

quint16 tst_Headless::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed when probe goes; the kernel will not reuse it at once
}

QList<QJsonObject> tst_Headless::jsonLines(const QByteArray &output)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : output.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s", line.constData());
        objects.append(document.object());
    }
    return objects;
}

QJsonObject tst_Headless::lastEvent(const QByteArray &output, const QString &name)
{
    QJsonObject last;
    for (const QJsonObject &event : jsonLines(output)) {
        if (event.value(QStringLiteral("event")).toString() == name)
            last = event;
    }
    return last;
}

bool tst_Headless::connectAndWaitForAccept(QProcess &server, quint16 port, QTcpSocket &client, QByteArray &output)
{
    client.connectToHost(QHostAddress::LocalHost, port);
    return client.waitForConnected(5000) && waitForOutput(server, "\"accepted\"", output);
}

void tst_Headless::jsonEventsForAnExchange()
{
    const quint16 port = freePort();
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-multi"),
                            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QString::number(port), QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en") });
    QByteArray output;
    QVERIFY2(waitForOutput(server, "\"listening\"", output), output.constData());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    const quint16 clientPort = client.localPort();
    client.write("Hello, world");
    QTRY_VERIFY(client.bytesAvailable() >= 12 || client.waitForReadyRead(100));
    QCOMPARE(client.readAll(), QByteArray("HELLO, WORLD"));
    client.disconnectFromHost();
    QVERIFY(waitForOutput(server, "\"closed\"", output));
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    output += server.readAllStandardOutput();
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);

    const QList<QJsonObject> events = jsonLines(output);
    QStringList names;
    for (const QJsonObject &event : events)
        names.append(event.value(QStringLiteral("event")).toString());
    QCOMPARE(names, QStringList({ "listening", "accepted", "received", "sent", "closed", "stopped" }));

    const QString server4 = QStringLiteral("127.0.0.1:%1").arg(port);
    const QString client4 = QStringLiteral("127.0.0.1:%1").arg(clientPort);
    QCOMPARE(events[0].value("local").toString(), server4);
    QVERIFY(events[0].value("connection").isNull());
    const QJsonObject received = events[2];
    QCOMPARE(received.value("connection").toInt(), 1);
    QCOMPARE(received.value("local").toString(), server4);
    QCOMPARE(received.value("remote").toString(), client4);
    QCOMPARE(received.value("text").toString(), QStringLiteral("Hello, world"));
    QCOMPARE(received.value("bytes").toInt(), 12);
    QCOMPARE(events[3].value("text").toString(), QStringLiteral("HELLO, WORLD"));
    QCOMPARE(events[4].value("reason").toString(), QStringLiteral("closed-by-peer"));
    for (const QJsonObject &event : events)
        QVERIFY2(QDateTime::fromString(event.value("time").toString(), Qt::ISODateWithMs).isValid(),
                 qPrintable(event.value("time").toString()));
}

void tst_Headless::textOutputByDefault()
{
    const quint16 port = freePort();
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-simple"),
                            QStringLiteral("--port"), QString::number(port), QStringLiteral("--lang"), QStringLiteral("pt_BR") });
    QByteArray output;
    QVERIFY2(waitForOutput(server, QString::number(port).toUtf8(), output), output.constData());
    QVERIFY2(QString::fromUtf8(output).contains(QStringLiteral("Escutando")), output.constData());
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitCode(), 0);
}

void tst_Headless::portInUseExitsWithOne_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en" << "port %1 is already in use";
    QTest::newRow("pt_BR") << "pt_BR" << "a porta %1 já está em uso";
}

void tst_Headless::portInUseExitsWithOne()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-simple"),
                            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QString::number(occupant.serverPort()), QStringLiteral("--json"),
                            QStringLiteral("--lang"), language });
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 1);
    const QString errors = QString::fromUtf8(server.readAllStandardError());
    QVERIFY2(errors.contains(expected.arg(occupant.serverPort())), qPrintable(errors));
    const QList<QJsonObject> events = jsonLines(server.readAllStandardOutput());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].value("event").toString(), QStringLiteral("error"));
    QCOMPARE(events[0].value("error").toString(), QStringLiteral("address-in-use"));
}

void tst_Headless::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QStringList base = { "--headless", "--mode", "tcp-multi", "--lang", "en" };
    QTest::newRow("port letters") << base + QStringList { "--port", "abc" } << "Invalid port";
    QTest::newRow("port 0") << base + QStringList { "--port", "0" } << "Invalid port";
    QTest::newRow("port 65536") << base + QStringList { "--port", "65536" } << "Invalid port";
    QTest::newRow("port -1") << base + QStringList { "--port", "-1" } << "Invalid port";
    QTest::newRow("bad address") << base + QStringList { "--bind", "999.1.1.1" } << "Invalid address";
    QTest::newRow("bad mode") << QStringList { "--headless", "--mode", "tcp-huge", "--lang", "en" } << "Unknown mode";
    QTest::newRow("no mode") << QStringList { "--headless", "--lang", "en" } << "--headless needs --mode";
    QTest::newRow("bad reply") << base + QStringList { "--reply", "shout" } << "Unknown reply";
    QTest::newRow("max-clients 0") << base + QStringList { "--max-clients", "0" } << "--max-clients takes a number";
    QTest::newRow("max-clients 10001") << base + QStringList { "--max-clients", "10001" } << "--max-clients takes a number";
    QTest::newRow("max-clients letters") << base + QStringList { "--max-clients", "many" } << "--max-clients takes a number";
    QTest::newRow("max-clients simple") << QStringList { "--headless", "--mode", "tcp-simple", "--lang", "en", "--max-clients", "5" }
                                        << "--max-clients takes a number";
    QTest::newRow("max-clients client") << QStringList { "--headless", "--mode", "tcp-client", "--lang", "en", "--max-clients", "5" }
                                        << "--max-clients is for the server modes";
    // No mode at all: once read through an empty std::optional (undefined behaviour).
    QTest::newRow("rcvbuf without mode") << QStringList { "--headless", "--lang", "en", "--rcvbuf", "4096" } << "--rcvbuf takes a size";
    QTest::newRow("clients without mode") << QStringList { "--headless", "--lang", "en", "--clients", "3" } << "--clients";
    QTest::newRow("stats-file headless") << base + QStringList { "--stats-file", "/tmp/socketlab-stats.json" }
                                         << "--stats-file is for the window";
    QTest::newRow("stats-file no folder") << QStringList { "--mode", "tcp-multi", "--lang", "en", "--stats-file", "/nonexistent-dir/s.json" }
                                          << "--stats-file needs a file in an existing folder";
    const QStringList client = { "--headless", "--mode", "tcp-client", "--lang", "en", "--host" };
    QTest::newRow("host with port") << client + QStringList { "127.0.0.1:65432" } << "The port goes in its own field";
    QTest::newRow("host 65536") << client + QStringList { "65536" } << "This is not an IP address";
    QTest::newRow("host 1.2.3.4.5") << client + QStringList { "1.2.3.4.5" } << "This is not an IP address";
    QTest::newRow("host -1") << client + QStringList { "-1" } << "A host name has only letters";
    QTest::newRow("host 0.0.0.0") << client + QStringList { "0.0.0.0" } << "mean \"any address\"";
    QTest::newRow("host spaces") << client + QStringList { "my host" } << "Invalid host";
    QTest::newRow("pt_BR port") << QStringList { "--headless", "--mode", "tcp-multi", "--lang", "pt_BR", "--port", "x" }
                                << "Porta inválida";
}

void tst_Headless::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    socketlabprocess::start(process, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(expected), qPrintable(errors));
}

void tst_Headless::sigtermStopsCleanly()
{
    const quint16 port = freePort();
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-simple"),
                            QStringLiteral("--port"), QString::number(port), QStringLiteral("--json") });
    QByteArray output;
    QVERIFY(waitForOutput(server, "\"listening\"", output));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(waitForOutput(server, "\"accepted\"", output));
    ::kill(pid_t(server.processId()), SIGINT);
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    output += server.readAllStandardOutput();
    const QList<QJsonObject> events = jsonLines(output);
    QVERIFY(events.size() >= 4);
    QCOMPARE(events.at(events.size() - 2).value("reason").toString(), QStringLiteral("server-stopped"));
    QCOMPARE(events.last().value("event").toString(), QStringLiteral("stopped"));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
}

quint16 tst_Headless::startPeer(QProcess &peer, const QString &script, const QString &host)
{
    peer.start(QStringLiteral("python3"), { QFINDTESTDATA(QStringLiteral("peers/") + script), host });
    if (!peer.waitForReadyRead(5000))
        return 0;
    return quint16(peer.readLine().trimmed().toUInt());
}

QByteArray tst_Headless::runToEnd(QProcess &process, const QStringList &arguments, const QByteArray &input)
{
    socketlabprocess::start(process, arguments);
    process.waitForStarted(5000);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(15000);
    return process.readAllStandardOutput();
}

void tst_Headless::tcpClientSendsAndExits()
{
    QProcess peer;
    const quint16 port = startPeer(peer, QStringLiteral("course_tcp_echo_server.py"));
    QVERIFY(port);
    QProcess client;
    const QByteArray output = runToEnd(client, { "--headless", "--mode", "tcp-client", "--host", "127.0.0.1", "--port",
                                                 QString::number(port), "--send", "Hello, world", "--json" });
    QCOMPARE(client.exitCode(), 0);
    const QList<QJsonObject> events = jsonLines(output);
    QStringList names;
    for (const QJsonObject &event : events)
        names.append(event.value("event").toString());
    QCOMPARE(names.mid(0, 5), QStringList({ "resolving", "connecting", "connected", "sent", "received" }));
    QCOMPARE(events[2].value("remote").toString(), QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY(events[2].value("local").toString().startsWith(QStringLiteral("127.0.0.1:")));
    QCOMPARE(events[4].value("text").toString(), QStringLiteral("Hello, world"));
    QCOMPARE(events.last().value("event").toString(), QStringLiteral("closed"));
    peer.kill();
    peer.waitForFinished();
}

void tst_Headless::tcpClientSendsStandardInputLines()
{
    QProcess peer;
    const quint16 port = startPeer(peer, QStringLiteral("course_tcp_echo_server.py"), QStringLiteral("::1"));
    QVERIFY(port);
    QProcess client;
    const QByteArray output = runToEnd(client, { "--headless", "--mode", "tcp-client", "--host", "::1", "--port",
                                                 QString::number(port), "--json" },
                                       "primeira linha\nsegunda linha\n");
    QCOMPARE(client.exitCode(), 0);
    QByteArray sent;
    QByteArray received;
    for (const QJsonObject &event : jsonLines(output)) {
        if (event.value("event").toString() == QLatin1String("sent"))
            sent += event.value("text").toString().toUtf8();
        if (event.value("event").toString() == QLatin1String("received"))
            received += event.value("text").toString().toUtf8();
        if (event.value("event").toString() == QLatin1String("connected"))
            QCOMPARE(event.value("remote").toString(), QStringLiteral("[::1]:%1").arg(port));
    }
    QCOMPARE(sent, QByteArray("primeira linha\nsegunda linha\n"));
    QCOMPARE(received, sent);
    peer.kill();
    peer.waitForFinished();
}

void tst_Headless::tcpClientOpensSeveralConnections()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QProcess client;
    socketlabprocess::start(client, { "--headless", "--mode", "tcp-client", "--port", QString::number(server.serverPort()),
                            "--clients", "5", "--json" });
    QVERIFY(client.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(client.readAllStandardOutput().count("\"connected\"") >= 0 && server.hasPendingConnections(), 5000);
    QSet<quint16> peers;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            peers.insert(socket->peerPort());
        return peers.size() == 5;
    }(), 5000);
    client.closeWriteChannel(); // end of input: the client closes and exits
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitCode(), 0);
}

void tst_Headless::udpClientAgainstCourseServer()
{
    QProcess peer;
    const quint16 port = startPeer(peer, QStringLiteral("course_udp_server.py"));
    QVERIFY(port);
    QProcess client;
    const QByteArray output = runToEnd(client, { "--headless", "--mode", "udp-client", "--port", QString::number(port),
                                                 "--send", "hello, udp", "--json" });
    QCOMPARE(client.exitCode(), 0);
    const QList<QJsonObject> events = jsonLines(output);
    QStringList names;
    for (const QJsonObject &event : events)
        names.append(event.value("event").toString());
    QCOMPARE(names, QStringList({ "resolving", "bound", "sent", "received", "stopped" }));
    QCOMPARE(events[3].value("text").toString(), QStringLiteral("HELLO, UDP")); // the course's bytes.upper()
    QCOMPARE(events[1].value("local").toString(), events[3].value("local").toString());
    peer.kill();
    peer.waitForFinished();
}

void tst_Headless::udpServerAnswersDatagrams()
{
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 port = probe.localPort();
    probe.close();
    QProcess server;
    socketlabprocess::start(server, { "--headless", "--mode", "udp-server", "--bind", "127.0.0.1", "--port", QString::number(port), "--json" });
    QByteArray output;
    QVERIFY2(waitForOutput(server, "\"listening\"", output), output.constData());
    QProcess peer;
    peer.start(QStringLiteral("python3"), { QFINDTESTDATA("peers/course_udp_client.py"), QStringLiteral("127.0.0.1"),
                                            QString::number(port) });
    QVERIFY(peer.waitForFinished(10000));
    QVERIFY(peer.readAllStandardOutput().endsWith("Received b'HELLO, WORLD'\n"));
    QVERIFY(waitForOutput(server, "\"sent\"", output));
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitCode(), 0);
    output += server.readAllStandardOutput();
    QStringList names;
    for (const QJsonObject &event : jsonLines(output))
        names.append(event.value("event").toString());
    QCOMPARE(names, QStringList({ "listening", "received", "sent", "stopped" }));
}

void tst_Headless::clientFailuresExitWithOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString closedPort = QString::number(freePort());
    QTest::newRow("tcp refused") << QStringList { "--mode", "tcp-client", "--port", closedPort, "--send", "x" }
                                 << QStringLiteral("connection refused");
    // A 64-character label is no valid name: it fails here, no DNS query leaves the machine.
    QTest::newRow("tcp host not found") << QStringList { "--mode", "tcp-client", "--host", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.invalid" }
                                        << QStringLiteral("host not found");
    QTest::newRow("udp port unreachable") << QStringList { "--mode", "udp-client", "--port", closedPort, "--send", "x" }
                                          << QStringLiteral("Nothing is listening on port ") + closedPort;
}

void tst_Headless::clientFailuresExitWithOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    if (socketlabprocess::underWine() && QByteArray(QTest::currentDataTag()) == "udp port unreachable")
        QSKIP("Wine 8 stubs SIO_UDP_CONNRESET: the ICMP port unreachable never reaches a Windows UDP socket there.");
    QProcess client;
    runToEnd(client, QStringList { "--headless", "--lang", "en" } + arguments);
    QCOMPARE(client.exitCode(), 1);
    const QString errors = QString::fromUtf8(client.readAllStandardError());
    QVERIFY2(errors.contains(expected), qPrintable(errors));
}

void tst_Headless::serverRestartsRightAfterStop()
{
    // The server closes first, so its side of the connection sits in TIME-WAIT; the port must
    // still be free for a restart at once (SO_REUSEADDR), not "address already in use".
    const quint16 port = freePort();
    const QStringList arguments { "--headless", "--mode", "tcp-multi", "--bind", "127.0.0.1", "--port", QString::number(port), "--json" };
    for (int run = 0; run < 2; ++run) {
        QProcess server;
        socketlabprocess::start(server, arguments);
        QByteArray output;
        QVERIFY2(waitForOutput(server, "\"listening\"", output), output.constData());
        QTcpSocket client;
        QVERIFY(connectAndWaitForAccept(server, port, client, output));
        socketlabprocess::stop(server); // closes the connection from the server's side first
        QVERIFY(server.waitForFinished(5000));
        QCOMPARE(server.exitCode(), 0);
        QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    }
}

void tst_Headless::udpBurstSummaryCountsWhatArrived()
{
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.localPort());
    probe.close();
    QProcess server;
    socketlabprocess::start(server, { "--headless", "--mode", "udp-server", "--bind", "127.0.0.1", "--port", port,
                            "--rcvbuf", "2048", "--reply", "none", "--json" });
    QByteArray output;
    QVERIFY2(waitForOutput(server, "\"listening\"", output), output.constData());
    QProcess client;
    runToEnd(client, { "--headless", "--mode", "udp-client", "--port", port, "--burst", "5000", "--json" });
    QCOMPARE(client.exitCode(), 0);
    QVERIFY2(waitForOutput(server, "\"burst\"", output), "the server printed no burst summary");
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    output += server.readAllStandardOutput();

    // Each summary counts what arrived before it (a late datagram reopens the burst and a new
    // summary follows): compare the last one with the arrivals printed before it.
    qint64 arrived = 0;
    qint64 arrivedBeforeSummary = 0;
    QJsonObject burst;
    for (const QJsonObject &event : jsonLines(output)) {
        if (event.value("event").toString() == QLatin1String("received"))
            ++arrived;
        if (event.value("event").toString() == QLatin1String("burst")) {
            burst = event;
            arrivedBeforeSummary = arrived;
        }
    }
    arrived = arrivedBeforeSummary;
    // What the summary says is what the output shows arriving: nothing invented.
    QCOMPARE(burst.value("total").toInteger(), 5000);
    QCOMPARE(burst.value("received").toInteger(), arrived);
    QCOMPARE(burst.value("missing").toInteger(), 5000 - arrived);
    QCOMPARE(burst.value("duplicates").toInteger(), 0);
    qInfo("UDP burst of 5000 into a 2 KiB receive buffer: %lld arrived", arrived);
}

void tst_Headless::tcpBurstArrivesWhole()
{
    const QString port = QString::number(freePort());
    QProcess server;
    socketlabprocess::start(server, { "--headless", "--mode", "tcp-multi", "--bind", "127.0.0.1", "--port", port,
                            "--reply", "none", "--json" });
    QByteArray output;
    QVERIFY2(waitForOutput(server, "\"listening\"", output), output.constData());
    QProcess client;
    runToEnd(client, { "--headless", "--mode", "tcp-client", "--port", port, "--burst", "10000" });
    QCOMPARE(client.exitCode(), 0);
    QVERIFY2(waitForOutput(server, "\"burst\"", output), "the server printed no burst summary");
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    output += server.readAllStandardOutput();
    QJsonObject burst;
    for (const QJsonObject &event : jsonLines(output)) {
        if (event.value("event").toString() == QLatin1String("burst"))
            burst = event;
    }
    QCOMPARE(burst.value("total").toInteger(), 10000);
    QCOMPARE(burst.value("received").toInteger(), 10000);
    QCOMPARE(burst.value("missing").toInteger(), 0);
    QCOMPARE(burst.value("out_of_order").toInteger(), 0);
}

void tst_Headless::helpAndVersionNeedNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &option : { QStringLiteral("--version"), QStringLiteral("--help") }) {
        QProcess process;
        process.setProcessEnvironment(environment);
        socketlabprocess::start(process, { option });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray output = process.readAllStandardOutput();
        QVERIFY2(output.contains(option == QLatin1String("--version") ? QByteArray("socketlab " SOCKETLAB_VERSION) : QByteArray("--headless")),
                 output.constData());
    }
}

void tst_Headless::headlessReport()
{
    QTemporaryDir reports;
    const quint16 port = freePort();
    QProcess server;
    socketlabprocess::start(server, { "--headless", "--mode", "tcp-multi", "--bind", "127.0.0.1", "--port", QString::number(port),
                            "--report", reports.path(), "--lang", "en" });
    QByteArray output;
    QVERIFY2(waitForOutput(server, QString::number(port).toUtf8(), output), output.constData());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("report me");
    QTRY_COMPARE(client.bytesAvailable(), qint64(9));
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(QString::fromUtf8(server.readAllStandardError()).contains(QStringLiteral("Lab report written to")));
    const QStringList folders = QDir(reports.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    QFile readme(QDir(reports.path()).filePath(folders.constFirst() + QStringLiteral("/README.md")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(readme.readAll());
    QVERIFY(markdown.contains(QStringLiteral("report me")));
    QVERIFY(markdown.contains(QStringLiteral("REPORT ME")));
    QVERIFY(markdown.contains(QString::number(client.localPort())) || markdown.contains(QStringLiteral("| 1 |")));
}


void tst_Headless::maxClientsClosesTheNextClient()
{
    const quint16 port = freePort();
    QProcess server;
    socketlabprocess::start(server, { "--headless", "--mode", "tcp-multi", "--bind", "127.0.0.1", "--port", QString::number(port),
                            "--max-clients", "1", "--json", "--lang", "en" });
    QByteArray output;
    QVERIFY2(waitForOutput(server, "\"listening\"", output), output.constData());
    QTcpSocket first;
    first.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(first.waitForConnected(5000));
    QVERIFY(waitForOutput(server, "\"accepted\"", output));
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(second.waitForConnected(5000));
    const quint16 secondPort = second.localPort();
    QTRY_COMPARE(second.state(), QAbstractSocket::UnconnectedState); // closed at once by the server
    QVERIFY(waitForOutput(server, "its limit", output));
    first.write("still served");
    QVERIFY(first.waitForReadyRead(5000));
    QCOMPARE(first.readAll(), QByteArray("STILL SERVED"));
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    output += server.readAllStandardOutput();
    int accepted = 0;
    QJsonObject limitNote;
    for (const QJsonObject &event : jsonLines(output)) {
        accepted += event.value("event").toString() == QLatin1String("accepted");
        if (event.value("event").toString() == QLatin1String("note"))
            limitNote = event;
    }
    QCOMPARE(accepted, 1);
    QCOMPARE(limitNote.value("remote").toString(), QStringLiteral("127.0.0.1:%1").arg(secondPort));
    QVERIFY2(limitNote.value("text").toString().contains(QLatin1String("already has 1 client")),
             qPrintable(limitNote.value("text").toString()));
}

void tst_Headless::windowWritesStatisticsAtExit()
{
    // The window (offscreen) started from the command line, stopped with SIGTERM as the
    // benchmark does: the statistics file says what the page saw and how the window kept up.
    if (socketlabprocess::underWine())
        QSKIP("Under Wine, SIGINT ends the window (not headless) process abnormally: no console Ctrl+C reaches it.");
    QTemporaryDir dir;
    const QString statsPath = dir.filePath(QStringLiteral("stats.json"));
    const quint16 port = freePort();
    QProcess window;
    socketlabprocess::startWindow(window, { "--mode", "tcp-multi", "--bind", "127.0.0.1", "--port", QString::number(port), "--reply", "echo",
                                  "--stats-file", statsPath, "--lang", "en" }, dir.filePath(QStringLiteral("config")));
    QTcpSocket client;
    // The window takes a moment to start listening.
    QVERIFY(socketlabprocess::connectWhenListening(client, port));
    client.write("twelve bytes");
    QByteArray echoed;
    while (echoed.size() < 12 && client.waitForReadyRead(5000))
        echoed += client.readAll();
    QCOMPARE(echoed, QByteArray("twelve bytes"));
    client.disconnectFromHost();
    QTest::qWait(300); // the batch reaches the page (30 per second)
    ::kill(pid_t(window.processId()), SIGTERM);
    QVERIFY(window.waitForFinished(10000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);

    QFile file(statsPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(stats.value("first_frame_ms").toInteger() > 0);
    const QJsonObject stall = stats.value("stall").toObject();
    QVERIFY(stall.value("samples").toInteger() > 0);
    QVERIFY(stall.value("max_ms").toDouble() >= stall.value("p99_ms").toDouble());
    const QJsonObject page = stats.value("pages").toObject().value("tcp-multi").toObject();
    QCOMPARE(page.value("received_events").toInteger(), 1);
    QCOMPARE(page.value("received_bytes").toInteger(), 12);
    QCOMPARE(page.value("sent_bytes").toInteger(), 12);
    QCOMPARE(page.value("connections_total").toInteger(), 1);
    QCOMPARE(page.value("connections_peak").toInteger(), 1);
    QCOMPARE(page.value("table_rows").toInteger(), 1);
    QVERIFY(page.value("log_rows").toInteger() >= 4); // listening, accepted, received, sent, closed
    QCOMPARE(page.value("log_dropped").toInteger(), 0);
}

void tst_Headless::aClientsResetIsReportedAsReset_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("words");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("reset by the peer (RST)");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("encerrada com RST");
}

// A client that closes with SO_LINGER 0 sends RST: the JSON says reset-by-peer (closed-by-peer
// stays the FIN's), and the sentence says RST in both languages.
void tst_Headless::aClientsResetIsReportedAsReset()
{
    if (socketlabprocess::underWine())
        QSKIP("Windows keeps no second descriptor of a connection: a peer's RST, which Qt reads as the end of the stream, is reported as an orderly close there (README, Windows).");
    QFETCH(QString, language);
    QFETCH(QString, words);
    const quint16 port = freePort();
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-multi"),
                            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QString::number(port), QStringLiteral("--json"), QStringLiteral("--lang"), language });
    QByteArray output;
    QVERIFY2(waitForOutput(server, "\"listening\"", output), output.constData());

    QTcpSocket client;
    QVERIFY(connectAndWaitForAccept(server, port, client, output));
    NativeSocket::resetOnClose(client.socketDescriptor());
    client.abort();
    QVERIFY(waitForOutput(server, "\"closed\"", output));
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    output += server.readAllStandardOutput();

    const QJsonObject closed = lastEvent(output, QStringLiteral("closed"));
    QCOMPARE(closed.value("reason").toString(), QStringLiteral("reset-by-peer"));
    QVERIFY2(closed.value("text").toString().contains(words), qPrintable(closed.value("text").toString()));
}

void tst_Headless::clientLeavesAfterEveryReply_data()
{
    QTest::addColumn<bool>("courseEcho"); // else SocketLab's upper-case multi-client server
    QTest::addColumn<QString>("framing"); // the server's
    QTest::newRow("course echo server, raw") << true << QStringLiteral("raw");
    QTest::newRow("course echo server, line") << true << QStringLiteral("line");
    QTest::newRow("upper-case multi server, raw") << false << QStringLiteral("raw");
    QTest::newRow("upper-case multi server, line") << false << QStringLiteral("line");
}

// At end of input the client leaves only once the replies to everything it sent (a burst too)
// are in: every byte comes back, and the server sees an orderly close, never a client that
// vanished mid-reply (a close with replies unread is a RST, which kills the course's server).
void tst_Headless::clientLeavesAfterEveryReply()
{
    QFETCH(bool, courseEcho);
    QFETCH(QString, framing);
    QProcess server;
    QByteArray serverOutput;
    quint16 port = 0;
    if (courseEcho) {
        port = startPeer(server, QStringLiteral("course_tcp_echo_server.py"));
    } else {
        port = freePort();
        socketlabprocess::start(server, { "--headless", "--mode", "tcp-multi", "--bind", "127.0.0.1", "--port",
                                          QString::number(port), "--reply", "upper", "--framing", framing, "--json" });
        QVERIFY2(waitForOutput(server, "\"listening\"", serverOutput), serverOutput.constData());
    }
    QVERIFY(port);
    QProcess client;
    const QByteArray output = runToEnd(client, { "--headless", "--mode", "tcp-client", "--host", "127.0.0.1", "--port",
                                                 QString::number(port), "--burst", "3000",
                                                 "--json" }, "first line\nsecond line\n");
    QCOMPARE(client.exitCode(), 0);
    qint64 sent = 0;
    qint64 received = 0;
    for (const QJsonObject &event : jsonLines(output)) {
        const QString name = event.value("event").toString();
        if (name == QLatin1String("sent"))
            sent += event.value("bytes").toInteger();
        else if (name == QLatin1String("received"))
            received += event.value("bytes").toInteger(); // the client reads raw: every byte counts
    }
    QVERIFY(sent > 3000);
    QCOMPARE(received, sent); // every reply arrived before the client left

    if (courseEcho) {
        QTest::qWait(300);
        QCOMPARE(server.state(), QProcess::Running); // no ConnectionResetError killed it
        return;
    }
    QVERIFY(waitForOutput(server, "\"closed\"", serverOutput));
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    serverOutput += server.readAllStandardOutput();
    QCOMPARE(lastEvent(serverOutput, QStringLiteral("closed")).value("reason").toString(), QStringLiteral("closed-by-peer"));
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
