// parsePortList() and PortChecker against real sockets on loopback only: QTcpServers and
// QUdpSockets in this process, ports from the kernel. Nothing is ever sent off the machine.
#include "network/portchecker.h"
#include "network/portlist.h"
#include "tests/support/loopbackpeers.h"
#include "tests/support/rawsocket.h"
#include "tests/support/wine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkDatagram>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <memory>
#include <vector>

namespace {

QList<quint16> portRange(int first, int last)
{
    QList<quint16> ports;
    for (int port = first; port <= last; ++port)
        ports.append(quint16(port));
    return ports;
}

PortCheckRequest request(const QString &host, const QList<quint16> &ports, Transport transport = Transport::Tcp)
{
    PortCheckRequest request;
    request.host = host;
    request.ports = ports;
    request.transport = transport;
    return request;
}

bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

quint16 closedUdpPort(const QHostAddress &address)
{
    QUdpSocket socket;
    if (!socket.bind(address, 0))
        return 0;
    const quint16 port = socket.localPort();
    socket.close();
    return port;
}

// Everything a checker said, in order, so that "nothing after finished" can be asserted.
class Recorder : public QObject
{
public:
    explicit Recorder(PortChecker *checker)
    {
        connect(checker, &PortChecker::resolved, this, [this](const QHostAddress &address) {
            resolved.append(address);
            order.append(QStringLiteral("resolved"));
        });
        connect(checker, &PortChecker::resultReady, this, [this](const PortCheckResult &result) {
            results.append(result);
            order.append(QStringLiteral("result"));
        });
        connect(checker, &PortChecker::progressed, this, [this](int done, int total) {
            progress.append({ done, total });
            order.append(QStringLiteral("progressed"));
        });
        connect(checker, &PortChecker::finished, this, [this](bool cancelled) {
            finished.append(cancelled);
            order.append(QStringLiteral("finished"));
        });
        connect(checker, &PortChecker::failed, this, [this](LabError error) {
            failed.append(error);
            order.append(QStringLiteral("failed"));
        });
    }

    QHash<quint16, PortCheckResult> byPort() const
    {
        QHash<quint16, PortCheckResult> found;
        for (const PortCheckResult &result : results)
            found.insert(result.port, result);
        return found;
    }
    int ended() const { return int(finished.size() + failed.size()); }

    QList<QHostAddress> resolved;
    QList<PortCheckResult> results;
    QList<QPair<int, int>> progress;
    QList<bool> finished;
    QList<LabError> failed;
    QStringList order;
};

// A QTcpServer that keeps every accepted socket and what each one sent.
class AcceptingServer : public QObject
{
public:
    AcceptingServer()
    {
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

// A bound UDP socket that counts datagrams and, when asked to, echoes each one back.
class UdpPeer : public QObject
{
public:
    explicit UdpPeer(bool echo)
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, [this, echo] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram datagram = m_socket.receiveDatagram();
                received.append(datagram.data());
                if (echo)
                    m_socket.writeDatagram(datagram.makeReply(datagram.data()));
            }
        });
    }
    bool bind() { return m_socket.bind(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_socket.localPort(); }

    QByteArrayList received;

private:
    QUdpSocket m_socket;
};

// A listener made of plain socket calls (rawsocket.h), so that what the checker leaves behind
// can be read with recv(): RST shows as ECONNRESET (WSAECONNRESET), a FIN would show as 0.
class PosixListener
{
public:
    PosixListener() = default;
    PosixListener(const PosixListener &) = delete;
    PosixListener &operator=(const PosixListener &) = delete;
    ~PosixListener()
    {
        RawSocket::close(m_accepted);
        RawSocket::close(m_socket);
    }

