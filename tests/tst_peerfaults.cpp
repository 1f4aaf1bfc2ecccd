// Faults from peers on a classroom network (issue 8, point 2): refused connections, resets in
// the middle of a send, half-close, a peer that never reads, slowloris and connection churn.
// The server runs as in the window (tests/support/serverlab.h): its own network thread, its
// batches applied to the connection table and the log, whose counts are asserted exactly.
#include "model/connectiontablemodel.h"
#include "model/messagelogmodel.h"
#include "network/tcpclientsession.h"
#include "network/tcpconnection.h"
#include "tests/support/descriptors.h"
#include "tests/support/eventlog.h"
#include "tests/support/loopbackpeers.h"
#include "tests/support/rawsocket.h"
#include "tests/support/rawtcppeer.h"
#include "tests/support/serverlab.h"
#include "tests/support/wine.h"

#include <QAbstractItemModelTester>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <thread>

namespace {

// A fresh client that sends one line and reads the answer (ReplyMode::None: until the log has
// it): proof that the server still serves. The servers here echo unless the test says otherwise.
bool servedMeanwhile(ServerLab &lab, quint16 port, const QByteArray &line, ReplyMode reply = ReplyMode::Echo)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected(5000))
        return false;
    client.write(line + '\n');
    if (reply == ReplyMode::None) {
        return QTest::qWaitFor([&] {
            return lab.logPayloads(MessageLogModel::ReceivedDirection).contains(line + '\n');
        }, 5000);
    }
    const QByteArray expected = (reply == ReplyMode::UpperCase ? line.toUpper() : line) + '\n';
    QByteArray answer;
    while (answer.size() < expected.size() && client.waitForReadyRead(5000))
        answer += client.readAll();
    return answer == expected;
}

// Counts its ticks: a window's event loop that keeps turning.
class Heartbeat
{
public:
    Heartbeat()
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { ++ticks; });
        m_timer.start(10);
    }
    int ticks = 0;

private:
    QTimer m_timer;
};

} // namespace

class tst_PeerFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionRefused();
    void resetAfterHalfALine();
    void resetInTheMiddleOfAStream_data();
    void resetInTheMiddleOfAStream();
    void resetWhileWeSend();
    void halfCloseStillGetsTheReply_data();
    void halfCloseStillGetsTheReply();
    void halfCloseWhileRepliesWait_data();
    void halfCloseWhileRepliesWait();
    void peerThatNeverReadsOurMessages();
    void peerThatNeverReadsIsNotSentMoreThanTheCap();
    void peerThatNeverReadsItsEchoes();
    void slowlorisDoesNotHoldOthersBack();
    void tenThousandConnectAndClose_data();
    void tenThousandConnectAndClose();
    void simpleServerGoesOnAfterFaults_data();
    void simpleServerGoesOnAfterFaults();
    void clientSeesServerHalfClose();
    void clientSeesServerResetMidReply();
};

// The client page against a port where nothing listens: one error row per connection, no
// table row, no socket left open.
void tst_PeerFaults::connectionRefused()
{
    const quint16 port = closedTcpPort(QHostAddress::LocalHost);
    QVERIFY(port != 0);

    TcpClientSession session;
    ConnectionTableModel table;
    MessageLogModel log;
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventLog events(&session);
    connect(&session, &TcpClientSession::eventsReady, &table, &ConnectionTableModel::applyBatch);
    connect(&session, &TcpClientSession::eventsReady, &log, &MessageLogModel::applyBatch);

    TcpClientConfig config;
    config.port = port;
    // The first attempt starts Qt's host lookup thread before the count (its eventfd is no socket,
    // but it comes and goes on its own: see openSockets()).
    session.connectClients(config, 1);
    QTRY_COMPARE(events.errors(LabError::ConnectionRefused).size(), 1);
    const int socketsBefore = openSockets();
    constexpr int kClients = 1 + 50;
    session.connectClients(config, kClients - 1);
    QTRY_COMPARE(events.errors(LabError::ConnectionRefused).size(), kClients);
    QCOMPARE(events.count(EventKind::Connected), 0);
    QCOMPARE(session.pendingAttemptCount(), 0);
    // Every attempt is a row (issue 19, item 8): failed, greyed, none open, no gap in the numbers.
    QCOMPARE(table.rowCount(), kClients);
    QCOMPARE(table.openCount(), 0);
    for (int row = 0; row < table.rowCount(); ++row) {
        QCOMPARE(table.index(row, ConnectionTableModel::StateColumn).data().toString(),
                 QStringLiteral("Failed: connection refused"));
        QCOMPARE(table.index(row, 0).data(ConnectionTableModel::ConnectionIdRole).toInt(), row + 1);
    }
    int errorRows = 0;
    for (int row = 0; row < log.rowCount(); ++row)
        errorRows += log.index(row).data(MessageLogModel::IsErrorRole).toBool() ? 1 : 0;
    QCOMPARE(errorRows, kClients);
    QCOMPARE(log.rowCount(), int(events.events.size())); // every event is a row
    QTRY_COMPARE(openSockets(), socketsBefore);
}

