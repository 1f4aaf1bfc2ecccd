// The headless command line, as teachers script it: the real socketlab binary, real sockets.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
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

private:
    static quint16 freePort();
    static QList<QJsonObject> jsonLines(const QByteArray &output);
};

namespace {
const QString kBinary = QStringLiteral(SOCKETLAB_BINARY);

// Waits for the process to print a line that contains marker (the server is ready).
bool waitForOutput(QProcess &process, const QByteArray &marker, QByteArray &seen)
{
    for (int i = 0; i < 100; ++i) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
        if (seen.contains(marker))
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}
} // namespace

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

void tst_Headless::jsonEventsForAnExchange()
{
    const quint16 port = freePort();
    QProcess server;
    server.start(kBinary, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-multi"),
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
    server.terminate();
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
    server.start(kBinary, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-simple"),
                            QStringLiteral("--port"), QString::number(port), QStringLiteral("--lang"), QStringLiteral("pt_BR") });
    QByteArray output;
    QVERIFY2(waitForOutput(server, QString::number(port).toUtf8(), output), output.constData());
    QVERIFY2(QString::fromUtf8(output).contains(QStringLiteral("Escutando")), output.constData());
    server.terminate();
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
    server.start(kBinary, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-simple"),
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
    QTest::newRow("pt_BR port") << QStringList { "--headless", "--mode", "tcp-multi", "--lang", "pt_BR", "--port", "x" }
                                << "Porta inválida";
}

void tst_Headless::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    process.start(kBinary, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(expected), qPrintable(errors));
}

void tst_Headless::sigtermStopsCleanly()
{
    const quint16 port = freePort();
    QProcess server;
    server.start(kBinary, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-simple"),
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

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