    bool listen()
    {
        m_socket = RawSocket::openTcp();
        if (m_socket == RawSocket::kNone || !RawSocket::setNonBlocking(m_socket)
            || !RawSocket::listenOnLoopback(m_socket, 8))
            return false;
        m_port = RawSocket::localPort(m_socket);
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    bool accept()
    {
        if (m_accepted == RawSocket::kNone)
            m_accepted = RawSocket::accept(m_socket, true);
        return m_accepted != RawSocket::kNone;
    }
    // recv() of one byte: its return value, and its error number when it is -1. Never inside
    // QTRY_*, which evaluates its expression again after it held: the reset is reported only once.
    QPair<qint64, int> receive()
    {
        char byte = 0;
        const qint64 n = RawSocket::receive(m_accepted, &byte, 1);
        return { n, n < 0 ? RawSocket::lastError() : 0 };
    }

private:
    RawSocket::Descriptor m_socket = RawSocket::kNone;
    RawSocket::Descriptor m_accepted = RawSocket::kNone;
    quint16 m_port = 0;
};

} // namespace

class tst_PortChecker : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void startRequested(const PortCheckRequest &request);

private Q_SLOTS:
    void parsePortList_data();
    void parsePortList();
    void parsePortListWithoutErrorPointer();
    void tcpOpenAndClosed();
    void tcpOpenPortIsResetWithoutData();
    void tcpNoAnswerIsFiltered();
    void tcpIpv6_data();
    void tcpIpv6();
    void udpOpenSilentAndClosed();
    void wholeRangeOnLoopback();
    void parallelOneChecksInRequestOrder();
    void parallelBoundsProbesInFlight();
    void cancelAfterFirstResult();
    void cancelAbortsHangingConnects();
    void queuedCancelStopsTheRange();
    void cancelDuringLookup();
    void cancelWhenIdleDoesNothing();
    void startAgainCancelsTheRunningCheck();
    void hostNotFound();
    void invalidRequests_data();
    void invalidRequests();
    void worksAcrossThreads();
};

void tst_PortChecker::parsePortList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<quint16>>("ports");
    QTest::addColumn<PortListError>("error");

    const QList<quint16> none;
    const PortListError noError = PortListError::Empty; // not looked at for valid rows

    QTest::newRow("one port") << "80" << true << QList<quint16> { 80 } << noError;
    QTest::newRow("list") << "22, 80,443" << true << QList<quint16> { 22, 80, 443 } << noError;
    QTest::newRow("range") << "8000-8010" << true << portRange(8000, 8010) << noError;
    QTest::newRow("mixed") << "22,80,8000-8010" << true << (QList<quint16> { 22, 80 } + portRange(8000, 8010))
                           << noError;
    QTest::newRow("spaces around items") << "  443 ,\t22 , 80  " << true << QList<quint16> { 22, 80, 443 }
                                         << noError;
    QTest::newRow("spaces around the dash") << "8000 - 8002" << true << portRange(8000, 8002) << noError;
    QTest::newRow("sorted, duplicates removed") << "443,22,22,80,21-23" << true
                                                << QList<quint16> { 21, 22, 23, 80, 443 } << noError;
    QTest::newRow("one-port range") << "5-5" << true << QList<quint16> { 5 } << noError;
    QTest::newRow("lowest and highest") << "65535,1" << true << QList<quint16> { 1, 65535 } << noError;
    QTest::newRow("leading zeros") << "0080" << true << QList<quint16> { 80 } << noError;
    QTest::newRow("exactly the limit") << "1-1024" << true << portRange(1, 1024) << noError;
    QTest::newRow("overlaps count once") << "1-1000,900-1024" << true << portRange(1, 1024) << noError;

    QTest::newRow("empty") << "" << false << none << PortListError::Empty;
    QTest::newRow("only spaces") << "   " << false << none << PortListError::Empty;
    QTest::newRow("a word") << "http" << false << none << PortListError::NotANumber;
    QTest::newRow("letters after digits") << "80a" << false << none << PortListError::NotANumber;
    QTest::newRow("empty item") << "22,,80" << false << none << PortListError::NotANumber;
    QTest::newRow("trailing comma") << "22," << false << none << PortListError::NotANumber;
    QTest::newRow("negative") << "-5" << false << none << PortListError::NotANumber;
    QTest::newRow("open range") << "5-" << false << none << PortListError::NotANumber;
    QTest::newRow("two dashes") << "1-2-3" << false << none << PortListError::NotANumber;
    QTest::newRow("plus sign") << "+80" << false << none << PortListError::NotANumber;
    QTest::newRow("space inside a number") << "8 0" << false << none << PortListError::NotANumber;
    QTest::newRow("spaces as separators") << "22 80" << false << none << PortListError::NotANumber;
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0668\u0660") << false << none
                                         << PortListError::NotANumber;
    QTest::newRow("zero") << "0" << false << none << PortListError::OutOfRange;
    QTest::newRow("zero starts a range") << "0-10" << false << none << PortListError::OutOfRange;
    QTest::newRow("65536") << "65536" << false << none << PortListError::OutOfRange;
    QTest::newRow("range past 65535") << "65000-70000" << false << none << PortListError::OutOfRange;
    QTest::newRow("far too big") << "99999999999" << false << none << PortListError::OutOfRange;
    QTest::newRow("reversed range") << "10-5" << false << none << PortListError::ReversedRange;
    QTest::newRow("one past the limit") << "1-1025" << false << none << PortListError::TooMany;
    QTest::newRow("limit plus one more") << "1-1024,2000" << false << none << PortListError::TooMany;
    QTest::newRow("every port") << "1-65535" << false << none << PortListError::TooMany;
    QTest::newRow("first problem wins") << "10-5,http" << false << none << PortListError::ReversedRange;
    QTest::newRow("syntax before size") << "1-65535,http" << false << none << PortListError::NotANumber;
}

