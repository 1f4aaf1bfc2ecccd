// The capture streams dumpcap writes, read piece by piece: classic pcap (one interface) and
// pcapng (several, each with its own link type and time resolution), in both byte orders and
// cut anywhere; the pcapng SocketLab saves when a capture mixes link types, read back by its own
// reader and by Wireshark's (tshark); and, where dumpcap may capture, its real pcapng from two
// interfaces at once. Loopback only.
#include "network/capture/capturestream.h"
#include "network/capture/dumpcapprogram.h"
#include "network/capture/pcapfile.h"
#include "network/capture/pcapngwriter.h"
#include "tests/support/hostprocess.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <set>

class tst_CaptureStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAPcapStreamCutAnywhere_data();
    void parsesAPcapStreamCutAnywhere();
    void rejectsWhatIsNotPcap();
    void parsesAPcapngStreamCutAnywhere_data();
    void parsesAPcapngStreamCutAnywhere();
    void rejectsABrokenPcapngBlock();
    void savesSeveralLinkTypesAsPcapng();
    void readsDumpcapOnTwoInterfaces();
};

namespace {
QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray number(quint64 value, int size, bool bigEndian)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[bigEndian ? size - 1 - i : i] = char((value >> (8 * i)) & 0xff);
    return bytes;
}

// A pcap file: header (microseconds, Ethernet) and two records.
QByteArray samplePcap()
{
    QByteArray stream = le32(0xa1b2c3d4) + QByteArray::fromHex("02000400") + le32(0) + le32(0) + le32(262144) + le32(1);
    stream += le32(1700000000) + le32(123456) + le32(3) + le32(60) + QByteArray("abc");
    stream += le32(1700000001) + le32(7) + le32(5) + le32(5) + QByteArray("hello");
    return stream;
}

QByteArray block(quint32 type, QByteArray body, bool bigEndian)
{
    body.append((4 - body.size() % 4) % 4, '\0');
    const QByteArray total = number(quint64(12 + body.size()), 4, bigEndian);
    return number(type, 4, bigEndian) + total + body + total;
}

// As dumpcap writes it for `-i lo -i <a loopback adapter>`: a section, an Ethernet interface
// in microseconds, a BSD-loopback one in nanoseconds (if_tsresol 9), a packet on each, and an
// interface statistics block to skip.
QByteArray samplePcapng(bool bigEndian)
{
    auto n = [bigEndian](quint64 value, int size) { return number(value, size, bigEndian); };
    QByteArray stream = block(0x0a0d0d0a, n(0x1a2b3c4d, 4) + n(1, 2) + n(0, 2) + n(~0ULL, 8), bigEndian);
    stream += block(1, n(1, 2) + n(0, 2) + n(262144, 4), bigEndian);
    stream += block(1, n(0, 2) + n(0, 2) + n(262144, 4) + n(9, 2) + n(1, 2) + QByteArray(1, 9) + QByteArray(3, 0) + n(0, 4), bigEndian);
    const quint64 micro = 1700000000ULL * 1000000 + 123456;
    stream += block(6, n(0, 4) + n(micro >> 32, 4) + n(micro & 0xffffffff, 4) + n(3, 4) + n(60, 4) + "abc", bigEndian);
    const quint64 nano = 1700000001ULL * 1000000000 + 7000;
    stream += block(6, n(1, 4) + n(nano >> 32, 4) + n(nano & 0xffffffff, 4) + n(5, 4) + n(5, 4) + "hello", bigEndian);
    stream += block(5, n(0, 4) + n(0, 4) + n(0, 4), bigEndian);
    return stream;
}

void checkSamplePackets(const CapturedPacketBatch &packets, int secondLinkType)
{
    QCOMPARE(packets.size(), 2);
    QCOMPARE(packets.at(0).timestampUs, 1700000000LL * 1000000 + 123456);
    QCOMPARE(packets.at(0).originalLength, 60u);
    QCOMPARE(packets.at(0).data, QByteArray("abc"));
    QCOMPARE(packets.at(0).linkType, 1);
    QCOMPARE(packets.at(1).timestampUs, 1700000001LL * 1000000 + 7);
    QCOMPARE(packets.at(1).data, QByteArray("hello"));
    QCOMPARE(packets.at(1).linkType, secondLinkType);
}
} // namespace

void tst_CaptureStream::parsesAPcapStreamCutAnywhere_data()
{
    QTest::addColumn<int>("cut");
    for (int cut : { 0, 1, 23, 24, 25, 39, 40, 43, 44, 59, 60, 64 })
        QTest::newRow(qPrintable(QString::number(cut))) << cut;
}

void tst_CaptureStream::parsesAPcapStreamCutAnywhere()
{
    QFETCH(int, cut);
    const QByteArray stream = samplePcap();
    QByteArray buffer = stream.left(cut);
    CaptureStreamReader reader;
    CapturedPacketBatch packets;
    QVERIFY(reader.read(buffer, packets));
    buffer += stream.mid(cut);
    QVERIFY(reader.read(buffer, packets));
    QVERIFY(buffer.isEmpty());
    QCOMPARE(reader.linkType(), 1);
    checkSamplePackets(packets, 1);
}

void tst_CaptureStream::rejectsWhatIsNotPcap()
{
    QByteArray buffer("Capturing on 'Loopback: lo' and more text that is not a pcap header");
    CaptureStreamReader reader;
    CapturedPacketBatch packets;
    QVERIFY(!reader.read(buffer, packets));
    QVERIFY(!reader.headerRead());
}

void tst_CaptureStream::parsesAPcapngStreamCutAnywhere_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("little-endian") << false;
    QTest::newRow("big-endian") << true;
}

