// SpareDescriptor and UnsentBytes (network/): the second descriptor that lets a TCP connection
// finish writing after Qt has closed its own on the peer's FIN. Real loopback sockets: Qt's
// socket on one side, a plain POSIX peer (tests/support/rawtcppeer.h) on the other.
#include "network/sparedescriptor.h"
#include "network/unsentbytes.h"
#include "tests/support/rawtcppeer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <thread>

namespace {
// A connection: Qt's socket here (accepted), the raw peer there (tiny receive buffer), and a
// spare descriptor of Qt's socket, held.
struct LoopbackConnection
{
    bool open()
    {
        if (!server.listen(QHostAddress::LocalHost) || !peer.connectTo(server.serverPort(), 4096)
            || !server.waitForNewConnection(5000))
            return false;
        socket.reset(server.nextPendingConnection());
        if (!socket)
            return false;
        spare.keep(true, socket->socketDescriptor());
        return spare.isHeld();
    }
    QTcpServer server;
    RawTcpPeer peer;
    std::unique_ptr<QTcpSocket> socket;
    SpareDescriptor spare;
};
} // namespace

class tst_SpareDescriptor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unsentBytesKeepsTheTail_data();
    void unsentBytesKeepsTheTail();
    void unsentBytesSendsInOrder();
    void finishesWhatQtLeftThenCloses();
    void nothingHeldNothingTakenOver();
    void releasedWithoutClosingTheConnection();
    void aPeerThatResetsIsReported();
};

void tst_SpareDescriptor::unsentBytesKeepsTheTail_data()
{
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<qint64>("keep");
    QTest::addColumn<QByteArray>("expected");

    const QByteArrayList abc { "abc", "defg", "hi" };
    QTest::newRow("all") << abc << qint64(9) << QByteArray("abcdefghi");
    QTest::newRow("more than there is") << abc << qint64(50) << QByteArray("abcdefghi");
    QTest::newRow("inside the first chunk") << abc << qint64(8) << QByteArray("bcdefghi");
    QTest::newRow("a whole chunk") << abc << qint64(6) << QByteArray("defghi");
    QTest::newRow("inside a later chunk") << abc << qint64(4) << QByteArray("fghi");
    QTest::newRow("the last byte") << abc << qint64(1) << QByteArray("i");
    QTest::newRow("nothing") << abc << qint64(0) << QByteArray();
    QTest::newRow("empty chunks are skipped") << QByteArrayList { "", "ab", "", "c" } << qint64(2) << QByteArray("bc");
}

void tst_SpareDescriptor::unsentBytesKeepsTheTail()
{
    QFETCH(QByteArrayList, chunks);
    QFETCH(qint64, keep);
    QFETCH(QByteArray, expected);

    UnsentBytes unsent;
    for (const QByteArray &chunk : chunks)
        unsent.append(chunk);
    unsent.keepLast(keep);
    QCOMPARE(unsent.size(), expected.size());
    QCOMPARE(unsent.isEmpty(), expected.isEmpty());
    QByteArray rest;
    while (!unsent.isEmpty()) {
        const QByteArrayView front = unsent.front();
        QVERIFY(!front.isEmpty());
        rest += front.toByteArray();
        unsent.consume(front.size());
    }
    QCOMPARE(rest, expected);
    QVERIFY(unsent.front().isEmpty());
}

void tst_SpareDescriptor::unsentBytesSendsInOrder()
{
    UnsentBytes unsent;
    unsent.append("hello, ");
    unsent.consume(3); // "lo, "
    unsent.append("world");
    QCOMPARE(unsent.size(), 9);
    QCOMPARE(unsent.front(), QByteArrayView("lo, "));
    unsent.consume(2);
    QCOMPARE(unsent.front(), QByteArrayView(", "));
    unsent.consume(3);
    QCOMPARE(unsent.front(), QByteArrayView("orld"));
    unsent.clear();
    QCOMPARE(unsent.size(), 0);
}