void tst_PortChecker::parsePortList()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QList<quint16>, ports);
    QFETCH(PortListError, error);

    PortListError reported = PortListError::TooMany;
    const std::optional<QList<quint16>> parsed = ::parsePortList(text, &reported);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ports);
    else
        QCOMPARE(reported, error);
}

void tst_PortChecker::parsePortListWithoutErrorPointer()
{
    QVERIFY(!::parsePortList(QStringLiteral("http")).has_value());
    const std::optional<QList<quint16>> parsed = ::parsePortList(QStringLiteral("80"));
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, QList<quint16> { 80 });
}

void tst_PortChecker::tcpOpenAndClosed()
{
    AcceptingServer first;
    AcceptingServer second;
    QVERIFY(first.listen(QHostAddress::LocalHost));
    QVERIFY(second.listen(QHostAddress::LocalHost));
    const quint16 closedA = closedTcpPort(QHostAddress::LocalHost);
    const quint16 closedB = closedTcpPort(QHostAddress::LocalHost);
    QVERIFY(closedA != 0 && closedB != 0);

    PortChecker checker;
    Recorder recorder(&checker);
    checker.start(request(QStringLiteral("127.0.0.1"), { first.port(), closedA, second.port(), closedB }));
    QVERIFY(checker.isRunning());
    QTRY_COMPARE(recorder.ended(), 1);
    QVERIFY(!checker.isRunning());

    QCOMPARE(recorder.failed, QList<LabError>());
    QCOMPARE(recorder.finished, QList<bool> { false });
    QCOMPARE(recorder.resolved, QList<QHostAddress> { QHostAddress(QHostAddress::LocalHost) });
    QCOMPARE(recorder.results.size(), 4);
    const QHash<quint16, PortCheckResult> results = recorder.byPort();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.value(first.port()).status, PortStatus::Open);
    QCOMPARE(results.value(first.port()).error, LabError::None);
    QCOMPARE(results.value(second.port()).status, PortStatus::Open);
    QCOMPARE(results.value(second.port()).error, LabError::None);
    QCOMPARE(results.value(closedA).status, PortStatus::Closed);
    QCOMPARE(results.value(closedA).error, LabError::ConnectionRefused);
    QCOMPARE(results.value(closedB).status, PortStatus::Closed);
    QCOMPARE(results.value(closedB).error, LabError::ConnectionRefused);
    for (const PortCheckResult &result : std::as_const(recorder.results)) {
        QVERIFY(result.elapsedMs >= 0);
        QVERIFY(result.elapsedMs < PortCheckRequest::kDefaultTimeoutMs);
    }

    const QList<QPair<int, int>> progress { { 1, 4 }, { 2, 4 }, { 3, 4 }, { 4, 4 } };
    QCOMPARE(recorder.progress, progress);
    QCOMPARE(recorder.order.constFirst(), QStringLiteral("resolved"));
    QCOMPARE(recorder.order.constLast(), QStringLiteral("finished"));

    // Each server saw exactly one connection, closed at once without a byte.
    QTRY_COMPARE(first.sockets.size(), 1);
    QTRY_COMPARE(second.sockets.size(), 1);
    QTRY_COMPARE(first.sockets.constFirst()->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(second.sockets.constFirst()->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(first.received, QByteArrayList { QByteArray() });
    QCOMPARE(second.received, QByteArrayList { QByteArray() });

    // Nothing more once finished.
    const int signalsSoFar = int(recorder.order.size());
    QTest::qWait(100);
    QCOMPARE(recorder.order.size(), signalsSoFar);
}

void tst_PortChecker::tcpOpenPortIsResetWithoutData()
{
    PosixListener listener;
    QVERIFY(listener.listen());

    PortChecker checker;
    Recorder recorder(&checker);
    checker.start(request(QStringLiteral("127.0.0.1"), { listener.port() }));
    QTRY_COMPARE(recorder.finished, QList<bool> { false });
    QCOMPARE(recorder.results.size(), 1);
    QCOMPARE(recorder.results.constFirst().status, PortStatus::Open);

    // The handshake completed, so the connection waits in the accept queue (Linux keeps it
    // there even once reset); what the checker did next is what recv() reports: ECONNRESET
    // for RST (a FIN would read as 0, a byte of data as 1).
    QTRY_VERIFY(listener.accept());
    if (runningUnderWine())
        QSKIP("Wine 8 closes a socket whose SO_LINGER is 0 with FIN, not RST: recv() reads 0 there.");
    // recv() reports the reset once: wait for the first answer that is not "nothing yet".
    QPair<qint64, int> received;
    QVERIFY(QTest::qWaitFor([&] { return (received = listener.receive()).second != RawSocket::wouldBlockError(); }));
    QCOMPARE(received.first, qint64(-1));
    QCOMPARE(received.second, RawSocket::connectionResetError());
}

void tst_PortChecker::tcpNoAnswerIsFiltered()
{
    FullBacklogListener listener;
    if (!listener.setUp())
        QSKIP("this kernel completes every loopback handshake: no port that stays silent");
    const quint16 closed = closedTcpPort(QHostAddress::LocalHost);

    PortChecker checker;
    Recorder recorder(&checker);
    PortCheckRequest silent = request(QStringLiteral("127.0.0.1"), { listener.port(), closed });
    silent.timeoutMs = 300;
    checker.start(silent);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.ended(), 1, 3000);
    QCOMPARE(recorder.finished, QList<bool> { false });
    const QHash<quint16, PortCheckResult> results = recorder.byPort();
    QCOMPARE(results.value(listener.port()).status, PortStatus::Filtered);
    QCOMPARE(results.value(listener.port()).error, LabError::Timeout);
    QVERIFY(results.value(listener.port()).elapsedMs >= 300);
    QCOMPARE(results.value(closed).status, PortStatus::Closed);
    // The closed port did not wait for the silent one.
    QCOMPARE(recorder.results.constFirst().port, closed);
}