// Line framing, echo: two lines and half of a third, then RST. The two lines are answered,
// the half line is still delivered (it was received), the row closes, the server goes on.
void tst_PeerFaults::resetAfterHalfALine()
{
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, FramingMode::Line);
    QVERIFY(port != 0);

    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port));
    QVERIFY(peer.sendAll("one\ntwo\nhalf a li"));
    QCOMPARE(peer.receive(8), QByteArray("one\ntwo\n"));
    QTRY_VERIFY(lab.connectionFrom(peer.localPort()) != 0);
    const int id = lab.connectionFrom(peer.localPort());
    peer.resetClose();

    QTRY_COMPARE(lab.table.openCount(), 0);
    QCOMPARE(lab.logPayloads(MessageLogModel::ReceivedDirection, id), (QByteArrayList { "one", "two", "half a li" }));
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesInColumn), qint64(4 + 4 + 9)); // newlines included
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::MessagesInColumn), qint64(3));
    QCOMPARE(lab.tally.closed.size(), 1);
    QCOMPARE(lab.tally.closed.constFirst().connectionId, id);
    QCOMPARE(lab.openConnections(), 0);
    QVERIFY(servedMeanwhile(lab, port, "still here"));
}

void tst_PeerFaults::resetInTheMiddleOfAStream_data()
{
    QTest::addColumn<ReplyMode>("reply");

    // The server reads as fast as it can: the RST comes right behind the last bytes.
    QTest::newRow("server reads freely") << ReplyMode::None;
    // The peer never reads its echoes, so the server has stopped reading from it (see
    // peerThatNeverReadsItsEchoes) and megabytes wait in the kernel when the RST comes.
    QTest::newRow("server holding back") << ReplyMode::Echo;
}

// Raw framing: the peer streams up to 8 MiB as fast as the kernel takes them, then resets. What
// the kernel had not delivered is gone with the RST; everything the server did read is counted
// once, in order, byte for byte, in the table and in the log, and the row closes.
void tst_PeerFaults::resetInTheMiddleOfAStream()
{
    if (runningUnderWine())
        QSKIP("Wine 8 sends FIN, not RST, for an SO_LINGER 0 close: the server then echoes all 8 MiB to a peer that has left.");
    QFETCH(ReplyMode, reply);
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, reply, FramingMode::Raw);
    QVERIFY(port != 0);

    QByteArray stream(8 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < stream.size(); ++i)
        stream[i] = char('a' + (i * 7 + i / 251) % 26); // no period a read size would hide
    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port, 4096));
    QTRY_VERIFY(lab.connectionFrom(peer.localPort()) != 0);
    const int id = lab.connectionFrom(peer.localPort());
    qint64 handedToKernel = 0;
    int refusedInARow = 0;
    while (handedToKernel < stream.size() && refusedInARow < 20) {
        const qint64 n = peer.sendSome(stream.mid(handedToKernel, 256 * 1024));
        handedToKernel += n;
        refusedInARow = n == 0 ? refusedInARow + 1 : 0;
        QTest::qWait(n == 0 ? 20 : 0);
    }
    peer.resetClose(); // at once: what is still in our send queue goes with the RST

    QTRY_COMPARE(lab.tally.closed.size(), 1);
    QTRY_COMPARE(lab.table.openCount(), 0);
    const qint64 received = lab.tally.receivedBytes.value(id);
    qInfo("handed to the kernel: %lld bytes; read by the server before the RST: %lld; close reason %d",
          handedToKernel, received, int(lab.tally.closed.constFirst().reason));
    QVERIFY(received > 0);
    QVERIFY(received <= handedToKernel);
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesInColumn), received);
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::MessagesInColumn), lab.tally.receivedMessages.value(id));
    QCOMPARE(lab.log.droppedCount(), 0);
    QCOMPARE(lab.logPayloads(MessageLogModel::ReceivedDirection, id).join(), stream.left(received));
    QCOMPARE(lab.openConnections(), 0);
    QVERIFY(servedMeanwhile(lab, port, "next", reply));
}

