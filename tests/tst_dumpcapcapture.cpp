// Capture through Wireshark's dumpcap: the pcap stream parser on exact bytes cut anywhere, and
// a live capture on lo where dumpcap may capture (CI: root). Loopback only.
#include "network/capture/dumpcapcapture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QtEndian>

class tst_DumpcapCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAStreamCutAnywhere_data();
    void parsesAStreamCutAnywhere();
    void rejectsWhatIsNotPcap();
    void capturesAHandshakeOnLoopback();
};

namespace {
QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// A pcap file: header (microseconds, Ethernet) and two records.
QByteArray sampleStream()
{
    QByteArray stream = le32(0xa1b2c3d4) + QByteArray::fromHex("02000400") + le32(0) + le32(0) + le32(262144) + le32(1);
    stream += le32(1700000000) + le32(123456) + le32(3) + le32(60) + QByteArray("abc");
    stream += le32(1700000001) + le32(7) + le32(5) + le32(5) + QByteArray("hello");
    return stream;
}
} // namespace

void tst_DumpcapCapture::parsesAStreamCutAnywhere_data()
{
    QTest::addColumn<int>("cut");
    for (int cut : { 0, 1, 23, 24, 25, 39, 40, 43, 44, 59, 60, 64 })
        QTest::newRow(qPrintable(QString::number(cut))) << cut;
}

void tst_DumpcapCapture::parsesAStreamCutAnywhere()
{
    QFETCH(int, cut);
    const QByteArray stream = sampleStream();
    QByteArray buffer = stream.left(cut);
    bool headerRead = false;
    bool swapped = false;
    bool nanoseconds = false;
    int linkType = 0;
    CapturedPacketBatch packets;
    QVERIFY(DumpcapCapture::parseStream(buffer, headerRead, swapped, nanoseconds, linkType, packets));
    buffer += stream.mid(cut);
    QVERIFY(DumpcapCapture::parseStream(buffer, headerRead, swapped, nanoseconds, linkType, packets));
    QVERIFY(buffer.isEmpty());
    QCOMPARE(linkType, 1);
    QCOMPARE(packets.size(), 2);
    QCOMPARE(packets.at(0).timestampUs, 1700000000LL * 1000000 + 123456);
    QCOMPARE(packets.at(0).originalLength, 60u);
    QCOMPARE(packets.at(0).data, QByteArray("abc"));
    QCOMPARE(packets.at(1).data, QByteArray("hello"));
    QCOMPARE(packets.at(1).linkType, 1);
}

void tst_DumpcapCapture::rejectsWhatIsNotPcap()
{
    QByteArray buffer("Capturing on 'Loopback: lo' and more text that is not a pcap header");
    bool headerRead = false;
    bool swapped = false;
    bool nanoseconds = false;
    int linkType = 0;
    CapturedPacketBatch packets;
    QVERIFY(!DumpcapCapture::parseStream(buffer, headerRead, swapped, nanoseconds, linkType, packets));
}

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
