// The server's limits (issue 8, "Limits"): a maximum number of clients, file descriptors run
// out, 1,000 clients at once when the server stops, a peer that never reads. Real sockets on
// loopback; the crowds are python3 processes, so that their file descriptors are not ours.
#include "network/tcpconnection.h"
#include "network/tcpserversession.h"
#include "tests/support/descriptors.h"
#include "tests/support/eventlog.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
TcpServerConfig multiServer(int maxClients, ReplyMode reply = ReplyMode::Echo)
{
    TcpServerConfig config = TcpServerConfig::courseDefaults(TcpServerKind::Multi);
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = 0; // the kernel picks
    config.reply = reply;
    config.maxClients = maxClients;
    return config;
}

// A blocking POSIX client, connected to 127.0.0.1:port; -1 on failure.
int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
        return fd;
    if (fd >= 0)
        ::close(fd);
    return -1;
}

quint16 localPortOf(int fd)
{
    sockaddr_in local {};
    socklen_t length = sizeof local;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length);
    return ntohs(local.sin_port);
}

// recv() while the event loop runs (the server lives on this thread): what came within 5 s,
// or 0 bytes with *ended set when the connection ended (recv() == 0).
QByteArray receiveWhileServing(int fd, bool *ended)
{
    QByteArray data;
    *ended = false;
    // Nothing within 5 s is an answer too: the caller compares what came.
    (void)QTest::qWaitFor([&] {
        char buffer[4096];
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (n > 0)
            data.append(buffer, n);
        *ended = n == 0;
        return n >= 0;
    }, 5000);
    return data;
}

// Waits (event loop running) for what a python peer prints next.
QByteArray nextLine(QProcess &peer, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&peer] { return peer.canReadLine() || peer.state() == QProcess::NotRunning; }, timeoutMs))
        return {};
    return peer.readLine().trimmed();
}

void startPeer(QProcess &peer, const char *script, const QStringList &arguments)
{
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer.start(QStringLiteral("python3"), QStringList { QFINDTESTDATA(QStringLiteral("peers/") + QLatin1String(script)) } + arguments);
    QVERIFY(peer.waitForStarted(5000));
}

// The soft limit of open files for this test process, restored at the end of a test.
class FileLimit
{
public:
    FileLimit() { getrlimit(RLIMIT_NOFILE, &m_saved); }
    ~FileLimit() { setrlimit(RLIMIT_NOFILE, &m_saved); }
    bool setSoft(rlim_t soft)
    {
        rlimit limit = m_saved;
        limit.rlim_cur = std::min(soft, m_saved.rlim_max);
        return setrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur == soft;
    }

private:
    rlimit m_saved {};
};
} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clientsBeyondTheLimitAreClosedPolitely();
    void fileDescriptorsRunOutThenRecover();
    void stoppingWithAThousandClientsIsImmediate();
    void aPeerThatNeverReadsIsHeldBackNotBuffered();
};

void TestServerLimits::clientsBeyondTheLimitAreClosedPolitely()
{
    TcpServerSession server;
    EventLog log(&server);
    server.start(multiServer(3));
    QVERIFY(server.isListening());
    const quint16 port = server.listeningOn().port;

    QList<int> clients;
    for (int i = 0; i < 5; ++i) {
        clients.append(connectTo(port));
        QVERIFY(clients.last() >= 0);
        QTRY_COMPARE(log.count(EventKind::Accepted) + int(log.notes(NoteKind::ClientLimitReached).size()), i + 1);
    }
    QCOMPARE(log.count(EventKind::Accepted), 3);
    QCOMPARE(server.openConnectionCount(), 3);
    const QList<LabEvent> turnedAway = log.notes(NoteKind::ClientLimitReached);
    QCOMPARE(turnedAway.size(), 2);
    QCOMPARE(turnedAway.at(0).remote.port, localPortOf(clients.at(3)));
    QCOMPARE(turnedAway.at(1).remote.port, localPortOf(clients.at(4)));
    QCOMPARE(turnedAway.at(0).clientLimit, 3); // the limit, for the sentence in the log

    // Turned away with a FIN (recv() == 0), not a reset, and before any byte.
    bool ended = false;
    for (int i = 3; i < 5; ++i) {
        QCOMPARE(receiveWhileServing(clients.at(i), &ended), QByteArray());
        QVERIFY(ended);
    }
    // The three inside are served as before.
    QCOMPARE(::send(clients.at(0), "still here\n", 11, 0), ssize_t(11));
    QCOMPARE(receiveWhileServing(clients.at(0), &ended), QByteArray("still here\n"));

    // A place freed is a place for the next client.
    ::close(clients.takeFirst());
    QTRY_COMPARE(server.openConnectionCount(), 2);
    clients.append(connectTo(port));
    QTRY_COMPARE(log.count(EventKind::Accepted), 4);
    QCOMPARE(log.notes(NoteKind::ClientLimitReached).size(), 2);

    // One leaves and another comes at the same moment, before the thread that served the first
    // has counted it out: the newcomer waits a moment (kClientLimitGraceMs), and is served.
    ::close(clients.takeFirst());
    clients.append(connectTo(port));
    QTRY_COMPARE(log.count(EventKind::Accepted), 5);
    QCOMPARE(log.notes(NoteKind::ClientLimitReached).size(), 2);
    QCOMPARE(server.openConnectionCount(), 3);
    for (int fd : clients)
        ::close(fd);
}