void tst_PortChecker::tcpIpv6_data()
{
    QTest::addColumn<QString>("host");

    QTest::newRow("::1") << QStringLiteral("::1");
    QTest::newRow("[::1]") << QStringLiteral("[::1]");
}

void tst_PortChecker::tcpIpv6()
{
    QFETCH(QString, host);
    if (!ipv6LoopbackAvailable())
        QSKIP("::1 is not available on this machine");
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHostIPv6));
    const quint16 closed = closedTcpPort(QHostAddress::LocalHostIPv6);

    PortChecker checker;
    Recorder recorder(&checker);
    checker.start(request(host, { server.port(), closed }));
    QTRY_COMPARE(recorder.ended(), 1);
    QCOMPARE(recorder.finished, QList<bool> { false });
    QCOMPARE(recorder.resolved, QList<QHostAddress> { QHostAddress(QHostAddress::LocalHostIPv6) });
    const QHash<quint16, PortCheckResult> results = recorder.byPort();
    QCOMPARE(results.value(server.port()).status, PortStatus::Open);
    QCOMPARE(results.value(closed).status, PortStatus::Closed);
    QCOMPARE(results.value(closed).error, LabError::ConnectionRefused);
    // The server saw the connection (its peer address may already be gone: reset at once).
    QTRY_COMPARE(server.sockets.size(), 1);
}

