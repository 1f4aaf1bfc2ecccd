// Nothing lost (issue 8, point 5): under floods and churn, every message the app received is a
// row of the log or counted as dropped by the log's cap, and every byte is counted in the
// table, asserted exactly, for TCP and UDP, in the models and in the headless JSON output.
#include "model/messagelogmodel.h"
#include "model/peertablemodel.h"
#include "network/udpsession.h"
#include "tests/support/rawtcppeer.h"
#include "tests/support/serverlab.h"
#include "tests/support/socketlabprocess.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <atomic>
#include <functional>
#include <memory>
#include <random>
#include <thread>
#include <vector>

namespace {


// What one event looked like to the log: enough to check that its row is the right one.
struct Signature
{
    EventKind kind;
    int connectionId;
    qint64 bytes;
};

MessageLogModel::Direction directionOf(EventKind kind)
{
    if (kind == EventKind::Received)
        return MessageLogModel::ReceivedDirection;
    if (kind == EventKind::Sent)
        return MessageLogModel::SentDirection;
    return MessageLogModel::SystemDirection;
}

// Datagrams the kernel dropped on the UDP socket bound to port (its receive buffer was full):
// the "drops" column of /proc/net/udp. -1 when it cannot be read.
qint64 kernelUdpDrops(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/udp"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray local = QByteArray("0100007F:") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 12 && fields.at(1) == local)
            return fields.constLast().toLongLong();
    }
    return -1;
}

// A flood client: writes its bytes at once, reads the echo back as it comes.
struct FloodClient
{
    QTcpSocket socket;
    quint16 port = 0; // its ephemeral port, kept: a closed socket forgets it
    QByteArray sent;
    QByteArray echoed;
};

} // namespace

class tst_NothingLost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tcpFloodDuringChurn();
    void udpFloodCountedExactly();
    void headlessJsonUnderFlood();
    void headlessJsonUnderChurn();
};