void TestServerLimits::fileDescriptorsRunOutThenRecover()
{
    // As `ulimit -n 256` would: this process may hold 256 files, the crowd brings 400 clients.
    FileLimit limit;
    if (!limit.setSoft(256))
        QSKIP("cannot lower RLIMIT_NOFILE here");
    QVERIFY2(openFileDescriptors() < 100, "the test needs room under its 256-file limit");
    TcpServerSession server;
    EventLog log(&server);
    server.start(multiServer(1000));
    QVERIFY(server.isListening());

    QProcess crowd;
    startPeer(crowd, "connection_crowd.py", { QString::number(server.listeningOn().port), QStringLiteral("400") });
    QCOMPARE(nextLine(crowd), QByteArray("connected 400")); // the rest wait in the listen backlog
    QTRY_VERIFY(!log.errors(LabError::TooManyOpenFiles).isEmpty());
    const int acceptedWhileFull = log.count(EventKind::Accepted);
    QVERIFY2(acceptedWhileFull > 100 && acceptedWhileFull < 256, qPrintable(QString::number(acceptedWhileFull)));
    QTest::qWait(2500); // two retries while still full: said once, not once a second
    // A descriptor free for a moment lets one accept through, which ends the shortage ("accepting
    // again"); running out after that is said again. Never twice in one shortage.
    const int ranOut = int(log.errors(LabError::TooManyOpenFiles).size());
    QCOMPARE(ranOut, int(log.notes(NoteKind::AcceptingAgain).size()) + 1);
    QVERIFY(log.count(EventKind::Accepted) < 256);

    // The crowd leaves: descriptors free up, the server accepts again, every client is seen.
    crowd.write("close\n");
    QCOMPARE(nextLine(crowd), QByteArray("closed 400"));
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Accepted), 400, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(log.count(EventKind::Closed), 400, 30000);
    QCOMPARE(log.notes(NoteKind::AcceptingAgain).size(), log.errors(LabError::TooManyOpenFiles).size());
    QCOMPARE(server.openConnectionCount(), 0);
    QVERIFY(server.isListening());
    crowd.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(crowd.state(), QProcess::NotRunning, 20000);
}

void TestServerLimits::stoppingWithAThousandClientsIsImmediate()
{
    FileLimit limit;
    if (!limit.setSoft(4096))
        QSKIP("this test needs 4,096 open files (RLIMIT_NOFILE hard limit too low)");
    TcpServerSession server;
    EventLog log(&server);
    server.start(multiServer(1000));
    QProcess crowd;
    startPeer(crowd, "connection_crowd.py", { QString::number(server.listeningOn().port), QStringLiteral("1000") });
    QCOMPARE(nextLine(crowd), QByteArray("connected 1000"));
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnectionCount(), 1000, 30000);
    QCOMPARE(log.notes(NoteKind::ClientLimitReached).size(), 0);

    QElapsedTimer clock;
    clock.start();
    server.stop();
    // stop() does not wait for any client: every connection is closed when it returns.
    qInfo("stop() with 1,000 clients returned in %lld ms", clock.elapsed());
    QCOMPARE(server.openConnectionCount(), 0);
    QVERIFY(!server.isListening());
    QTRY_COMPARE(log.count(EventKind::Stopped), 1);
    const QList<LabEvent> closed = log.of(EventKind::Closed);
    QCOMPARE(closed.size(), 1000);
    for (const LabEvent &event : closed)
        QCOMPARE(event.reason, CloseReason::ServerStopped);
    crowd.write("eof\n");
    QCOMPARE(nextLine(crowd), QByteArray("eof 1000")); // every client saw its connection end
    crowd.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(crowd.state(), QProcess::NotRunning, 20000);
}

void TestServerLimits::aPeerThatNeverReadsIsHeldBackNotBuffered()
{
    TcpServerSession server;
    EventLog log(&server);
    server.start(multiServer(10, ReplyMode::Echo));
    constexpr qint64 kTotal = 32 * 1024 * 1024;
    QProcess peer;
    startPeer(peer, "slow_reader.py", { QString::number(server.listeningOn().port), QString::number(kTotal) });

    // The echo piles up until the limit; then the server stops reading this peer.
    QTRY_COMPARE_WITH_TIMEOUT(log.notes(NoteKind::PeerNotReading).size(), 1, 30000);
    const LabEvent held = log.notes(NoteKind::PeerNotReading).constFirst();
    QVERIFY(held.byteCount > TcpConnection::kMaxPendingWriteBytes);
    QTest::qWait(500);
    qint64 receivedWhileHeld = 0;
    for (const QByteArray &payload : log.payloads(EventKind::Received))
        receivedWhileHeld += payload.size();
    qInfo("held back after %lld of %lld bytes", receivedWhileHeld, kTotal);
    // Bounded: what was read is what was echoed, at most the limit plus one read more.
    QVERIFY2(receivedWhileHeld < kTotal, "the sender should be held back by TCP flow control");
    QVERIFY(receivedWhileHeld <= TcpConnection::kMaxPendingWriteBytes + 2 * TcpConnection::kMaxReadBytes
            + 16 * 1024 * 1024); // + what the kernel's socket buffers accepted on both sides

    // The peer reads: everything flows again, and nothing was lost on the way.
    peer.write("read\n");
    QByteArray line;
    while ((line = nextLine(peer, 60000)).startsWith("sent")) { }
    QCOMPARE(line, QByteArray("read ") + QByteArray::number(kTotal));
    QTRY_VERIFY(!log.notes(NoteKind::PeerReadingAgain).isEmpty());
    const auto bytesOf = [&log](EventKind kind) {
        qint64 total = 0;
        for (const QByteArray &payload : log.payloads(kind))
            total += payload.size();
        return total;
    };
    QTRY_COMPARE(bytesOf(EventKind::Received), kTotal); // the last batch may still be on its way
    QTRY_COMPARE(bytesOf(EventKind::Sent), kTotal);
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QProcess::NotRunning, 20000); // the server keeps running meanwhile
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