void tst_PortChecker::udpOpenSilentAndClosed()
{
    UdpPeer echo(true);
    UdpPeer silent(false);
    QVERIFY(echo.bind());
    QVERIFY(silent.bind());
    const quint16 closed = closedUdpPort(QHostAddress::LocalHost);
    QVERIFY(closed != 0);

    PortChecker checker;
    Recorder recorder(&checker);
    PortCheckRequest udp = request(QStringLiteral("127.0.0.1"), { echo.port(), silent.port(), closed }, Transport::Udp);
    udp.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    checker.start(udp);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.ended(), 1, 3000);
    QCOMPARE(recorder.finished, QList<bool> { false });
    QVERIFY(clock.elapsed() >= 300);

    const QHash<quint16, PortCheckResult> results = recorder.byPort();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.value(echo.port()).status, PortStatus::Open);
    QCOMPARE(results.value(echo.port()).error, LabError::None);
    QCOMPARE(results.value(silent.port()).status, PortStatus::OpenOrFiltered);
    QCOMPARE(results.value(silent.port()).error, LabError::Timeout);
    // Qt's coarse timers may fire up to 5% early (seen under Wine: before 300 ms).
    QVERIFY(results.value(silent.port()).elapsedMs >= 285);
    // One empty datagram to each listening port, nothing more.
    QCOMPARE(echo.received, QByteArrayList { QByteArray() });
    QCOMPARE(silent.received, QByteArrayList { QByteArray() });

    if (runningUnderWine())
        QSKIP("Wine 8 stubs SIO_UDP_CONNRESET: the ICMP port unreachable never reaches a Windows UDP socket there, so a closed UDP port looks silent.");
    QCOMPARE(results.value(closed).status, PortStatus::Closed);
    QCOMPARE(results.value(closed).error, LabError::PortUnreachable);
    QVERIFY(results.value(closed).elapsedMs < 300);
    // The silent port is the one that waited: it comes last.
    QCOMPARE(recorder.results.constLast().port, silent.port());
}

void tst_PortChecker::wholeRangeOnLoopback()
{
    PortChecker checker;
    Recorder recorder(&checker);
    const QList<quint16> ports = portRange(1, kMaxPortsPerCheck);
    checker.start(request(QStringLiteral("127.0.0.1"), ports));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.ended(), 1, 30000);
    QCOMPARE(recorder.finished, QList<bool> { false });
    QCOMPARE(recorder.results.size(), kMaxPortsPerCheck);
    QCOMPARE(recorder.progress.size(), kMaxPortsPerCheck);
    QCOMPARE(recorder.progress.constLast(), qMakePair(kMaxPortsPerCheck, kMaxPortsPerCheck));

    QSet<quint16> seen;
    for (const PortCheckResult &result : std::as_const(recorder.results)) {
        seen.insert(result.port);
        // Loopback always answers: never Filtered.
        if (result.status == PortStatus::Open)
            QCOMPARE(result.error, LabError::None);
        else
            QCOMPARE(result.status, PortStatus::Closed);
    }
    QCOMPARE(seen, QSet<quint16>(ports.cbegin(), ports.cend()));
}