// 50 clients send 512 KiB each in raw framing and read their echo, while another peer opens and
// closes 2,000 connections. The log is capped at 1,000 rows: it keeps exactly the newest events
// and counts the others; the table counts every byte both ways.
void tst_NothingLost::tcpFloodDuringChurn()
{
    constexpr int kLogCap = 1000;
    constexpr int kClients = 50;
    constexpr int kChurn = 2000;
    constexpr int kBytesPerClient = 512 * 1024;

    ServerLab lab(kLogCap);
    QList<Signature> signatures;
    QObject receiver;
    connect(lab.session, &TcpServerSession::eventsReady, &receiver, [&signatures](const LabEventBatch &batch) {
        for (const LabEvent &event : batch)
            signatures.append({ event.kind, event.connectionId, event.payload.size() });
    });
    qint64 lastDroppedShown = 0;
    connect(&lab.log, &MessageLogModel::droppedCountChanged, &receiver, [&lastDroppedShown](qint64 dropped) {
        lastDroppedShown = dropped;
    });
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, FramingMode::Raw);
    QVERIFY(port != 0);

    std::atomic<int> churned { 0 };
    std::thread churn([port, &churned] {
        for (int i = 0; i < kChurn; ++i) {
            RawTcpPeer peer;
            if (peer.connectTo(port))
                ++churned;
        }
    });

    std::vector<std::unique_ptr<FloodClient>> clients;
    std::minstd_rand random(8); // the same bytes every run
    for (int i = 0; i < kClients; ++i) {
        auto client = std::make_unique<FloodClient>();
        client->sent.resize(kBytesPerClient);
        for (char &byte : client->sent)
            byte = char(random() >> 8);
        FloodClient *raw = client.get();
        connect(&raw->socket, &QTcpSocket::connected, &raw->socket, [raw] {
            raw->port = raw->socket.localPort();
            raw->socket.write(raw->sent);
        });
        connect(&raw->socket, &QTcpSocket::readyRead, &raw->socket, [raw] { raw->echoed += raw->socket.readAll(); });
        raw->socket.connectToHost(QHostAddress::LocalHost, port);
        clients.push_back(std::move(client));
    }
    auto allEchoed = [&clients] {
        for (const auto &client : clients) {
            if (client->echoed.size() < client->sent.size())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allEchoed(), 60000);
    churn.join();
    QCOMPARE(churned.load(), kChurn);
    for (const auto &client : clients) {
        QVERIFY(client->echoed == client->sent);
        client->socket.disconnectFromHost();
    }

    auto accounted = [&lab] {
        return lab.tally.count(EventKind::Closed) + lab.tally.notesOf(NoteKind::ClientLimitReached).size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(accounted(), qint64(kClients + kChurn), 30000);
    QTRY_COMPARE(lab.table.openCount(), 0);

    // Every flood client: its bytes, both ways, in its row; its messages as many as its events.
    for (const auto &client : clients) {
        const int id = lab.connectionFrom(client->port);
        QVERIFY(id > 0);
        QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesInColumn), qint64(kBytesPerClient));
        QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesOutColumn), qint64(kBytesPerClient));
        QCOMPARE(lab.tableValue(id, ConnectionTableModel::MessagesInColumn), lab.tally.receivedMessages.value(id));
    }
    const qint64 turnedAway = lab.tally.notesOf(NoteKind::ClientLimitReached).size();
    QCOMPARE(lab.table.rowCount(), kClients + kChurn - turnedAway);
    QCOMPARE(lab.tally.count(EventKind::Accepted), qint64(lab.table.rowCount()));

    // The log: the newest kLogCap events, row for row; every older one counted, and said.
    QCOMPARE(qint64(signatures.size()), lab.tally.events);
    QCOMPARE(lab.log.rowCount(), kLogCap);
    QCOMPARE(lab.log.rowCount() + lab.log.droppedCount(), lab.tally.events);
    QCOMPARE(lastDroppedShown, lab.log.droppedCount());
    const qsizetype first = signatures.size() - kLogCap;
    for (int row = 0; row < kLogCap; ++row) {
        const Signature &expected = signatures.at(first + row);
        const QModelIndex index = lab.log.index(row);
        QCOMPARE(index.data(MessageLogModel::DirectionRole).toInt(), int(directionOf(expected.kind)));
        QCOMPARE(index.data(MessageLogModel::ConnectionIdRole).toInt(), expected.connectionId);
        if (expected.kind == EventKind::Received || expected.kind == EventKind::Sent)
            QCOMPARE(index.data(MessageLogModel::ByteCountRole).toLongLong(), expected.bytes);
    }
    qInfo("%d flood clients x %d bytes + %d churn connections: %lld events, %d batches, log %d rows + %lld "
          "dropped, %lld turned away",
          kClients, kBytesPerClient, kChurn, lab.tally.events, lab.batches, lab.log.rowCount(),
          lab.log.droppedCount(), turnedAway);
}

