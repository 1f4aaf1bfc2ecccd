// The Packets view as a student uses it: the capture follows the server page (where its traffic
// flows, at any speed of Stop and Start), the interface list and its hint, the list reads as
// Wireshark's, a packet's layers and bytes, the ladder and the conversations; .pcap save and
// open. Live capture (CI runs as root); skipped, with the reason, without permission.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/pagecapture.h"
#include "app/tcpserverpage.h"
#include "model/conversationmodel.h"
#include "model/packetlistmodel.h"
#include "network/capture/captureinterfaces.h"
#include "network/capture/capturesession.h"
#include "widgets/capturepanel.h"
#include "widgets/hexdumpview.h"
#include "widgets/ladderdiagram.h"
#include "widgets/packetdetailsview.h"
#include "widgets/servercontrols.h"
#include "tests/support/udpframe.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class tst_CapturePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void followsTheServerAndReadsLikeWireshark();
    void capturesWhereTheTrafficFlowsByDefault();
    void keepsTheStudentsInterface();
    void interfaceChangesWhileCapturing();
    void saysWhichInterfaceToChoose();
    void stopAndStartAtAnySpeedMissesNoSyn();
    void explainsPermission();
    void viewsAreBuiltWhenShownWithWhatCameMeanwhile();

private:
    // Starts the multi-client server page on a free loopback port; returns the page.
    TcpServerPage *startServer(quint16 *port);
    static int rowOf(const QComboBox *box, const QString &interfaceName);

    QTemporaryDir m_settingsDir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_CapturePanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SocketLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_capturepanel"));
}

void tst_CapturePanel::init()
{
    m_languages = new LanguageManager;
    m_languages->setLanguage(QStringLiteral("en"));
    m_window = new MainWindow(m_languages);
    m_window->show();
}

void tst_CapturePanel::cleanup()
{
    delete m_window;
    delete m_languages;
    QSettings().clear();
}

void tst_CapturePanel::followsTheServerAndReadsLikeWireshark()
{
    if (CaptureSession::capturePermission() != CapturePermission::Allowed)
        QSKIP("packet capture needs CAP_NET_RAW (run as root, or setcap cap_net_raw,cap_net_admin=eip on the binary)");
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    TcpServerPage *page = m_window->serverPage(TcpServerKind::Multi);
    CapturePanel *panel = page->capturePanel();
    page->controls()->addressBox()->setCurrentIndex(1);
    page->controls()->portEdit()->setText(QString::number(port));
    QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isRunning(), 5000); // the capture follows the page
    QCOMPARE(panel->filter(), QStringLiteral("tcp port %1").arg(port));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    const quint16 clientPort = client.localPort();
    client.write("Hello, world");
    QTRY_COMPARE(client.bytesAvailable(), qint64(12));
    client.disconnectFromHost();

    PacketListModel *packets = page->capture()->packets();
    QTRY_VERIFY_WITH_TIMEOUT(packets->rowCount() >= 8, 5000);
    const QString prefix = QStringLiteral("%1 → %2 ").arg(clientPort).arg(port);
    const QString back = QStringLiteral("%1 → %2 ").arg(port).arg(clientPort);
    QVERIFY2(packets->infoAt(0).startsWith(prefix + QStringLiteral("[SYN] Seq=0 ")), qPrintable(packets->infoAt(0)));
    QVERIFY2(packets->infoAt(1).startsWith(back + QStringLiteral("[SYN, ACK] Seq=0 Ack=1 ")), qPrintable(packets->infoAt(1)));
    QVERIFY2(packets->infoAt(2).startsWith(prefix + QStringLiteral("[ACK] Seq=1 Ack=1 ")), qPrintable(packets->infoAt(2)));
    QVERIFY2(packets->infoAt(3).startsWith(prefix + QStringLiteral("[PSH, ACK] Seq=1 Ack=1 ")), qPrintable(packets->infoAt(3)));
    QVERIFY(packets->infoAt(3).contains(QStringLiteral("Len=12")));
    QCOMPARE(packets->index(0, PacketListModel::ProtocolColumn).data().toString(), QStringLiteral("TCP"));
    QCOMPARE(packets->index(0, PacketListModel::SourceColumn).data().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(packets->index(0, 0).data(PacketListModel::KindRole).toInt(), int(PacketListModel::HandshakeKind));
    QCOMPARE(packets->index(3, 0).data(PacketListModel::KindRole).toInt(), int(PacketListModel::DataKind));

    // One conversation, client port and server port.
    QCOMPARE(page->capture()->conversations()->rowCount(), 1);
    QCOMPARE(page->capture()->conversations()->index(0, ConversationModel::PortAColumn).data().toUInt(), uint(clientPort));
    QCOMPARE(page->capture()->conversations()->index(0, ConversationModel::PortBColumn).data().toUInt(), uint(port));

    // Selecting the data packet: its layers, and the bytes of the payload highlighted.
    panel->packetView()->setCurrentIndex(packets->index(3, 0));
    QStringList headings;
    for (int i = 0; i < panel->detailsView()->topLevelItemCount(); ++i)
        headings.append(panel->detailsView()->topLevelItem(i)->text(0));
    QVERIFY2(headings.join(QLatin1Char('|')).contains(QStringLiteral("Transport: Transmission Control Protocol")),
             qPrintable(headings.join(QLatin1Char('|'))));
    QVERIFY(panel->hexView()->toPlainText().contains(QStringLiteral("Hello, w")));
    // "Frame N" is the packet's number in the list, whichever column was clicked.
    panel->packetView()->setCurrentIndex(packets->index(2, PacketListModel::InfoColumn));
    QVERIFY2(panel->detailsView()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Frame 3:")),
             qPrintable(panel->detailsView()->topLevelItem(0)->text(0)));

    // The ladder of the conversation: client on the left, handshake first.
    QTRY_VERIFY(panel->conversationBox()->count() == 1);
    panel->findChild<QTabWidget *>()->setCurrentIndex(1); // the Ladder tab
    QTRY_VERIFY(panel->ladder()->steps().size() >= 8);
    QCOMPARE(panel->ladder()->steps().at(0).leftToRight, true);
    QVERIFY(panel->ladder()->steps().at(0).label.startsWith(QStringLiteral("[SYN]")));
    QCOMPARE(panel->ladder()->steps().at(1).leftToRight, false);

    // Stopping the server stops the capture a moment later, with the teardown in it.
    page->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 5000);
}