void tst_PortChecker::parallelOneChecksInRequestOrder()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QList<quint16> ports { closedTcpPort(QHostAddress::LocalHost), server.port(),
                                 closedTcpPort(QHostAddress::LocalHost) };

    PortChecker checker;
    Recorder recorder(&checker);
    PortCheckRequest serial = request(QStringLiteral("127.0.0.1"), ports);
    serial.parallel = 1;
    checker.start(serial);
    QTRY_COMPARE(recorder.ended(), 1);
    QList<quint16> order;
    for (const PortCheckResult &result : std::as_const(recorder.results))
        order.append(result.port);
    QCOMPARE(order, ports);
}

void tst_PortChecker::parallelBoundsProbesInFlight()
{
    PortChecker checker;
    Recorder recorder(&checker);
    // Sockets of finished probes are aborted at once (deleted later): the ones still not
    // unconnected are the probes in flight.
    int mostInFlight = 0;
    const auto countInFlight = [&checker, &mostInFlight] {
        int inFlight = 0;
        for (const QAbstractSocket *socket : checker.findChildren<QAbstractSocket *>()) {
            if (socket->state() != QAbstractSocket::UnconnectedState)
                ++inFlight;
        }
        mostInFlight = qMax(mostInFlight, inFlight);
    };
    connect(&checker, &PortChecker::resultReady, this, countInFlight);
    PortCheckRequest bounded = request(QStringLiteral("127.0.0.1"), portRange(1, 200));
    bounded.parallel = 5;
    checker.start(bounded);
    QTRY_COMPARE(recorder.ended(), 1);
    QCOMPARE(recorder.results.size(), 200);
    QVERIFY2(mostInFlight <= 5, qPrintable(QString::number(mostInFlight)));
    if (runningUnderWine() && mostInFlight == 0)
        QSKIP("Under Wine 8 every probe to a closed loopback port had ended before the next result came: no probe was seen in flight.");
    QVERIFY(mostInFlight >= 1);
}

void tst_PortChecker::cancelAfterFirstResult()
{
    PortChecker checker;
    Recorder recorder(&checker);
    QElapsedTimer sinceCancel;
    connect(&checker, &PortChecker::resultReady, this, [&checker, &sinceCancel] {
        if (!sinceCancel.isValid()) {
            sinceCancel.start();
            checker.cancel();
        }
    });
    checker.start(request(QStringLiteral("127.0.0.1"), portRange(1, kMaxPortsPerCheck)));
    QTRY_COMPARE(recorder.ended(), 1);
    QVERIFY(sinceCancel.elapsed() < 500);
    QCOMPARE(recorder.finished, QList<bool> { true });
    QVERIFY(!checker.isRunning());

    QTest::qWait(300);
    // The first result was delivered; nothing after finished, not even its progress.
    QCOMPARE(recorder.results.size(), 1);
    QCOMPARE(recorder.progress.size(), 0);
    QCOMPARE(recorder.order.constLast(), QStringLiteral("finished"));
    QCOMPARE(recorder.finished.size(), 1);
    // Every socket in flight was aborted and is gone.
    QTRY_COMPARE(checker.findChildren<QAbstractSocket *>().size(), 0);
}

void tst_PortChecker::cancelAbortsHangingConnects()
{
    FullBacklogListener listener;
    if (!listener.setUp())
        QSKIP("this kernel completes every loopback handshake: no connect that hangs");

    PortChecker checker;
    Recorder recorder(&checker);
    PortCheckRequest slow = request(QStringLiteral("127.0.0.1"), { listener.port() });
    slow.timeoutMs = 60000;
    checker.start(slow);
    QTRY_COMPARE(recorder.resolved.size(), 1);
    QTest::qWait(200);
    QCOMPARE(checker.findChildren<QAbstractSocket *>().size(), 1);
    QCOMPARE(checker.findChildren<QAbstractSocket *>().constFirst()->state(), QAbstractSocket::ConnectingState);

    QElapsedTimer clock;
    clock.start();
    checker.cancel();
    QCOMPARE(recorder.finished, QList<bool> { true }); // at once, not at the timeout
    QVERIFY(clock.elapsed() < 500);
    QTRY_COMPARE(checker.findChildren<QAbstractSocket *>().size(), 0);
    QTest::qWait(200);
    QCOMPARE(recorder.results.size(), 0);
    QCOMPARE(recorder.order, (QStringList { QStringLiteral("resolved"), QStringLiteral("finished") }));
}

