// The client and UDP pages as a student uses them, against SocketLab's own server pages in the
// same window: both tables show the same pairs from the two sides. Offscreen, loopback only.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/tcpclientpage.h"
#include "app/tcpserverpage.h"
#include "app/udpclientpage.h"
#include "app/udpserverpage.h"
#include "model/bursttracker.h"
#include "model/connectiontablemodel.h"
#include "model/messagelogmodel.h"
#include "model/peertablemodel.h"
#include "widgets/burstcontrols.h"
#include "widgets/clientcontrols.h"
#include "widgets/connectiontableview.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"
#include "widgets/servercontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>
#include <vector>

class tst_ClientPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tcpClientAgainstOwnServer();
    void twoHundredConnections();
    void tcpBurstIsCountedExactly();
    void udpClientAgainstOwnServer();
    void udpBurstCountsWhatArrived();
    void clientInputIsValidated_data();
    void clientInputIsValidated();
    void refusedAndUnreachableAreExplained();
    void settingsSurviveRestart();
    void attemptsAreRowsThatCanBeCancelled();

private:
    static quint16 freeTcpPort();
    static quint16 freeUdpPort();
    quint16 startServer(LabMode mode, bool smallBuffer = false);
    QSet<quint16> portsIn(QAbstractItemModel *model, int column) const;

    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_ClientPages::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_clientpages"));
}