namespace {
bool capturePermitted()
{
    return CaptureSession::capturePermission() == CapturePermission::Allowed;
}

constexpr const char *kNoPermission =
    "packet capture needs CAP_NET_RAW (run as root, or setcap cap_net_raw,cap_net_admin=eip on the binary)";

// The listed interface that is neither loopback nor "any" and has an IPv4 address (eth0 here).
std::optional<CaptureInterface> networkInterface()
{
    for (const CaptureInterface &interface : captureInterfaces()) {
        if (interface.isLoopback || interface.isAny)
            continue;
        for (const QHostAddress &address : interface.addresses) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                return interface;
        }
    }
    return std::nullopt;
}

QHostAddress ipv4Of(const CaptureInterface &interface)
{
    for (const QHostAddress &address : interface.addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return {};
}

// The row of the packet list whose Info starts with prefix, or -1.
int rowStarting(const PacketListModel *packets, const QString &prefix)
{
    for (int row = 0; row < packets->rowCount(); ++row) {
        if (packets->infoAt(row).startsWith(prefix))
            return row;
    }
    return -1;
}
} // namespace

int tst_CapturePanel::rowOf(const QComboBox *box, const QString &interfaceName)
{
    return box->findData(interfaceName);
}

TcpServerPage *tst_CapturePanel::startServer(quint16 *port)
{
    TcpServerPage *page = m_window->serverPage(TcpServerKind::Multi);
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    *port = probe.serverPort();
    probe.close();
    page->controls()->addressBox()->setCurrentIndex(1);
    page->controls()->portEdit()->setText(QString::number(*port));
    QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    return page;
}

void tst_CapturePanel::capturesWhereTheTrafficFlowsByDefault()
{
    // Linux's "any" holds loopback and every network: a classmate's connection too.
    const QList<CaptureInterface> interfaces = captureInterfaces();
    const bool hasAny = std::any_of(interfaces.begin(), interfaces.end(), [](const CaptureInterface &i) { return i.isAny; });
    if (!hasAny)
        QSKIP("libpcap lists no \"any\" device here (not Linux)");
    CapturePanel *panel = m_window->page(LabMode::TcpMulti)->capturePanel();
    QCOMPARE(panel->interfaceName(), QStringLiteral("any"));
    QComboBox *box = panel->interfaceBox();
    QCOMPARE(box->itemText(rowOf(box, QStringLiteral("any"))), QStringLiteral("any — all interfaces"));
    QCOMPARE(box->itemText(rowOf(box, QStringLiteral("lo"))), QStringLiteral("lo — only this machine (127.0.0.1, ::1)"));
    if (const auto network = networkInterface()) {
        QVERIFY2(box->itemText(rowOf(box, network->name)).startsWith(network->name + QStringLiteral(" — ") + ipv4Of(*network).toString()),
                 qPrintable(box->itemText(rowOf(box, network->name))));
    }
    // Every page, client pages too.
    QCOMPARE(m_window->page(LabMode::UdpClient)->capturePanel()->interfaceName(), QStringLiteral("any"));

    m_languages->setLanguage(QStringLiteral("pt_BR"));
    CapturePanel *portuguese = m_window->page(LabMode::UdpServer)->capturePanel();
    QCOMPARE(portuguese->interfaceBox()->itemText(rowOf(portuguese->interfaceBox(), QStringLiteral("lo"))),
             QStringLiteral("lo — só esta máquina (127.0.0.1, ::1)"));
    QCOMPARE(portuguese->interfaceBox()->itemText(rowOf(portuguese->interfaceBox(), QStringLiteral("any"))),
             QStringLiteral("any — todas as interfaces"));
}