void tst_PortChecker::queuedCancelStopsTheRange()
{
    // As from the GUI thread: the cancel() is an event, so the checker must come back to the
    // event loop while it works through a range.
    PortChecker checker;
    Recorder recorder(&checker);
    connect(&checker, &PortChecker::resolved, this,
            [&checker] { QMetaObject::invokeMethod(&checker, &PortChecker::cancel, Qt::QueuedConnection); });
    checker.start(request(QStringLiteral("127.0.0.1"), portRange(1, kMaxPortsPerCheck)));
    QTRY_COMPARE(recorder.ended(), 1);
    QCOMPARE(recorder.finished, QList<bool> { true });
    QVERIFY2(recorder.results.size() <= PortCheckRequest::kDefaultParallel,
             qPrintable(QString::number(recorder.results.size())));
    QTest::qWait(100);
    QCOMPARE(recorder.order.constLast(), QStringLiteral("finished"));
}

void tst_PortChecker::cancelDuringLookup()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    PortChecker checker;
    Recorder recorder(&checker);
    checker.start(request(QStringLiteral("127.0.0.1"), { server.port() }));
    checker.cancel();
    QCOMPARE(recorder.finished, QList<bool> { true });
    QTest::qWait(200);
    QCOMPARE(recorder.order, QStringList { QStringLiteral("finished") });
    QCOMPARE(server.sockets.size(), 0);
}

void tst_PortChecker::cancelWhenIdleDoesNothing()
{
    PortChecker checker;
    Recorder recorder(&checker);
    checker.cancel();
    QCOMPARE(recorder.order, QStringList());

    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    checker.start(request(QStringLiteral("127.0.0.1"), { server.port() }));
    QTRY_COMPARE(recorder.finished, QList<bool> { false });
    checker.cancel(); // after the end: nothing to cancel
    QCOMPARE(recorder.finished, QList<bool> { false });
}

void tst_PortChecker::startAgainCancelsTheRunningCheck()
{
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const PortCheckRequest second = request(QStringLiteral("127.0.0.1"), { server.port() });

    PortChecker checker;
    Recorder recorder(&checker);
    // Loopback answers 1024 ports faster than a test can step in from outside: the second
    // start() comes from a slot of the first run's first result, as a UI's could.
    bool restarted = false;
    connect(&checker, &PortChecker::resultReady, this, [&] {
        if (!restarted) {
            restarted = true;
            checker.start(second);
            QCOMPARE(recorder.finished, QList<bool> { true });
        }
    });
    checker.start(request(QStringLiteral("127.0.0.1"), portRange(1, kMaxPortsPerCheck)));
    QTRY_COMPARE(recorder.finished, (QList<bool> { true, false }));
    QTest::qWait(100);
    QCOMPARE(recorder.finished, (QList<bool> { true, false }));
    // The first run's first result, then only the second run's.
    QCOMPARE(recorder.results.size(), 2);
    QCOMPARE(recorder.results.constLast().port, server.port());
    QCOMPARE(recorder.results.constLast().status, PortStatus::Open);
    QCOMPARE(recorder.progress, (QList<QPair<int, int>> { { 1, 1 } }));
    QCOMPARE(recorder.resolved.size(), 2);
    QCOMPARE(recorder.order,
             (QStringList { QStringLiteral("resolved"), QStringLiteral("result"), QStringLiteral("finished"),
                            QStringLiteral("resolved"), QStringLiteral("result"), QStringLiteral("progressed"),
                            QStringLiteral("finished") }));
    QTRY_COMPARE(server.sockets.size(), 1);
}

