// The Packets view as a student uses it: the capture follows the server page, the list reads
// as Wireshark's, a packet's layers and bytes, the ladder and the conversations; .pcap save and
// open. Live capture on lo (CI runs as root); skipped, with the reason, without permission.
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/pagecapture.h"
#include "app/tcpserverpage.h"
#include "model/conversationmodel.h"
#include "model/packetlistmodel.h"
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
    void explainsPermission();
    void viewsAreBuiltWhenShownWithWhatCameMeanwhile();

private:
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