// Qt's socket writes 8 MiB to a peer that reads only some of it, the spare noting every write and
// every bytesWritten; then Qt's descriptor goes (as when Qt reads a FIN). The spare sends what
// Qt had not written, and closes: the peer gets every byte, once, in order, then end of stream.
void tst_SpareDescriptor::finishesWhatQtLeftThenCloses()
{
    LoopbackConnection c;
    QVERIFY(c.open());
    QByteArray expected;
    connect(c.socket.get(), &QTcpSocket::bytesWritten, &c.spare, [&] {
        c.spare.noteQtBuffer(c.socket->bytesToWrite());
    });
    for (int i = 0; i < 128; ++i) {
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (qsizetype j = 0; j < chunk.size(); ++j)
            chunk[j] = char('a' + (i + j) % 26);
        expected += chunk;
        c.socket->write(chunk);
        c.socket->flush();
        c.spare.noteWritten(chunk, c.socket->bytesToWrite());
        QTest::qWait(1); // Qt writes in its notifier too, emitting bytesWritten
    }
    // The peer reads some: Qt writes on from its notifier, and only its bytesWritten tells.
    const QByteArray head = c.peer.receive(2 * 1024 * 1024);
    QCOMPARE(head.size(), 2 * 1024 * 1024);
    const qint64 inQtBefore = c.socket->bytesToWrite();
    QTRY_VERIFY(c.socket->bytesToWrite() < inQtBefore);
    QVERIFY(c.spare.isHeld());
    QVERIFY2(c.socket->bytesToWrite() > 0, "the peer's tiny window should leave bytes in Qt's buffer");
    QCOMPARE(c.spare.unsentBytes(), c.socket->bytesToWrite());

    c.socket->disconnect(&c.spare);
    c.socket->abort(); // Qt's descriptor closes: not the last one, so no FIN and no RST yet
    QSignalSpy finished(&c.spare, &SpareDescriptor::finished);
    QVERIFY(c.spare.takeOver());
    c.spare.send("and the end");
    expected += "and the end";
    c.spare.closeWhenSent();
    // The peer reads on a thread of its own: the c.spare writes from this thread's event loop.
    bool endedByClose = false;
    QByteArray arrived;
    std::thread reader([&] { arrived = c.peer.receiveUntilClosed(&endedByClose); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    reader.join();
    QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
    QCOMPARE(head.size() + arrived.size(), expected.size());
    QVERIFY(head + arrived == expected);
    QVERIFY(endedByClose);
    QVERIFY(!c.spare.isHeld());
}

void tst_SpareDescriptor::nothingHeldNothingTakenOver()
{
    SpareDescriptor spare;
    spare.noteWritten("abc", 3);
    QVERIFY(!spare.isHeld());
    QVERIFY(!spare.takeOver());
    QVERIFY(!spare.hasTakenOver());
    QCOMPARE(spare.unsentBytes(), 0);
}

// keep(false) closes the duplicate while Qt's is open: the connection goes on.
void tst_SpareDescriptor::releasedWithoutClosingTheConnection()
{
    LoopbackConnection c;
    QVERIFY(c.open());
    QVERIFY(c.spare.isHeld());
    QVERIFY(c.spare.descriptor() != c.socket->socketDescriptor());
    c.spare.keep(false, c.socket->socketDescriptor());
    QVERIFY(!c.spare.isHeld());
    c.socket->write("still here");
    QVERIFY(c.socket->waitForBytesWritten(5000) || c.socket->bytesToWrite() == 0);
    QCOMPARE(c.peer.receive(10), QByteArray("still here"));
    QVERIFY(c.peer.sendAll("and you?"));
    QVERIFY(c.socket->waitForReadyRead(5000));
    QCOMPARE(c.socket->readAll(), QByteArray("and you?"));
}

// The peer resets while the c.spare still has bytes for it: finished() says why.
void tst_SpareDescriptor::aPeerThatResetsIsReported()
{
    LoopbackConnection c;
    QVERIFY(c.open());
    c.socket->abort();
    QSignalSpy finished(&c.spare, &SpareDescriptor::finished);
    QVERIFY(c.spare.takeOver());
    c.spare.send(QByteArray(8 * 1024 * 1024, 'x')); // more than the kernel's buffers take
    QVERIFY(c.spare.unsentBytes() > 0);
    c.spare.closeWhenSent();
    QCOMPARE(finished.size(), 0);
    c.peer.resetClose();
    QTRY_COMPARE(finished.size(), 1);
    const int error = finished.constFirst().constFirst().toInt();
    QVERIFY2(error == ECONNRESET || error == EPIPE, qPrintable(QString::number(error)));
    QVERIFY(!c.spare.isHeld());
}

QTEST_GUILESS_MAIN(tst_SpareDescriptor)
#include "tst_sparedescriptor.moc"