void tst_PortChecker::hostNotFound()
{
    PortChecker checker;
    Recorder recorder(&checker);
    checker.start(request(QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.invalid"), { 80 })); // a 64-character label is no valid name: it fails here, no DNS query leaves the machine
    QTRY_COMPARE_WITH_TIMEOUT(recorder.ended(), 1, 20000);
    QCOMPARE(recorder.failed, QList<LabError> { LabError::HostNotFound });
    QCOMPARE(recorder.order, QStringList { QStringLiteral("failed") });
    QVERIFY(!checker.isRunning());
}

void tst_PortChecker::invalidRequests_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QList<quint16>>("ports");
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<LabError>("error");

    const QString loopback = QStringLiteral("127.0.0.1");
    QTest::newRow("no host") << QString() << QList<quint16> { 80 } << Transport::Tcp << LabError::InvalidAddress;
    QTest::newRow("blank host") << QStringLiteral("  ") << QList<quint16> { 80 } << Transport::Tcp
                                << LabError::InvalidAddress;
    QTest::newRow("no ports") << loopback << QList<quint16>() << Transport::Tcp << LabError::InvalidPort;
    QTest::newRow("port 0") << loopback << QList<quint16> { 80, 0 } << Transport::Tcp << LabError::InvalidPort;
    QTest::newRow("too many ports") << loopback << portRange(1, kMaxPortsPerCheck + 1) << Transport::Tcp
                                    << LabError::InvalidPort;
    // A broadcast or multicast address is many hosts: refused before anything is sent.
    QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << QList<quint16> { 9 } << Transport::Udp
                               << LabError::InvalidAddress;
    QTest::newRow("multicast") << QStringLiteral("224.0.0.1") << QList<quint16> { 9 } << Transport::Udp
                               << LabError::InvalidAddress;
    QTest::newRow("IPv6 multicast") << QStringLiteral("ff02::1") << QList<quint16> { 9 } << Transport::Udp
                                    << LabError::InvalidAddress;
}

void tst_PortChecker::invalidRequests()
{
    QFETCH(QString, host);
    QFETCH(QList<quint16>, ports);
    QFETCH(Transport, transport);
    QFETCH(LabError, error);

    PortChecker checker;
    Recorder recorder(&checker);
    checker.start(request(host, ports, transport));
    QTRY_COMPARE(recorder.ended(), 1);
    QCOMPARE(recorder.failed, QList<LabError> { error });
    QTest::qWait(50);
    QCOMPARE(recorder.order, QStringList { QStringLiteral("failed") });
    QCOMPARE(checker.findChildren<QAbstractSocket *>().size(), 0);
}

void tst_PortChecker::worksAcrossThreads()
{
    // As in the app: the checker on the network thread, requests and results queued across.
    AcceptingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 closed = closedTcpPort(QHostAddress::LocalHost);

    QThread network;
    auto *checker = new PortChecker;
    checker->moveToThread(&network);
    connect(&network, &QThread::finished, checker, &QObject::deleteLater);
    connect(this, &tst_PortChecker::startRequested, checker, &PortChecker::start);
    Recorder recorder(checker);
    network.start();

    Q_EMIT startRequested(request(QStringLiteral("127.0.0.1"), { server.port(), closed }));
    QTRY_COMPARE(recorder.ended(), 1);
    QCOMPARE(recorder.finished, QList<bool> { false });
    const QHash<quint16, PortCheckResult> results = recorder.byPort();
    QCOMPARE(results.value(server.port()).status, PortStatus::Open);
    QCOMPARE(results.value(closed).status, PortStatus::Closed);
    QCOMPARE(recorder.progress.constLast(), qMakePair(2, 2));

    network.quit();
    QVERIFY(network.wait(5000));
}

QTEST_GUILESS_MAIN(tst_PortChecker)
#include "tst_portchecker.moc"