// The user sends 8 MiB to a peer that reads nothing and then resets: the write fails in the
// middle, the row closes, the session goes on serving.
void tst_PeerFaults::resetWhileWeSend()
{
    if (runningOnWindows())
        QSKIP("Windows keeps no second descriptor of a connection: a peer's RST, which Qt reads as the end of the stream, is reported as an orderly close there (README, Windows).");
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, FramingMode::Line);
    QVERIFY(port != 0);

    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port, 4096));
    QTRY_VERIFY(lab.connectionFrom(peer.localPort()) != 0);
    const int id = lab.connectionFrom(peer.localPort());
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 8; ++i)
        lab.call([id, chunk](TcpServerSession *s) { s->send({ id }, chunk); });
    QTRY_VERIFY(lab.tableValue(id, ConnectionTableModel::BytesOutColumn) > 0);
    peer.resetClose();

    QTRY_COMPARE(lab.table.openCount(), 0);
    QCOMPARE(lab.tally.closed.size(), 1);
    const CloseReason reason = lab.tally.closed.constFirst().reason;
    QVERIFY2(reason == CloseReason::ResetByPeer, qPrintable(QString::number(int(reason)))); // no "Broken pipe"
    QCOMPARE(lab.openConnections(), 0);
    QVERIFY(servedMeanwhile(lab, port, "after the reset"));
}

void tst_PeerFaults::halfCloseStillGetsTheReply_data()
{
    QTest::addColumn<FramingMode>("framing");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("pauseBeforeFinMs");

    QTest::newRow("raw, a few bytes") << FramingMode::Raw << QByteArray("Hello, world") << QByteArray("Hello, world") << 0;
    QTest::newRow("line, complete lines") << FramingMode::Line << QByteArray("one\ntwo\n") << QByteArray("one\ntwo\n") << 0;
    // The last line has no newline: the peer's FIN ends it, and it is answered like the others:
    // with the FIN right behind the data, or after the server has read and kept the half line.
    QTest::newRow("line, last line ended by FIN") << FramingMode::Line << QByteArray("one\ntwo") << QByteArray("one\ntwo\n") << 0;
    QTest::newRow("line, FIN later than the last line") << FramingMode::Line << QByteArray("one\ntwo") << QByteArray("one\ntwo\n")
                                                        << 200;
    // More than the server lets wait for a peer (TcpConnection::kMaxPendingWriteBytes), so the
    // server stops and resumes reading while the FIN waits behind the data.
    QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 23);
    QTest::newRow("raw, 16 MiB") << FramingMode::Raw << big << big << 0;
}

