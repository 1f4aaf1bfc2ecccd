// Capture through Wireshark's dumpcap: a live capture on lo where dumpcap may capture (CI:
// root). Loopback only. tst_capturestream reads the streams dumpcap writes.
#include "network/capture/dumpcapcapture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

class tst_DumpcapCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturesAHandshakeOnLoopback();
};

void tst_DumpcapCapture::capturesAHandshakeOnLoopback()
{
    if (!DumpcapCapture::isAvailable())
        QSKIP("dumpcap is not installed (Debian: wireshark-common)");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    QThread worker;
    auto *capture = new DumpcapCapture;
    capture->moveToThread(&worker);
    connect(&worker, &QThread::finished, capture, &QObject::deleteLater);
    worker.start();
    CapturedPacketBatch packets;
    connect(capture, &DumpcapCapture::packetsReady, this, [&packets](const CapturedPacketBatch &batch) { packets += batch; });
    QSignalSpy started(capture, &DumpcapCapture::started);
    QSignalSpy failed(capture, &DumpcapCapture::failed);
    QSignalSpy stopped(capture, &DumpcapCapture::stopped);
    const CaptureConfig config { QStringLiteral("lo"), QStringLiteral("tcp port %1").arg(server.serverPort()) };
    QMetaObject::invokeMethod(capture, [capture, config] { capture->start(config); }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 10000);
    if (!failed.isEmpty()) {
        worker.quit();
        worker.wait();
        QSKIP(qPrintable(QStringLiteral("dumpcap may not capture here: %1").arg(failed.at(0).at(1).toString())));
    }
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    client.write("Hello, world");
    client.flush();
    // Ethernet (lo) + IPv4 + TCP: the flags byte sits at 14 + 20 + 13.
    QTRY_VERIFY_WITH_TIMEOUT(packets.size() >= 3, 10000);
    QCOMPARE(quint8(packets.at(0).data.at(14 + 20 + 13)), quint8(0x02)); // SYN
    QCOMPARE(quint8(packets.at(1).data.at(14 + 20 + 13)), quint8(0x12)); // SYN, ACK
    QMetaObject::invokeMethod(capture, &DumpcapCapture::stop, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    QVERIFY(stopped.at(0).at(0).toLongLong() >= 3);
    worker.quit();
    worker.wait();
}

QTEST_GUILESS_MAIN(tst_DumpcapCapture)
#include "tst_dumpcapcapture.moc"