void tst_CapturePanel::keepsTheStudentsInterface()
{
    // The student chose lo last time: the next run keeps it.
    QSettings().setValue(QLatin1String(PageCapture::kInterfaceKey), QStringLiteral("lo"));
    delete m_window;
    m_window = new MainWindow(m_languages);
    m_window->show();
    QCOMPARE(m_window->page(LabMode::TcpMulti)->capturePanel()->interfaceName(), QStringLiteral("lo"));
    // A choice that no longer exists falls back to the traffic's default.
    QSettings().setValue(QLatin1String(PageCapture::kInterfaceKey), QStringLiteral("sl-gone0"));
    delete m_window;
    m_window = new MainWindow(m_languages);
    m_window->show();
    QVERIFY(m_window->page(LabMode::TcpMulti)->capturePanel()->interfaceName() != QStringLiteral("sl-gone0"));
}

void tst_CapturePanel::interfaceChangesWhileCapturing()
{
    if (!capturePermitted())
        QSKIP(kNoPermission);
    quint16 port = 0;
    TcpServerPage *page = startServer(&port);
    CapturePanel *panel = page->capturePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isRunning(), 5000);
    QVERIFY(panel->interfaceBox()->isEnabled());

    // The student picks lo while capturing: the capture starts again there.
    const int lo = rowOf(panel->interfaceBox(), QStringLiteral("lo"));
    QVERIFY(lo >= 0);
    panel->interfaceBox()->setCurrentIndex(lo);
    Q_EMIT panel->interfaceBox()->activated(lo);
    QTRY_COMPARE_WITH_TIMEOUT(panel->statusLabel()->text(),
                              QStringLiteral("Capturing on lo with the filter \"tcp port %1\".").arg(port), 5000);
    QVERIFY(panel->isRunning());
    QCOMPARE(QSettings().value(QLatin1String(PageCapture::kInterfaceKey)).toString(), QStringLiteral("lo"));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    const QString syn = QStringLiteral("%1 → %2 [SYN]").arg(client.localPort()).arg(port);
    QTRY_VERIFY_WITH_TIMEOUT(rowStarting(page->capture()->packets(), syn) >= 0, 5000);
    page->stop();
}

void tst_CapturePanel::saysWhichInterfaceToChoose()
{
    const auto network = networkInterface();
    if (!network)
        QSKIP("no network interface with an IPv4 address here besides loopback");
    TcpServerPage *page = m_window->serverPage(TcpServerKind::Multi);
    CapturePanel *panel = page->capturePanel();
    const int lo = rowOf(panel->interfaceBox(), QStringLiteral("lo"));
    panel->interfaceBox()->setCurrentIndex(lo);
    Q_EMIT panel->interfaceBox()->activated(lo);

    // A connection between two of this machine's addresses crosses lo: nothing to say.
    const QHostAddress own = ipv4Of(*network);
    LabEvent local = LabEvent::make(EventKind::Accepted, 1);
    local.local = Endpoint(own, 65432);
    local.remote = Endpoint(own, 50000);
    page->capture()->noteTraffic({ local });
    QVERIFY(panel->interfaceHint()->isHidden());

    // A classmate's connection (198.51.100.7 is TEST-NET-2, never this machine) crosses eth0.
    LabEvent classmate = LabEvent::make(EventKind::Accepted, 2);
    classmate.local = Endpoint(own, 65432);
    classmate.remote = Endpoint(QHostAddress(QStringLiteral("198.51.100.7")), 50001);
    page->capture()->noteTraffic({ classmate });
    QVERIFY(!panel->interfaceHint()->isHidden());
    const QString hint = panel->interfaceHint()->text();
    QVERIFY2(hint.startsWith(QStringLiteral("The connection %1:65432 ↔ 198.51.100.7:50001 crosses %2, not the interface captured (lo):")
                                 .arg(own.toString(), network->name)),
             qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("\"%1\"").arg(PageCapture::interfaceLabel(*network))), qPrintable(hint));
    QVERIFY2(hint.contains(QStringLiteral("\"any — all interfaces\"")), qPrintable(hint));
    QCOMPARE(panel->interfaceHint()->textFormat(), Qt::PlainText);

    // Choosing another interface clears it; on "any" the classmate is seen.
    const int any = rowOf(panel->interfaceBox(), QStringLiteral("any"));
    panel->interfaceBox()->setCurrentIndex(any);
    Q_EMIT panel->interfaceBox()->activated(any);
    QVERIFY(panel->interfaceHint()->isHidden());
    page->capture()->noteTraffic({ classmate });
    QVERIFY(panel->interfaceHint()->isHidden());
}