// The peer sends, then shutdown(SHUT_WR) and keeps reading: it must get every reply, and the
// log must say that the peer closed.
void tst_PeerFaults::halfCloseStillGetsTheReply()
{
    QFETCH(FramingMode, framing);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, reply);
    QFETCH(int, pauseBeforeFinMs);

    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, framing);
    QVERIFY(port != 0);

    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port));
    // The peer writes from a thread of its own and reads here, so 16 MiB never wait on each
    // other; after its FIN it goes on reading until the server closes.
    std::thread sender([&peer, &sent, pauseBeforeFinMs] {
        if (!peer.sendAll(sent))
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseBeforeFinMs));
        peer.shutdownWrite();
    });
    bool endedByClose = false;
    const QByteArray answer = peer.receiveUntilClosed(&endedByClose);
    sender.join();

    if (runningOnWindows() && answer.size() < reply.size())
        QSKIP("On Windows Qt closes the socket when it reads the peer's FIN: replies it had not written yet are lost (README, Windows; pinned by tests/tst_windows_installer.sh).");
    QCOMPARE(answer.size(), reply.size());
    QCOMPARE(answer, reply);
    QVERIFY(endedByClose);
    QTRY_COMPARE(lab.tally.closed.size(), 1);
    const int id = lab.connectionFrom(peer.localPort());
    QCOMPARE(lab.tally.closed.constFirst().reason, CloseReason::ClosedByPeer);
    QCOMPARE(lab.table.openCount(), 0);
    // Every byte on the wire, line endings too (what Wireshark counts), in both framings.
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesInColumn), qint64(sent.size()));
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesOutColumn), reply.size());
}

void tst_PeerFaults::halfCloseWhileRepliesWait_data()
{
    QTest::addColumn<bool>("echoed");
    // What waits comes from the user (Send) or from the echo of what the peer sent.
    QTest::newRow("the user's messages") << false;
    QTest::newRow("echoes") << true;
}

// Data waits in the server's write buffer for a peer that does not read (its receive buffer is
// tiny), and the server has read everything the peer sent. Only then the peer half-closes
// (FIN on its own, nothing behind it) and starts reading: every byte must still arrive, then
// the server's FIN. Qt closes its socket the moment it reads that FIN, which used to drop
// whatever its write buffer held.
void tst_PeerFaults::halfCloseWhileRepliesWait()
{
    QFETCH(bool, echoed);
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, echoed ? ReplyMode::Echo : ReplyMode::None, FramingMode::Raw);
    QVERIFY(port != 0);

    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port, 4096));
    QTRY_VERIFY(lab.connectionFrom(peer.localPort()) != 0);
    const int id = lab.connectionFrom(peer.localPort());

    // Less than the server lets wait (TcpConnection::kMaxPendingWriteBytes), so it reads on.
    constexpr int kChunks = 3;
    QByteArray expected;
    for (int i = 0; i < kChunks; ++i) {
        const QByteArray chunk(1024 * 1024, char('A' + i));
        expected += chunk;
        if (echoed) {
            qint64 sent = 0;
            QVERIFY(QTest::qWaitFor([&] {
                sent += peer.sendSome(chunk.mid(sent));
                return sent == chunk.size();
            }, 10000));
        } else {
            lab.call([id, chunk](TcpServerSession *s) { s->send({ id }, chunk); });
        }
    }
    QTRY_COMPARE(lab.tableValue(id, ConnectionTableModel::BytesOutColumn), qint64(expected.size()));
    if (echoed)
        QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesInColumn), qint64(expected.size()));
    QTest::qWait(100); // what the kernel takes of it is taken: the rest waits in the server

    QVERIFY(peer.shutdownWrite());
    QTest::qWait(200); // the server sees the FIN before the peer reads anything
    bool endedByClose = false;
    const QByteArray arrived = peer.receiveUntilClosed(&endedByClose);
    if (runningOnWindows() && arrived.size() < expected.size())
        QSKIP("On Windows Qt closes the socket when it reads the peer's FIN: replies it had not written yet are lost (README, Windows; pinned by tests/tst_windows_installer.sh).");
    QCOMPARE(arrived.size(), expected.size());
    QVERIFY(arrived == expected);
    QVERIFY(endedByClose);
    QTRY_COMPARE(lab.tally.closed.size(), 1);
    QCOMPARE(lab.tally.closed.constFirst().reason, CloseReason::ClosedByPeer);
    QCOMPARE(lab.table.openCount(), 0);
}