// 20 peers send 2,000 datagrams each as fast as they can to the UDP server, on its own thread.
// What the kernel dropped (its receive buffer was full) is read from /proc/net/udp; everything
// else was received by the app, and each of those is a row of the log and counted in the
// peer table, datagram for datagram and byte for byte.
void tst_NothingLost::udpFloodCountedExactly()
{
    constexpr int kPeers = 20;
    constexpr int kDatagramsPerPeer = 2000;

    QThread networkThread;
    auto *session = new UdpSession;
    session->moveToThread(&networkThread);
    connect(&networkThread, &QThread::finished, session, &QObject::deleteLater);
    PeerTableModel peers;
    MessageLogModel log;
    QAbstractItemModelTester peersTester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventTally tally;
    connect(session, &UdpSession::eventsReady, &peers, [&](const LabEventBatch &batch) {
        peers.applyBatch(batch); // as UdpServerPage::applyBatch: the table, then the log
        log.applyBatch(batch);
        tally.add(batch);
    });
    networkThread.start();
    auto cleanup = qScopeGuard([&] {
        QMetaObject::invokeMethod(session, [session] { session->stop(); }, Qt::BlockingQueuedConnection);
        networkThread.quit();
        networkThread.wait();
    });

    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Server);
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    config.reply = ReplyMode::None;
    QMetaObject::invokeMethod(session, [session, config] { session->start(config); }, Qt::QueuedConnection);
    QTRY_COMPARE(tally.count(EventKind::Listening), qint64(1));
    quint16 port = 0;
    QMetaObject::invokeMethod(session, [session, &port] { port = session->localEndpoint().port; },
                              Qt::BlockingQueuedConnection);
    QVERIFY(port != 0);
    const qint64 dropsBefore = kernelUdpDrops(port);
    QVERIFY2(dropsBefore >= 0, "no /proc/net/udp line for the server's socket");

    std::vector<std::unique_ptr<QUdpSocket>> senders;
    QHash<quint16, qint64> bytesSentFrom;
    for (int i = 0; i < kPeers; ++i) {
        auto sender = std::make_unique<QUdpSocket>();
        QVERIFY(sender->bind(QHostAddress::LocalHost, 0));
        senders.push_back(std::move(sender));
    }
    qint64 sent = 0;
    for (int n = 0; n < kDatagramsPerPeer; ++n) {
        for (int i = 0; i < kPeers; ++i) {
            const QByteArray datagram = QByteArray::number(n) + ':' + QByteArray(1 + (n * 37 + i * 11) % 1400, 'u');
            if (senders.at(i)->writeDatagram(datagram, QHostAddress::LocalHost, port) == datagram.size()) {
                ++sent;
                bytesSentFrom[senders.at(i)->localPort()] += datagram.size();
            }
        }
    }
    QCOMPARE(sent, qint64(kPeers) * kDatagramsPerPeer);

    auto accounted = [&] { return tally.count(EventKind::Received) + kernelUdpDrops(port) - dropsBefore; };
    QTRY_COMPARE_WITH_TIMEOUT(accounted(), sent, 30000);
    const qint64 received = tally.count(EventKind::Received);
    qInfo("%lld datagrams sent: %lld received by the app, %lld dropped by the kernel (receive buffer full)", sent,
          received, kernelUdpDrops(port) - dropsBefore);

    QCOMPARE(peers.rowCount(), kPeers);
    qint64 datagramsInTable = 0;
    for (int row = 0; row < peers.rowCount(); ++row) {
        const int id = peers.index(row, 0).data(PeerTableModel::PeerIdRole).toInt();
        const qint64 datagrams = peers.index(row, PeerTableModel::DatagramsInColumn).data(PeerTableModel::RawValueRole).toLongLong();
        const qint64 bytes = peers.index(row, PeerTableModel::BytesInColumn).data(PeerTableModel::RawValueRole).toLongLong();
        const quint16 peerPort = quint16(peers.index(row, PeerTableModel::PortColumn).data(PeerTableModel::RawValueRole).toUInt());
        QVERIFY(bytesSentFrom.contains(peerPort));
        QCOMPARE(datagrams, tally.receivedMessages.value(id));
        QCOMPARE(bytes, tally.receivedBytes.value(id));
        QVERIFY(bytes <= bytesSentFrom.value(peerPort));
        datagramsInTable += datagrams;
    }
    QCOMPARE(datagramsInTable, received);
    int receivedRows = 0;
    for (int row = 0; row < log.rowCount(); ++row)
        receivedRows += log.index(row).data(MessageLogModel::DirectionRole).toInt() == MessageLogModel::ReceivedDirection;
    QCOMPARE(log.droppedCount(), 0);
    QCOMPARE(qint64(receivedRows), received);
    QCOMPARE(qint64(log.rowCount()), tally.events);
}