void tst_CapturePanel::stopAndStartAtAnySpeedMissesNoSyn()
{
    if (!capturePermitted())
        QSKIP(kNoPermission);
    quint16 port = 0;
    TcpServerPage *page = startServer(&port);
    // Stop, then Start again after a pause each time: at once, within the delayed stop's
    // second, and after it (the capture stopped and must start again).
    for (const int pauseMs : { 0, 0, 50, 300, 900, PageCapture::kStopDelayMs + 300, 0 }) {
        QTRY_VERIFY_WITH_TIMEOUT(page->controls()->isRunning(), 5000);
        page->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page->controls()->isRunning(), 5000);
        if (pauseMs > 0)
            QTest::qWait(pauseMs);
        QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(page->controls()->isRunning(), 5000);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    const QString syn = QStringLiteral("%1 → %2 [SYN]").arg(client.localPort()).arg(port);
    QTRY_VERIFY_WITH_TIMEOUT(rowStarting(page->capture()->packets(), syn) >= 0, 5000);
    // And it keeps capturing while the page runs (no stop left over from the quick restarts).
    QTest::qWait(PageCapture::kStopDelayMs + 300);
    QVERIFY(page->capturePanel()->isRunning());
    page->stop();
}

void tst_CapturePanel::viewsAreBuiltWhenShownWithWhatCameMeanwhile()
{
    // The packet list, details, bytes, ladder and conversations wait until the panel is shown:
    // a page's first frame does not pay for them. What the capture brought meanwhile is there.
    CapturePanel panel;
    PacketListModel packets;
    ConversationModel conversations;
    panel.setModels(&packets, &conversations);
    QVERIFY(!panel.findChild<QTableView *>());
    QVERIFY(!panel.findChild<LadderDiagram *>());
    QVERIFY(!panel.findChild<QSortFilterProxyModel *>()); // the conversations' sort comes with their view
    QCOMPARE(panel.views()->count(), 3);
    panel.views()->setCurrentIndex(1); // the Ladder tab, as remembered from last time

    CapturedPacketBatch batch;
    for (const QByteArray &payload : { QByteArray("ping"), QByteArray("pong") }) {
        CapturedPacket packet;
        packet.linkType = 1; // Ethernet
        packet.timestampUs = 1700000000000000 + batch.size() * 1000;
        packet.data = udpFrame(payload);
        packet.originalLength = quint32(packet.data.size());
        batch.append(packet);
    }
    packets.appendPackets(batch);
    QCOMPARE(conversations.rowCount(), 1); // counted while nothing showed it

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.findChild<QTableView *>());
    QCOMPARE(panel.views()->currentIndex(), 1);
    QCOMPARE(panel.views()->tabText(1), QStringLiteral("Ladder"));
    QCOMPARE(panel.packetView()->model(), &packets);
    QCOMPARE(panel.packetView()->currentIndex().row(), 0); // the first packet's layers at once
    QVERIFY(panel.detailsView()->topLevelItemCount() > 0);
    QCOMPARE(panel.conversationBox()->count(), 1);
    QCOMPARE(panel.ladder()->steps().size(), 2);
    QTableView *conversationView = nullptr;
    for (QTableView *table : panel.findChildren<QTableView *>()) {
        if (table->model() != &packets)
            conversationView = table;
    }
    QVERIFY(conversationView);
    QCOMPARE(conversationView->model()->rowCount(), 1);
    QCOMPARE(conversationView->model()->index(0, ConversationModel::PacketsColumn).data().toInt(), 2);

    // Later packets reach the built views as before.
    packets.appendPackets({ batch.first() });
    QCOMPARE(panel.ladder()->steps().size(), 3);
    QCOMPARE(conversationView->model()->index(0, ConversationModel::PacketsColumn).data().toInt(), 3);
}

void tst_CapturePanel::explainsPermission()
{
    const QString help = PageCapture::permissionHelp();
    QVERIFY(help.contains(QStringLiteral("setcap cap_net_raw,cap_net_admin=eip")));
    QVERIFY(help.contains(QStringLiteral("wireshark")));
}

QTEST_MAIN(tst_CapturePanel)
#include "tst_capturepanel.moc"