// The user sends 24 MiB to a peer that never reads. The network thread is not blocked (another
// client is served), the window's loop turns, the app says that the peer is not reading, and
// once the peer reads, every byte arrives, in order.
void tst_PeerFaults::peerThatNeverReadsOurMessages()
{
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, FramingMode::Line);
    QVERIFY(port != 0);
    Heartbeat heartbeat;

    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port, 4096));
    QTRY_VERIFY(lab.connectionFrom(peer.localPort()) != 0);
    const int id = lab.connectionFrom(peer.localPort());

    constexpr int kChunks = 24;
    QByteArray expected;
    for (int i = 0; i < kChunks; ++i) {
        const QByteArray chunk(1024 * 1024, char('A' + i));
        expected += chunk;
        lab.call([id, chunk](TcpServerSession *s) { s->send({ id }, chunk); });
    }
    QTRY_COMPARE(lab.tableValue(id, ConnectionTableModel::MessagesOutColumn), qint64(kChunks));
    const int ticksBefore = heartbeat.ticks;
    QVERIFY(servedMeanwhile(lab, port, "are you there?"));
    QTRY_VERIFY(heartbeat.ticks > ticksBefore);
    QTRY_COMPARE_WITH_TIMEOUT(lab.tally.notesOf(NoteKind::PeerNotReading, id).size(), 1, 3000);
    QVERIFY(lab.tally.notesOf(NoteKind::PeerNotReading, id).constFirst().byteCount > TcpConnection::kMaxPendingWriteBytes);

    const QByteArray arrived = peer.receive(expected.size());
    QCOMPARE(arrived.size(), expected.size());
    QVERIFY(arrived == expected);
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesOutColumn), qint64(expected.size()));
    QTRY_COMPARE(lab.tally.notesOf(NoteKind::PeerReadingAgain, id).size(), 1);
}

// The user sends 80 MiB to a peer that never reads: what fits under the cap
// (TcpConnection::kMaxQueuedSendBytes) is sent and counted, every message past it is refused
// with a note; when the peer reads, exactly the messages counted as sent arrive, in order.
void tst_PeerFaults::peerThatNeverReadsIsNotSentMoreThanTheCap()
{
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, FramingMode::Line);
    QVERIFY(port != 0);

    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port, 4096));
    QTRY_VERIFY(lab.connectionFrom(peer.localPort()) != 0);
    const int id = lab.connectionFrom(peer.localPort());

    constexpr int kChunks = 80;
    constexpr qint64 kChunk = 1024 * 1024;
    for (int i = 0; i < kChunks; ++i)
        lab.call([id, i](TcpServerSession *s) { s->send({ id }, QByteArray(kChunk, char('A' + i % 26))); });
    auto settled = [&] {
        return lab.tableValue(id, ConnectionTableModel::MessagesOutColumn)
            + lab.tally.notesOf(NoteKind::NotSentPeerNotReading, id).size();
    };
    QTRY_COMPARE(settled(), qint64(kChunks));
    const qint64 sentChunks = lab.tableValue(id, ConnectionTableModel::MessagesOutColumn);
    const QList<LabEvent> refused = lab.tally.notesOf(NoteKind::NotSentPeerNotReading, id);
    qInfo("80 x 1 MiB to a peer that never reads: %lld sent, %lld refused", sentChunks, qint64(refused.size()));
    QVERIFY(sentChunks * kChunk >= TcpConnection::kMaxQueuedSendBytes - kChunk);
    QVERIFY(!refused.isEmpty());
    for (const LabEvent &note : refused)
        QCOMPARE(note.byteCount, kChunk);

    QByteArray expected;
    for (int i = 0; i < sentChunks; ++i)
        expected += QByteArray(kChunk, char('A' + i % 26));
    const QByteArray arrived = peer.receive(expected.size() + 1, 3000); // one byte more: none comes
    QCOMPARE(arrived.size(), expected.size());
    QVERIFY(arrived == expected);
    QCOMPARE(lab.tableValue(id, ConnectionTableModel::BytesOutColumn), qint64(expected.size()));
}