// `socketlab --headless --json`, line framing: 20 clients send 1,000 lines each. Every line is
// one "received" object, in order, with its exact text and byte count; every connection opens
// and closes once.
void tst_NothingLost::headlessJsonUnderFlood()
{
    constexpr int kClients = 20;
    constexpr int kLines = 1000;

    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-multi"),
                            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QString::number(port), QStringLiteral("--framing"), QStringLiteral("line"),
                            QStringLiteral("--reply"), QStringLiteral("none"), QStringLiteral("--json"),
                            QStringLiteral("--lang"), QStringLiteral("en") });
    QByteArray output;
    QDeadlineTimer ready(10000);
    while (!output.contains("\"listening\"") && !ready.hasExpired() && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(100);
        output += server.readAllStandardOutput();
    }
    QVERIFY2(output.contains("\"listening\""), output.constData());

    QHash<QString, QStringList> linesFrom; // "127.0.0.1:port" -> its lines
    std::vector<std::unique_ptr<RawTcpPeer>> clients;
    for (int c = 0; c < kClients; ++c) {
        auto client = std::make_unique<RawTcpPeer>();
        QVERIFY(client->connectTo(port));
        QByteArray all;
        QStringList &lines = linesFrom[QStringLiteral("127.0.0.1:%1").arg(client->localPort())];
        for (int n = 0; n < kLines; ++n) {
            const QByteArray line = "client " + QByteArray::number(c) + " line " + QByteArray::number(n) + ' '
                + QByteArray((n * 13 + c) % 300, '.');
            lines.append(QString::fromLatin1(line));
            all += line + '\n';
        }
        QVERIFY(client->sendAll(all)); // the server is another process: the kernel buffers it
        clients.push_back(std::move(client));
    }
    for (const auto &client : clients)
        client->closeSocket();

    QDeadlineTimer deadline(60000);
    while (output.count("\"closed\"") < kClients && !deadline.hasExpired() && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(100);
        output += server.readAllStandardOutput();
    }
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    output += server.readAllStandardOutput();

    QHash<QString, QStringList> received;
    QHash<QString, qint64> bytes;
    int accepted = 0;
    int closed = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.left(200).constData());
        const QString name = event.value(QStringLiteral("event")).toString();
        const QString remote = event.value(QStringLiteral("remote")).toString();
        accepted += name == QLatin1String("accepted");
        closed += name == QLatin1String("closed");
        if (name == QLatin1String("received")) {
            received[remote].append(event.value(QStringLiteral("text")).toString());
            bytes[remote] += event.value(QStringLiteral("bytes")).toInteger();
        }
    }
    QCOMPARE(accepted, kClients);
    QCOMPARE(closed, kClients);
    QCOMPARE(received.size(), kClients);
    for (auto it = linesFrom.cbegin(); it != linesFrom.cend(); ++it) {
        QCOMPARE(received.value(it.key()).size(), kLines);
        QVERIFY2(received.value(it.key()) == it.value(), qPrintable(it.key()));
        qint64 expectedBytes = 0;
        for (const QString &line : it.value())
            expectedBytes += line.size();
        QCOMPARE(bytes.value(it.key()), expectedBytes);
    }
}

// `socketlab --headless --json` while a peer opens and closes 5,000 connections: one "accepted"
// and one "closed" line per connection (or a note for a client turned away at the limit), and
// the process holds as many descriptors after as before.
void tst_NothingLost::headlessJsonUnderChurn()
{
    constexpr int kChurn = 5000;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    socketlabprocess::start(server, { QStringLiteral("--headless"), QStringLiteral("--mode"), QStringLiteral("tcp-multi"),
                            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                            QString::number(port), QStringLiteral("--json"), QStringLiteral("--lang"),
                            QStringLiteral("en") });
    QByteArray output;
    auto readFor = [&](const std::function<bool()> &done, int timeoutMs) {
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired() && server.state() != QProcess::NotRunning) {
            server.waitForReadyRead(50);
            output += server.readAllStandardOutput();
        }
        return done();
    };
    QVERIFY2(readFor([&] { return output.contains("\"listening\""); }, 10000), output.constData());
    const QString fdDirectory = QStringLiteral("/proc/%1/fd").arg(server.processId());
    auto descriptors = [&fdDirectory] {
        return QDir(fdDirectory).entryList(QDir::NoDotAndDotDot | QDir::System).size();
    };
    const qsizetype fdsBefore = descriptors();

    std::thread churn([port] {
        for (int i = 0; i < kChurn; ++i) {
            RawTcpPeer peer;
            peer.connectTo(port);
        }
    });
    // Read while the churn runs: a full stdout pipe would hold the server back.
    auto accounted = [&output] { return output.count("\"closed\"") + output.count("\"note\""); };
    readFor([&] { return accounted() >= kChurn; }, 60000);
    churn.join();
    QVERIFY(readFor([&] { return accounted() >= kChurn; }, 30000));
    QTRY_COMPARE(descriptors(), fdsBefore);
    socketlabprocess::stop(server);
    QVERIFY(server.waitForFinished(5000));
    output += server.readAllStandardOutput();

    const qsizetype accepted = output.count("\"accepted\"");
    const qsizetype closed = output.count("\"closed\"");
    const qsizetype turnedAway = output.count("\"note\"");
    qInfo("headless, %d connect+close: %lld accepted, %lld closed, %lld turned away; %lld descriptors before and after",
          kChurn, qint64(accepted), qint64(closed), qint64(turnedAway), qint64(fdsBefore));
    QCOMPARE(accepted, closed);
    QCOMPARE(accepted + turnedAway, qsizetype(kChurn));
}

QTEST_GUILESS_MAIN(tst_NothingLost)
#include "tst_nothinglost.moc"