void tst_CaptureStream::parsesAPcapngStreamCutAnywhere()
{
    QFETCH(bool, bigEndian);
    const QByteArray stream = samplePcapng(bigEndian);
    for (int cut = 0; cut <= stream.size(); ++cut) {
        QByteArray buffer = stream.left(cut);
        CaptureStreamReader reader;
        CapturedPacketBatch packets;
        QVERIFY2(reader.read(buffer, packets), qPrintable(QString::number(cut)));
        buffer += stream.mid(cut);
        QVERIFY(reader.read(buffer, packets));
        QVERIFY(buffer.isEmpty());
        QCOMPARE(reader.linkType(), 1);
        checkSamplePackets(packets, 0);
    }
}

void tst_CaptureStream::rejectsABrokenPcapngBlock()
{
    QByteArray stream = samplePcapng(false);
    // An enhanced packet block that names an interface the section never described.
    stream += block(6, le32(7) + le32(0) + le32(0) + le32(1) + le32(1) + "x", false);
    CaptureStreamReader reader;
    CapturedPacketBatch packets;
    QVERIFY(!reader.read(stream, packets));
    QByteArray odd = samplePcapng(false).left(28) + le32(1) + le32(13) + QByteArray(5, '\0');
    QVERIFY(!CaptureStreamReader().read(odd, packets)); // a length that is not a multiple of 4
}

void tst_CaptureStream::savesSeveralLinkTypesAsPcapng()
{
    // Windows's "any": Npcap's loopback (DLT_NULL) and Ethernet in one capture.
    CapturedPacketBatch packets;
    for (int i = 0; i < 4; ++i) {
        CapturedPacket packet;
        packet.timestampUs = 1700000000LL * 1000000 + i * 250000 + 3;
        packet.linkType = i % 2 ? 0 : 1;
        packet.data = QByteArray(40 + i, char('a' + i));
        packet.originalLength = quint32(packet.data.size() + i);
        packets.append(packet);
    }
    QVERIFY(hasSeveralLinkTypes(packets));
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/capturestream-XXXXXX")); // tshark, under Wine too, can open it
    const QString path = dir.filePath(QStringLiteral("mixed.pcap"));
    QString error;
    PcapFileError reason = PcapFileError::None;
    QVERIFY2(savePcap(path, packets, &error, &reason), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(QByteArray::fromHex("0a0d0d0a")));
    CaptureStreamReader reader;
    CapturedPacketBatch ours;
    QVERIFY(reader.read(bytes, ours));
    const std::optional<QList<CapturedPacket>> opened = openPcap(path, &error); // libpcap on Linux
    QVERIFY2(opened, qPrintable(error));
    for (const CapturedPacketBatch &read : { ours, *opened }) {
        QCOMPARE(read.size(), packets.size());
        for (int i = 0; i < packets.size(); ++i) {
            QCOMPARE(read.at(i).linkType, packets.at(i).linkType);
            QCOMPARE(read.at(i).timestampUs, packets.at(i).timestampUs);
            QCOMPARE(read.at(i).originalLength, packets.at(i).originalLength);
            QCOMPARE(read.at(i).data, packets.at(i).data);
        }
    }
    if (!HostProcess::hostHas(QStringLiteral("tshark")))
        QSKIP("tshark is not installed (Debian: tshark): Wireshark's own reader was not asked");
    HostProcess tshark;
    QVERIFY(tshark.start(QStringLiteral("tshark"), { QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                                                     QStringLiteral("-e"), QStringLiteral("frame.len") }));
    QTRY_VERIFY_WITH_TIMEOUT(!tshark.isRunning(), 30000);
    QCOMPARE(tshark.exitCode(), 0);
    QCOMPARE(tshark.output(), QByteArray("40\n42\n44\n46\n")); // each packet's original length
}

void tst_CaptureStream::readsDumpcapOnTwoInterfaces()
{
    const QString dumpcap = dumpcapProgram();
    if (dumpcap.isEmpty())
        QSKIP("dumpcap is not installed (Debian: wireshark-common; Windows: Wireshark)");
    if (!QFile::exists(QStringLiteral("/proc/net")))
        QSKIP("needs Linux's lo and any: two interfaces of different link types on any machine");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    // lo gives Ethernet frames, any Linux cooked ones: dumpcap must write pcapng.
    QProcess capture;
    capture.start(dumpcap, { QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-i"), QStringLiteral("any"),
                             QStringLiteral("-f"), QStringLiteral("tcp port %1").arg(server.serverPort()),
                             QStringLiteral("-q"), QStringLiteral("-w"), QStringLiteral("-") });
    QVERIFY(capture.waitForStarted(5000));
    CaptureStreamReader reader;
    QByteArray buffer;
    CapturedPacketBatch packets;
    bool readable = true;
    auto pump = [&] {
        buffer += capture.readAllStandardOutput();
        readable = readable && reader.read(buffer, packets);
        std::set<int> linkTypes;
        for (const CapturedPacket &packet : std::as_const(packets))
            linkTypes.insert(packet.linkType);
        return linkTypes;
    };
    QTRY_VERIFY_WITH_TIMEOUT(capture.state() != QProcess::Running || (pump(), reader.headerRead()), 10000);
    if (!reader.headerRead())
        QSKIP(qPrintable(QStringLiteral("dumpcap may not capture here: %1").arg(QString::fromLocal8Bit(capture.readAllStandardError()))));
    QTest::qWait(500); // dumpcap has opened both interfaces once it has written their descriptions
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(pump().size() == 2, 10000);
    QVERIFY(readable);
    const std::set<int> linkTypes = pump();
    QVERIFY(linkTypes.count(1)); // lo: Ethernet
    capture.terminate();
    capture.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(tst_CaptureStream)
#include "tst_capturestream.moc"