// Echo to a peer that sends and never reads: the replies wait, the server stops reading from
// that peer (TCP flow control holds it back) and says so; when the peer reads, every echo comes.
void tst_PeerFaults::peerThatNeverReadsItsEchoes()
{
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, FramingMode::Raw);
    QVERIFY(port != 0);
    Heartbeat heartbeat;

    RawTcpPeer peer;
    QVERIFY(peer.connectTo(port, 4096));
    QTRY_VERIFY(lab.connectionFrom(peer.localPort()) != 0);
    const int id = lab.connectionFrom(peer.localPort());

    // Send until the kernel has taken nothing for a while: every buffer on the way is full.
    const QByteArray chunk(64 * 1024, 'e');
    qint64 sent = 0;
    int refusedInARow = 0;
    while (refusedInARow < 20) {
        const qint64 n = peer.sendSome(chunk);
        sent += n;
        refusedInARow = n == 0 ? refusedInARow + 1 : 0;
        QTest::qWait(n == 0 ? 50 : 0);
        QVERIFY2(sent < 256 * 1024 * 1024, "the server took 256 MiB that nobody reads back");
    }
    qInfo("a peer that never reads got %lld bytes accepted before everything was full", sent);
    QTRY_COMPARE(lab.tally.notesOf(NoteKind::PeerNotReading, id).size(), 1);
    const int ticksBefore = heartbeat.ticks;
    QVERIFY(servedMeanwhile(lab, port, "others are served"));
    QTRY_VERIFY(heartbeat.ticks > ticksBefore);

    const QByteArray echoed = peer.receive(sent);
    QCOMPARE(echoed.size(), sent);
    QTRY_COMPARE(lab.tableValue(id, ConnectionTableModel::BytesInColumn), sent);
    QTRY_COMPARE(lab.tableValue(id, ConnectionTableModel::BytesOutColumn), sent);
    // Each time the replies pile up again while the peer catches up, the app says so again.
    const qsizetype stopped = lab.tally.notesOf(NoteKind::PeerNotReading, id).size();
    QTRY_COMPARE(lab.tally.notesOf(NoteKind::PeerReadingAgain, id).size(), stopped);
}

// One byte per second on one connection, line framing: the others are served meanwhile, and
// the slow line arrives whole, once.
void tst_PeerFaults::slowlorisDoesNotHoldOthersBack()
{
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::Echo, FramingMode::Line);
    QVERIFY(port != 0);

    RawTcpPeer slow;
    QVERIFY(slow.connectTo(port));
    QTRY_VERIFY(lab.connectionFrom(slow.localPort()) != 0);
    const int slowId = lab.connectionFrom(slow.localPort());
    const QByteArray line = "slow\n";
    for (qsizetype i = 0; i < line.size(); ++i) {
        QVERIFY(slow.sendAll(line.mid(i, 1)));
        if (i + 1 < line.size()) {
            QVERIFY2(servedMeanwhile(lab, port, "fast " + QByteArray::number(i)), "a client waited for the slow one");
            QCOMPARE(lab.tally.receivedMessages.value(slowId), qint64(0));
            QTest::qWait(1000);
        }
    }
    QCOMPARE(slow.receive(line.size()), line);
    QTRY_COMPARE(lab.logPayloads(MessageLogModel::ReceivedDirection, slowId), QByteArrayList { "slow" });
    QTRY_COMPARE(lab.tally.count(EventKind::Accepted), qint64(1 + line.size() - 1));
    QTRY_COMPARE(lab.table.openCount(), 1);
}

void tst_PeerFaults::tenThousandConnectAndClose_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<int>("connections");

    // Under Wine every socket call is a round trip to its server: a tenth of them.
    const int scale = runningUnderWine() ? 10 : 1;
    QTest::newRow("FIN") << false << 10000 / scale;
    // Many of these are reset while they still wait in the kernel's accept queue.
    QTest::newRow("RST") << true << 2000 / scale;
}

