// Interop with real peers: a python3 client written like the course's, nc and socat.
// The SocketLab side is the real TcpServerSession; the peers are separate processes of the
// host (under Wine too: tests/support/hostprocess.h).
#include "network/tcpserversession.h"
#include "tests/support/hostprocess.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

class tst_Interop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void courseClientGetsReply_data();
    void courseClientGetsReply();
    void courseClientsOnMultiServer();
    void netcatLine();
    void socatLine();

private:
    quint16 startServer(TcpServerKind kind, ReplyMode reply, FramingMode framing = FramingMode::Raw);
    // Runs a peer while the event loop keeps serving it; returns its standard output.
    QByteArray runPeer(const QString &program, const QStringList &arguments, const QByteArray &input = {});

    TcpServerSession *m_session = nullptr;
    LabEventBatch m_events;
};

void tst_Interop::init()
{
    m_session = new TcpServerSession(this);
    m_events.clear();
    connect(m_session, &TcpServerSession::eventsReady, this,
            [this](const LabEventBatch &batch) { m_events += batch; });
}

void tst_Interop::cleanup()
{
    delete m_session;
    m_session = nullptr;
}

quint16 tst_Interop::startServer(TcpServerKind kind, ReplyMode reply, FramingMode framing)
{
    TcpServerConfig config = TcpServerConfig::courseDefaults(kind);
    config.bindAddress = QHostAddress::Any;
    config.port = 0;
    config.reply = reply;
    config.framing = framing;
    m_session->start(config);
    return m_session->listeningOn().port;
}

QByteArray tst_Interop::runPeer(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    HostProcess process;
    if (!process.start(program, arguments, input))
        return QByteArray("failed to start ") + program.toUtf8() + ": " + process.errors();
    // No waiting that blocks: the server under test runs on this thread's event loop.
    (void)QTest::qWaitFor([&process] { return !process.isRunning(); }, 10000);
    if (process.isRunning())
        return QByteArray("timed out: ") + program.toUtf8();
    const QByteArray errors = process.errors();
    if (!errors.isEmpty())
        qWarning("%s: %s", qPrintable(program), errors.constData());
    return process.output();
}

void tst_Interop::courseClientGetsReply_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("simple server echoes, IPv4") << int(TcpServerKind::Simple) << "127.0.0.1"
                                                << QByteArray("Received b'Hello, world'\n");
    QTest::newRow("multi server upper case, IPv4") << int(TcpServerKind::Multi) << "127.0.0.1"
                                                   << QByteArray("Received b'HELLO, WORLD'\n");
    QTest::newRow("multi server upper case, IPv6") << int(TcpServerKind::Multi) << "::1"
                                                   << QByteArray("Received b'HELLO, WORLD'\n");
}

void tst_Interop::courseClientGetsReply()
{
    QFETCH(int, kind);
    QFETCH(QString, host);
    QFETCH(QByteArray, expected);
    const auto serverKind = TcpServerKind(kind);
    const quint16 port = startServer(serverKind, TcpServerConfig::courseDefaults(serverKind).reply);
    QVERIFY(port != 0);
    const QByteArray output = runPeer(QStringLiteral("python3"),
                                      { QFINDTESTDATA("peers/course_tcp_client.py"), host, QString::number(port) });
    QCOMPARE(output, expected);
    QTRY_VERIFY(std::any_of(m_events.cbegin(), m_events.cend(),
                            [](const LabEvent &e) { return e.kind == EventKind::Closed; }));
}

void tst_Interop::courseClientsOnMultiServer()
{
    const quint16 port = startServer(TcpServerKind::Multi, ReplyMode::UpperCase);
    std::vector<std::unique_ptr<HostProcess>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<HostProcess>());
        QVERIFY(clients.back()->start(QStringLiteral("python3"), { QFINDTESTDATA("peers/course_tcp_client.py"), QString::number(port) }));
    }
    for (const auto &process : clients) {
        QTRY_VERIFY_WITH_TIMEOUT(!process->isRunning(), 10000);
        QCOMPARE(process->output(), QByteArray("Received b'HELLO, WORLD'\n"));
    }
    // The events come in batches (30 a second): the last one may still be on its way.
    const auto acceptedFrom = [this, port] {
        QSet<quint16> remotePorts;
        for (const LabEvent &event : std::as_const(m_events)) {
            if (event.kind == EventKind::Accepted && event.local.port == port)
                remotePorts.insert(event.remote.port);
        }
        return remotePorts;
    };
    QTRY_COMPARE(acceptedFrom().size(), 3);
}

void tst_Interop::netcatLine()
{
    if (!HostProcess::hostHas(QStringLiteral("nc")))
        QSKIP("nc is not installed (Debian: netcat-openbsd)");
    const quint16 port = startServer(TcpServerKind::Multi, ReplyMode::UpperCase, FramingMode::Line);
    // -N: shut down the sending side at end of input, then read the answer until the server closes.
    // -q 1: OpenBSD nc waits a second after EOF on stdin, then quits.
    const QByteArray output = runPeer(QStringLiteral("nc"), { QStringLiteral("-q"), QStringLiteral("1"),
                                                              QStringLiteral("127.0.0.1"), QString::number(port) },
                                      "olá, mundo\nsegunda linha\n");
    QCOMPARE(output, QByteArray("OLÁ, MUNDO\nSEGUNDA LINHA\n"));
}

void tst_Interop::socatLine()
{
    if (!HostProcess::hostHas(QStringLiteral("socat")))
        QSKIP("socat is not installed");
    const quint16 port = startServer(TcpServerKind::Simple, ReplyMode::Echo, FramingMode::Line);
    const QByteArray output = runPeer(QStringLiteral("socat"), { QStringLiteral("-t1"), QStringLiteral("-"),
                                                                 QStringLiteral("TCP:[::1]:%1").arg(port) },
                                      "ping\r\n");
    QCOMPARE(output, QByteArray("ping\n"));
}

QTEST_GUILESS_MAIN(tst_Interop)
#include "tst_interop.moc"