void tst_ClientPages::init()
{
    m_languages = new LanguageManager;
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = new MainWindow(m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ClientPages::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_languages;
    m_languages = nullptr;
    QSettings().clear();
}

quint16 tst_ClientPages::freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

quint16 tst_ClientPages::freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

quint16 tst_ClientPages::startServer(LabMode mode, bool smallBuffer)
{
    ServerControls *controls = nullptr;
    if (mode == LabMode::UdpServer)
        controls = m_window->udpServerPage()->controls();
    else
        controls = m_window->serverPage(mode == LabMode::TcpSimple ? TcpServerKind::Simple : TcpServerKind::Multi)->controls();
    const quint16 port = mode == LabMode::UdpServer ? freeUdpPort() : freeTcpPort();
    controls->addressBox()->setCurrentIndex(1); // 127.0.0.1
    controls->portEdit()->setText(QString::number(port));
    if (smallBuffer)
        controls->findChild<QCheckBox *>()->setChecked(true);
    QTest::mouseClick(controls->startButton(), Qt::LeftButton);
    // 15 s: the first start under Wine (the Windows suite) can take several seconds.
    if (!QTest::qWaitFor([controls] { return controls->isRunning(); }, 15000))
        return 0;
    return port;
}

QSet<quint16> tst_ClientPages::portsIn(QAbstractItemModel *model, int column) const
{
    QSet<quint16> ports;
    for (int row = 0; row < model->rowCount(); ++row)
        ports.insert(quint16(model->index(row, column).data(ConnectionTableModel::RawValueRole).toUInt()));
    return ports;
}

void tst_ClientPages::tcpClientAgainstOwnServer()
{
    const quint16 port = startServer(LabMode::TcpMulti);
    QVERIFY(port);
    TcpClientPage *client = m_window->tcpClientPage();
    client->controls()->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    client->controls()->portEdit()->setText(QString::number(port));
    client->controls()->countBox()->setValue(5);
    QTest::mouseClick(client->controls()->connectButton(), Qt::LeftButton);

    ConnectionTableModel *clientTable = client->connectionModel();
    ConnectionTableModel *serverTable = m_window->serverPage(TcpServerKind::Multi)->connectionModel();
    QTRY_COMPARE(clientTable->openCount(), 5);
    QTRY_COMPARE(serverTable->openCount(), 5);
    // The same pairs from both sides: the client's local ports are the server's remote ports.
    const QSet<quint16> clientLocal = portsIn(clientTable, ConnectionTableModel::LocalPortColumn);
    QCOMPARE(clientLocal.size(), 5);
    QCOMPARE(clientLocal, portsIn(serverTable, ConnectionTableModel::RemotePortColumn));
    QCOMPARE(portsIn(clientTable, ConnectionTableModel::RemotePortColumn), QSet<quint16>({ port }));
    QCOMPARE(portsIn(serverTable, ConnectionTableModel::LocalPortColumn), QSet<quint16>({ port }));

    // The composer sends on all connections; the multi-client server answers in upper case.
    client->composer()->input()->setText(QStringLiteral("olá"));
    QTest::keyClick(client->composer()->input(), Qt::Key_Return);
    QTRY_COMPARE(serverTable->index(0, ConnectionTableModel::MessagesInColumn)
                     .data(ConnectionTableModel::RawValueRole).toLongLong(), 1LL);
    QTRY_VERIFY([clientTable] {
        for (int row = 0; row < 5; ++row)
            if (clientTable->index(row, ConnectionTableModel::BytesInColumn).data(ConnectionTableModel::RawValueRole).toLongLong() != 5)
                return false;
        return true;
    }()); // "OLÁ\n": 5 bytes back on each connection
    int replies = 0;
    for (int row = 0; row < client->logModel()->rowCount(); ++row) {
        const QModelIndex index = client->logModel()->index(row);
        if (index.data(MessageLogModel::DirectionRole).toInt() == MessageLogModel::ReceivedDirection) {
            QCOMPARE(index.data(MessageLogModel::PayloadRole).toByteArray(), QByteArray("OLÁ\n"));
            ++replies;
        }
    }
    QCOMPARE(replies, 5);

    QTest::mouseClick(client->controls()->closeButton(), Qt::LeftButton);
    QTRY_COMPARE(clientTable->openCount(), 0);
    QTRY_COMPARE(serverTable->openCount(), 0);
}

void tst_ClientPages::twoHundredConnections()
{
    const quint16 port = startServer(LabMode::TcpMulti);
    QVERIFY(port);
    TcpClientPage *client = m_window->tcpClientPage();
    client->openWith(ClientSettings { QStringLiteral("127.0.0.1"), port, 200 });
    QTRY_COMPARE_WITH_TIMEOUT(client->connectionModel()->openCount(), 200, 20000);
    QCOMPARE(client->connectionModel()->rowCount(), 200);
    QCOMPARE(portsIn(client->connectionModel(), ConnectionTableModel::LocalPortColumn).size(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->serverPage(TcpServerKind::Multi)->connectionModel()->openCount(), 200, 20000);
}

void tst_ClientPages::tcpBurstIsCountedExactly()
{
    const quint16 port = startServer(LabMode::TcpMulti);
    QVERIFY(port);
    TcpServerPage *server = m_window->serverPage(TcpServerKind::Multi);
    QList<BurstTracker::Summary> finished;
    connect(server->burstTracker(), &BurstTracker::finished, this,
            [&finished](const BurstTracker::Summary &summary) { finished.append(summary); });
    TcpClientPage *client = m_window->tcpClientPage();
    client->openWith(ClientSettings { QStringLiteral("127.0.0.1"), port, 1 });
    QTRY_COMPARE(client->connectionModel()->openCount(), 1);
    client->burstControls()->countBox()->setValue(10000);
    QTRY_VERIFY(client->burstControls()->sendButton()->isEnabled());
    QTest::mouseClick(client->burstControls()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const BurstTracker::Summary summary = finished.constFirst();
    QCOMPARE(summary.total, 10000);
    QCOMPARE(summary.received, 10000);
    QCOMPARE(summary.missing(), 0);
    QCOMPARE(summary.duplicates, 0);
    QCOMPARE(summary.outOfOrder, 0);
    QCOMPARE(summary.transport, Transport::Tcp);
    QVERIFY(server->burstLabel()->text().contains(QStringLiteral("10,000 of 10,000 received")));
    // The client's table counts the burst as 10,000 messages out.
    QCOMPARE(client->connectionModel()->index(0, ConnectionTableModel::MessagesOutColumn)
                 .data(ConnectionTableModel::RawValueRole).toLongLong(), 10000LL);
}

void tst_ClientPages::udpClientAgainstOwnServer()
{
    const quint16 port = startServer(LabMode::UdpServer);
    QVERIFY(port);
    UdpClientPage *client = m_window->udpClientPage();
    client->controls()->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    client->controls()->portEdit()->setText(QString::number(port));
    QTest::mouseClick(client->controls()->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(client->controls()->isActive());
    // The local port is known as soon as the socket exists, before anything is sent.
    QTRY_VERIFY(client->infoLabel()->text().contains(QStringLiteral("Local port: ")));
    client->composer()->input()->setText(QStringLiteral("olá"));
    QTest::keyClick(client->composer()->input(), Qt::Key_Return);

    PeerTableModel *serverPeers = m_window->udpServerPage()->peerModel();
    QTRY_COMPARE(serverPeers->rowCount(), 1);
    QTRY_COMPARE(client->peerModel()->rowCount(), 1);
    QTRY_COMPARE(client->peerModel()->index(0, PeerTableModel::DatagramsInColumn).data(PeerTableModel::RawValueRole).toLongLong(), 1LL);
    const QString info = client->infoLabel()->text();
    const quint16 clientPort = quint16(serverPeers->index(0, PeerTableModel::PortColumn).data(PeerTableModel::RawValueRole).toUInt());
    QVERIFY2(info.contains(QStringLiteral("Local port: %1").arg(clientPort)), qPrintable(info));
    QCOMPARE(client->peerModel()->index(0, PeerTableModel::PortColumn).data(PeerTableModel::RawValueRole).toUInt(), uint(port));
    bool gotReply = false;
    for (int row = 0; row < client->logModel()->rowCount(); ++row) {
        const QModelIndex index = client->logModel()->index(row);
        if (index.data(MessageLogModel::DirectionRole).toInt() == MessageLogModel::ReceivedDirection)
            gotReply = index.data(MessageLogModel::PayloadRole).toByteArray() == QByteArray("OLÁ\n");
    }
    QVERIFY(gotReply);
}

void tst_ClientPages::udpBurstCountsWhatArrived()
{
    const quint16 port = startServer(LabMode::UdpServer, true); // small receive buffer
    QVERIFY(port);
    UdpServerPage *server = m_window->udpServerPage();
    QList<BurstTracker::Summary> finished;
    connect(server->burstTracker(), &BurstTracker::finished, this,
            [&finished](const BurstTracker::Summary &summary) { finished.append(summary); });
    UdpClientPage *client = m_window->udpClientPage();
    client->openWith(ClientSettings { QStringLiteral("127.0.0.1"), port, 1 });
    QTRY_VERIFY(client->burstControls()->sendButton()->isEnabled());
    client->burstControls()->countBox()->setValue(20000);
    QTest::mouseClick(client->burstControls()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const BurstTracker::Summary summary = finished.constFirst();

    // The counts are the datagrams that really arrived: every one is a Received row in the log.
    qint64 arrived = 0;
    for (int row = 0; row < server->logModel()->rowCount(); ++row)
        arrived += server->logModel()->index(row).data(MessageLogModel::DirectionRole).toInt()
            == MessageLogModel::ReceivedDirection;
    QCOMPARE(summary.total, 20000);
    QCOMPARE(summary.received, arrived);
    QCOMPARE(summary.missing(), 20000 - arrived);
    QCOMPARE(summary.duplicates, 0);
    QCOMPARE(server->peerModel()->index(0, PeerTableModel::DatagramsInColumn).data(PeerTableModel::RawValueRole).toLongLong(),
             arrived);
    qInfo("UDP burst of 20000 with a small receive buffer: %lld arrived, %lld lost", arrived, 20000 - arrived);
}

void tst_ClientPages::clientInputIsValidated_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty host") << "" << "65432" << "Type the server's name";
    QTest::newRow("spaces in host") << "my host" << "65432" << "Type the server's name";
    QTest::newRow("letters as port") << "127.0.0.1" << "abc" << "Invalid port";
    QTest::newRow("port 0") << "127.0.0.1" << "0" << "Invalid port";
    QTest::newRow("port 65536") << "127.0.0.1" << "65536" << "Invalid port";
    QTest::newRow("port -1") << "127.0.0.1" << "-1" << "Invalid port";
}

void tst_ClientPages::clientInputIsValidated()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, expected);
    for (ClientControls *controls : { m_window->tcpClientPage()->controls(), m_window->udpClientPage()->controls() }) {
        controls->hostEdit()->setText(host);
        controls->portEdit()->setText(port);
        QTest::mouseClick(controls->connectButton(), Qt::LeftButton);
        QVERIFY2(controls->errorText().startsWith(expected), qPrintable(controls->errorText()));
    }
}

void tst_ClientPages::refusedAndUnreachableAreExplained()
{
    TcpClientPage *tcp = m_window->tcpClientPage();
    const quint16 closedTcp = freeTcpPort();
    tcp->openWith(ClientSettings { QStringLiteral("127.0.0.1"), closedTcp, 1 });
    QTRY_VERIFY(tcp->controls()->errorText().contains(QStringLiteral("connection refused")));
    QVERIFY(tcp->controls()->errorText().contains(QString::number(closedTcp)));

    // A 64-character label is no valid name: it fails here, no DNS query leaves the machine.
    tcp->openWith(ClientSettings { QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.invalid"), 65432, 1 });
    QTRY_VERIFY_WITH_TIMEOUT(tcp->controls()->errorText().contains(QStringLiteral("host not found")), 10000);

    UdpClientPage *udp = m_window->udpClientPage();
#ifdef Q_OS_WIN
    if (qEnvironmentVariableIsSet("WINELOADERNOEXEC") || qEnvironmentVariableIsSet("WINEPREFIX"))
        QSKIP("Wine's SIO_UDP_CONNRESET is a stub: an ICMP port unreachable does not reach a UDP "
              "socket under Wine as it does on Windows");
#endif
    const quint16 closedUdp = freeUdpPort();
    udp->openWith(ClientSettings { QStringLiteral("127.0.0.1"), closedUdp, 1 }, FirstActions { "anyone?", 0 });
    QTRY_VERIFY(udp->controls()->errorText().contains(QStringLiteral("Nothing is listening on port %1").arg(closedUdp)));
}

void tst_ClientPages::settingsSurviveRestart()
{
    const quint16 tcpPort = startServer(LabMode::TcpMulti);
    m_window->tcpClientPage()->openWith(ClientSettings { QStringLiteral("localhost"), tcpPort, 3 });
    m_window->udpClientPage()->openWith(ClientSettings { QStringLiteral("::1"), 40000, 1 });
    const quint16 udpPort = startServer(LabMode::UdpServer, true);
    QTRY_COMPARE(m_window->tcpClientPage()->connectionModel()->openCount(), 3);
    delete m_window;
    m_window = new MainWindow(m_languages);
    ClientControls *tcp = m_window->tcpClientPage()->controls();
    QCOMPARE(tcp->hostEdit()->text(), QStringLiteral("localhost"));
    QCOMPARE(tcp->portEdit()->text(), QString::number(tcpPort));
    QCOMPARE(tcp->countBox()->value(), 3);
    QCOMPARE(m_window->udpClientPage()->controls()->hostEdit()->text(), QStringLiteral("::1"));
    QCOMPARE(m_window->udpClientPage()->controls()->portEdit()->text(), QStringLiteral("40000"));
    ServerControls *udpServer = m_window->udpServerPage()->controls();
    QCOMPARE(udpServer->portEdit()->text(), QString::number(udpPort));
    QVERIFY(udpServer->findChild<QCheckBox *>()->isChecked());
}

// Item 8 of issue 19: a connection in progress (SYN-SENT) is a row that can be cancelled; a
// failed attempt is a row in a failed state, not a gap in the numbering; Disconnect and Abort
// are disabled while only closed rows are selected.
void tst_ClientPages::attemptsAreRowsThatCanBeCancelled()
{
    TcpClientPage *page = m_window->tcpClientPage();
    m_window->tabs()->setCurrentWidget(page);
    ConnectionTableModel *table = page->connectionModel();
    ConnectionPanel *panel = page->connectionPanel();
    QPushButton *disconnectButton = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Disconnect"))
            disconnectButton = button;
    }
    QVERIFY(disconnectButton);
    const auto stateOf = [table](int row) {
        return table->index(row, ConnectionTableModel::StateColumn).data().toString();
    };

    // Refused: row #1, failed, greyed.
    page->openWith(ClientSettings { QStringLiteral("127.0.0.1"), freeTcpPort(), 1 });
    QTRY_COMPARE(table->rowCount(), 1);
    QTRY_COMPARE(stateOf(0), QStringLiteral("Failed: connection refused"));
    QVERIFY(page->controls()->errorText().contains(QStringLiteral("TCP answered with RST: nothing listens on port")));
    QCOMPARE(table->index(0, 0).data(ConnectionTableModel::ConnectionIdRole).toInt(), 1);
    QCOMPARE(table->index(0, 0).data(ConnectionTableModel::IsOpenRole).toBool(), false);
    panel->table()->selectRow(0);
    QVERIFY(!disconnectButton->isEnabled()); // nothing to close on a failed row

    // A listener whose backlog is full drops SYNs: the next attempt stays in SYN-SENT.
    QTcpServer full;
    full.setListenBacklogSize(0);
    QVERIFY(full.listen(QHostAddress::LocalHost, 0));
    full.pauseAccepting(); // the kernel's queue fills, nothing takes from it
    std::vector<std::unique_ptr<QTcpSocket>> fillers;
    bool stuck = false;
    for (int i = 0; i < 8 && !stuck; ++i) {
        fillers.push_back(std::make_unique<QTcpSocket>());
        fillers.back()->connectToHost(QHostAddress::LocalHost, full.serverPort());
        QTest::qWait(500);
        stuck = fillers.back()->state() == QAbstractSocket::ConnectingState;
    }
    if (!stuck)
        QSKIP("this kernel completes every loopback handshake: no attempt stays in SYN-SENT");
    page->openWith(ClientSettings { QStringLiteral("127.0.0.1"), full.serverPort(), 1 });
    QTRY_COMPARE(table->rowCount(), 2);
    QTRY_COMPARE(stateOf(1), QStringLiteral("Connecting (SYN-SENT)"));
    QCOMPARE(table->index(1, 0).data(ConnectionTableModel::ConnectionIdRole).toInt(), 2); // no gap
    panel->table()->selectRow(1);
    QVERIFY(disconnectButton->isEnabled());
    QTest::mouseClick(disconnectButton, Qt::LeftButton); // cancels the attempt
    QTRY_COMPARE(stateOf(1), QStringLiteral("Cancelled while connecting"));
    QTRY_VERIFY(!disconnectButton->isEnabled());
    QCOMPARE(table->openCount(), 0);
}

QTEST_MAIN(tst_ClientPages)
#include "tst_clientpages.moc"