// Connections opened and closed as fast as a loop can: the server stays up, every connection
// is a row that ends closed, nothing stays open, no file descriptor leaks.
void tst_PeerFaults::tenThousandConnectAndClose()
{
    QFETCH(bool, reset);
    QFETCH(int, connections);
    if (reset && runningUnderWine())
        QSKIP("Under Wine 8 the server reported none of 200 connections closed with SO_LINGER 0 right after connecting, in 60 s (seen, not diagnosed).");
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Multi, ReplyMode::UpperCase, FramingMode::Raw);
    QVERIFY(port != 0);
    const int socketsBefore = openSockets();

    const int kConnections = connections;
    for (int i = 0; i < kConnections; ++i) {
        RawTcpPeer peer;
        QVERIFY2(peer.connectTo(port), qPrintable(QStringLiteral("connection %1: %2").arg(i).arg(RawSocket::errorText(RawSocket::lastError()))));
        if (reset)
            peer.resetClose();
    }
    // A client the server could not take (its client limit: the ones already gone are counted
    // until it reads their FIN) is a note, not a row; together they are every connection.
    auto accounted = [&lab] {
        return lab.tally.count(EventKind::Closed) + lab.tally.notesOf(NoteKind::ClientLimitReached).size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(accounted(), qint64(kConnections), 60000);
    const qint64 rows = lab.tally.count(EventKind::Accepted);
    qInfo("%d connections: %lld rows, %lld turned away at the client limit, %lld reset errors", kConnections, rows,
          qint64(lab.tally.notesOf(NoteKind::ClientLimitReached).size()), qint64(lab.tally.errors.size()));
    QCOMPARE(lab.tally.count(EventKind::Closed), rows);
    for (const LabEvent &error : std::as_const(lab.tally.errors))
        QCOMPARE(error.error, LabError::ConnectionReset); // a RST may be said as such, nothing else
    QCOMPARE(lab.table.rowCount(), rows);
    QCOMPARE(lab.table.openCount(), 0);
    for (const LabEvent &closed : std::as_const(lab.tally.closed)) {
        QVERIFY(closed.reason == (reset ? CloseReason::ResetByPeer : CloseReason::ClosedByPeer)
                || (reset && closed.reason == CloseReason::ClosedAfterError));
    }
    QCOMPARE(lab.log.rowCount() + lab.log.droppedCount(), lab.tally.events);
    QCOMPARE(lab.log.droppedCount(), 0);
    QTRY_COMPARE(lab.openConnections(), 0);
    QTRY_COMPARE(openSockets(), socketsBefore);
    QVERIFY(servedMeanwhile(lab, port, "after the churn", ReplyMode::UpperCase));
}

void tst_PeerFaults::simpleServerGoesOnAfterFaults_data()
{
    QTest::addColumn<bool>("reset");

    QTest::newRow("first client resets") << true;
    QTest::newRow("first client half-closes") << false;
}

// The simple server serves one client at a time: when the one it serves resets or half-closes,
// the next one, waiting in the backlog, is served.
void tst_PeerFaults::simpleServerGoesOnAfterFaults()
{
    QFETCH(bool, reset);
    ServerLab lab;
    const quint16 port = lab.start(TcpServerKind::Simple, ReplyMode::Echo, FramingMode::Line);
    QVERIFY(port != 0);

    RawTcpPeer first;
    QVERIFY(first.connectTo(port));
    QTRY_VERIFY(lab.connectionFrom(first.localPort()) != 0);
    RawTcpPeer second;
    QVERIFY(second.connectTo(port)); // the kernel completes it; the server takes it later
    QVERIFY(second.sendAll("waiting\n"));
    QVERIFY(first.sendAll("first\n"));
    QCOMPARE(first.receive(6), QByteArray("first\n"));
    QCOMPARE(lab.tally.count(EventKind::Accepted), qint64(1));

    if (reset) {
        first.resetClose();
    } else {
        QVERIFY(first.sendAll("last"));
        QVERIFY(first.shutdownWrite());
        bool endedByClose = false;
        const QByteArray lastReply = first.receiveUntilClosed(&endedByClose);
        if (runningOnWindows() && lastReply.isEmpty())
            QSKIP("On Windows Qt closes the socket when it reads the peer's FIN: replies it had not written yet are lost (README, Windows; pinned by tests/tst_windows_installer.sh).");
        QCOMPARE(lastReply, QByteArray("last\n"));
        QVERIFY(endedByClose);
    }
    QCOMPARE(second.receive(8), QByteArray("waiting\n"));
    QTRY_VERIFY(lab.connectionFrom(second.localPort()) != 0);
    const int secondId = lab.connectionFrom(second.localPort());
    QTRY_COMPARE(lab.logPayloads(MessageLogModel::ReceivedDirection, secondId), QByteArrayList { "waiting" });
    QCOMPARE(lab.table.openCount(), 1);
}

// The client page (TcpClientSession, its table and log) against a server that answers and then
// half-closes: the whole answer arrives, its last line ended by the FIN, and the row says the
// server closed.
void tst_PeerFaults::clientSeesServerHalfClose()
{
    RawTcpListener listener;
    const quint16 port = listener.listen();
    QVERIFY(port != 0);
    TcpClientSession session;
    ConnectionTableModel table;
    MessageLogModel log;
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventLog events(&session);
    connect(&session, &TcpClientSession::eventsReady, &table, &ConnectionTableModel::applyBatch);
    connect(&session, &TcpClientSession::eventsReady, &log, &MessageLogModel::applyBatch);

    TcpClientConfig config;
    config.port = port;
    config.framing = FramingMode::Line;
    session.connectClients(config, 1);
    RawTcpPeer server;
    QVERIFY(QTest::qWaitFor([&] { return listener.acceptOne(&server, 0); }, 5000));
    const QByteArray answer = "first line\nlast line without newline";
    QVERIFY(server.sendAll(answer));
    QVERIFY(server.shutdownWrite());

    QTRY_COMPARE(events.count(EventKind::Closed), 1);
    const int id = events.of(EventKind::Closed).constFirst().connectionId;
    QCOMPARE(events.of(EventKind::Closed).constFirst().reason, CloseReason::ClosedByPeer);
    QCOMPARE(events.payloads(EventKind::Received, id), (QByteArrayList { "first line", "last line without newline" }));
    QCOMPARE(table.openCount(), 0);
    const int row = table.rowOfConnection(id);
    QVERIFY(row >= 0);
    QCOMPARE(table.index(row, ConnectionTableModel::BytesInColumn).data(ConnectionTableModel::RawValueRole).toLongLong(),
             qint64(answer.size()));
    QCOMPARE(log.rowCount(), int(events.events.size()));
    QCOMPARE(session.openConnectionCount(), 0);
}

// The client page against a server that streams 4 MiB and resets in the middle: what the client
// read is kept whole and in order, counted exactly, and the row closes.
void tst_PeerFaults::clientSeesServerResetMidReply()
{
    RawTcpListener listener;
    const quint16 port = listener.listen();
    QVERIFY(port != 0);
    TcpClientSession session;
    ConnectionTableModel table;
    MessageLogModel log;
    QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EventLog events(&session);
    connect(&session, &TcpClientSession::eventsReady, &table, &ConnectionTableModel::applyBatch);
    connect(&session, &TcpClientSession::eventsReady, &log, &MessageLogModel::applyBatch);

    TcpClientConfig config;
    config.port = port;
    session.connectClients(config, 1);
    RawTcpPeer server;
    QVERIFY(QTest::qWaitFor([&] { return listener.acceptOne(&server, 0); }, 5000));
    // The session must have seen its handshake complete first: Qt 6.4 checks a connect by
    // calling connect() again, which after a RST opens a new connection (see the report).
    QTRY_COMPARE(events.count(EventKind::Connected), 1);
    QByteArray stream(4 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < stream.size(); ++i)
        stream[i] = char(i % 253);
    const qint64 handed = server.sendSome(stream); // what the kernel takes at once, no more
    server.resetClose();

    QTRY_COMPARE(events.count(EventKind::Closed), 1);
    const int id = events.of(EventKind::Closed).constFirst().connectionId;
    const QByteArray received = events.payloads(EventKind::Received, id).join();
    qInfo("server handed %lld bytes to its kernel, then RST; the client read %lld", handed, qint64(received.size()));
    QVERIFY(received.size() <= handed);
    QVERIFY(received == stream.left(received.size()));
    const int row = table.rowOfConnection(id);
    QVERIFY(row >= 0);
    QCOMPARE(table.index(row, ConnectionTableModel::BytesInColumn).data(ConnectionTableModel::RawValueRole).toLongLong(),
             qint64(received.size()));
    QCOMPARE(table.openCount(), 0);
    QCOMPARE(log.rowCount(), int(events.events.size()));
    QCOMPARE(session.openConnectionCount(), 0);
}

QTEST_GUILESS_MAIN(tst_PeerFaults)
#include "tst_peerfaults.moc"
