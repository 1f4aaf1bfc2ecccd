// CaptureSession, the interface list and .pcap files, with real traffic on loopback. The
// session runs on its own QThread as in the app; what it reports reaches the test's thread
// through queued connections and is waited for with QTRY_*. Live tests need capture
// permission and skip with the reason (and the remedy) where it is missing.
#include "network/capture/captureinterfacechoice.h"
#include "network/capture/captureinterfaces.h"
#include "network/capture/capturesession.h"
#include "network/capture/pcapfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QNetworkDatagram>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUdpSocket>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

const char kNoPermission[] = "packet capture needs CAP_NET_RAW (run as root, or setcap "
                             "cap_net_raw,cap_net_admin=eip on the binary)";

// libpcap's DLT_* values, spelled out: the test decodes frames itself and includes no pcap.h.
constexpr int kDltEn10mb = 1;     // Ethernet; Linux's lo has this, with zero MAC addresses
constexpr int kDltLinuxSll = 113; // Linux cooked capture ("any")

const QHostAddress kLoopback(QHostAddress::LocalHost);

enum TcpFlag : quint8 {
    Fin = 0x01,
    Syn = 0x02,
    Rst = 0x04,
    Psh = 0x08,
    Ack = 0x10
};

// Just enough of a frame to check what the capture saw: Ethernet, IPv4, TCP or UDP.
struct Segment
{
    int protocol = 0; // 6 TCP, 17 UDP
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint8 flags = 0; // TCP
    QByteArray payload;

    bool is(quint16 from, quint16 to) const { return sourcePort == from && destinationPort == to; }
};

quint16 be16(const QByteArray &data, int at)
{
    return quint16((quint8(data[at]) << 8) | quint8(data[at + 1]));
}

std::optional<Segment> decode(const CapturedPacket &packet)
{
    const QByteArray &d = packet.data;
    if (packet.linkType != kDltEn10mb || d.size() < 14 + 20 || be16(d, 12) != 0x0800)
        return std::nullopt;
    const int ip = 14;
    if ((quint8(d[ip]) >> 4) != 4)
        return std::nullopt;
    const int headerLength = (quint8(d[ip]) & 0x0f) * 4;
    const int end = qMin(int(d.size()), ip + be16(d, ip + 2)); // the IP length, not the frame's
    const int l4 = ip + headerLength;
    Segment segment;
    segment.protocol = quint8(d[ip + 9]);
    if ((segment.protocol != 6 && segment.protocol != 17) || end < l4 + 4)
        return std::nullopt;
    // The ports come first, so even a frame cut short by the snapshot length has them.
    segment.sourcePort = be16(d, l4);
    segment.destinationPort = be16(d, l4 + 2);
    if (segment.protocol == 6 && end >= l4 + 20) {
        const int dataOffset = (quint8(d[l4 + 12]) >> 4) * 4;
        segment.flags = quint8(d[l4 + 13]);
        segment.payload = d.mid(l4 + dataOffset, end - (l4 + dataOffset));
    } else if (segment.protocol == 17 && end >= l4 + 8) {
        segment.payload = d.mid(l4 + 8, be16(d, l4 + 4) - 8);
    }
    return segment;
}

QList<Segment> decodeAll(const QList<CapturedPacket> &packets)
{
    QList<Segment> segments;
    for (const CapturedPacket &packet : packets) {
        if (const auto segment = decode(packet))
            segments.append(*segment);
    }
    return segments;
}

QString describe(const QList<Segment> &segments)
{
    QStringList lines;
    for (const Segment &s : segments) {
        lines << QStringLiteral("%1 %2->%3 flags 0x%4 %5 bytes")
                         .arg(s.protocol == 6 ? QStringLiteral("TCP") : QStringLiteral("UDP"))
                         .arg(s.sourcePort)
                         .arg(s.destinationPort)
                         .arg(s.flags, 2, 16, QLatin1Char('0'))
                         .arg(s.payload.size());
    }
    return lines.join(QLatin1Char('\n'));
}

// An Ethernet/IPv4/TCP frame between 127.0.0.1 ports, as lo carries it (checksums left zero:
// nothing here verifies them, and tshark does not by default).
QByteArray tcpFrame(quint16 sourcePort, quint16 destinationPort, quint8 flags,
                    const QByteArray &payload)
{
    QByteArray frame(14 + 20 + 20, '\0');
    frame[12] = char(0x08); // EtherType IPv4
    const int ip = 14;
    const int totalLength = 20 + 20 + int(payload.size());
    frame[ip] = char(0x45);
    frame[ip + 2] = char(totalLength >> 8);
    frame[ip + 3] = char(totalLength & 0xff);
    frame[ip + 8] = char(64); // TTL
    frame[ip + 9] = char(6);
    for (int at : {ip + 12, ip + 16}) {
        frame[at] = char(127);
        frame[at + 3] = char(1);
    }
    const int tcp = ip + 20;
    frame[tcp] = char(sourcePort >> 8);
    frame[tcp + 1] = char(sourcePort & 0xff);
    frame[tcp + 2] = char(destinationPort >> 8);
    frame[tcp + 3] = char(destinationPort & 0xff);
    frame[tcp + 12] = char(0x50); // 20-byte header
    frame[tcp + 13] = char(flags);
    frame[tcp + 14] = char(0xff); // window
    frame[tcp + 15] = char(0xff);
    return frame + payload;
}

CapturedPacket packetOf(qint64 timestampUs, const QByteArray &frame, int linkType = kDltEn10mb)
{
    CapturedPacket packet;
    packet.timestampUs = timestampUs;
    packet.linkType = linkType;
    packet.originalLength = quint32(frame.size());
    packet.data = frame;
    return packet;
}

// Everything a session reported, collected on the test's thread (queued, as the GUI gets it).
class CaptureLog : public QObject
{
public:
    explicit CaptureLog(CaptureSession *session)
    {
        connect(session, &CaptureSession::started, this,
                [this](const QString &interfaceName, int linkType) {
                    startedInterface = interfaceName;
                    this->linkType = linkType;
                    ++startedCount;
                });
        connect(session, &CaptureSession::packetsReady, this,
                [this](const CapturedPacketBatch &batch) {
                    packets += batch;
                    batchSizes.append(int(batch.size()));
                });
        connect(session, &CaptureSession::stopped, this, [this](qint64 packets, qint64 dropped) {
            stoppedPackets = packets;
            stoppedDropped = dropped;
            ++stoppedCount;
        });
        connect(session, &CaptureSession::failed, this,
                [this](CaptureError error, const QString &message) {
                    errors.append(error);
                    messages.append(message);
                });
    }

    QString startedInterface;
    int linkType = -1;
    int startedCount = 0;
    QList<CapturedPacket> packets;
    QList<int> batchSizes;
    qint64 stoppedPackets = -1;
    qint64 stoppedDropped = -1;
    int stoppedCount = 0;
    QList<CaptureError> errors;
    QStringList messages;
    int roundTrips = 0;
};

// A CaptureSession on its own thread, driven by queued calls as app/ drives it.
class CaptureWorker
{
public:
    CaptureWorker()
        : session(new CaptureSession)
    {
        session->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, session, &QObject::deleteLater);
        log = std::make_unique<CaptureLog>(session);
        thread.start();
    }
    ~CaptureWorker()
    {
        thread.quit();
        thread.wait();
    }

    void start(const QString &interfaceName, const QString &filter)
    {
        const CaptureConfig config{interfaceName, filter};
        QMetaObject::invokeMethod(session, [s = session, config] { s->start(config); });
    }
    void stop()
    {
        QMetaObject::invokeMethod(session, [s = session] { s->stop(); });
    }
    // Returns once everything the worker did so far has reached the log: a call to the
    // worker that queues a call back, behind whatever signals it emitted before.
    bool sync()
    {
        const int expected = log->roundTrips + 1;
        CaptureLog *target = log.get();
        QMetaObject::invokeMethod(session, [target] {
            QMetaObject::invokeMethod(target, [target] { ++target->roundTrips; });
        });
        return QTest::qWaitFor([&] { return log->roundTrips == expected; }, 5000);
    }

    QThread thread;
    CaptureSession *session;
    std::unique_ptr<CaptureLog> log;
};

// When each batch left the worker, taken on the worker's thread (the test's thread may be
// busy sending when it happens).
class FlushClock
{
public:
    explicit FlushClock(CaptureSession *session)
    {
        m_clock.start();
        QObject::connect(session, &CaptureSession::packetsReady, session,
                         [this](const CapturedPacketBatch &) {
                             QMutexLocker locker(&m_mutex);
                             m_times.append(m_clock.elapsed());
                         }, Qt::DirectConnection);
    }
    QList<qint64> times() const
    {
        QMutexLocker locker(&m_mutex);
        return m_times;
    }

private:
    mutable QMutex m_mutex;
    QElapsedTimer m_clock;
    QList<qint64> m_times;
};

// Flushes closer together than the interval (a coarse QTimer may fire 5% early).
int earlyFlushes(const QList<qint64> &times)
{
    int early = 0;
    for (int i = 1; i < times.size(); ++i) {
        if (times[i] - times[i - 1] < CaptureSession::kFlushIntervalMs * 95 / 100 - 1)
            ++early;
    }
    return early;
}

// The numbered datagrams came in the order sent (gaps allowed: drops).
bool inOrder(const QList<CapturedPacket> &packets)
{
    int last = -1;
    for (const CapturedPacket &packet : packets) {
        const std::optional<Segment> segment = decode(packet);
        if (!segment)
            return false;
        bool ok = false;
        const int number = segment->payload.toInt(&ok);
        if (!ok || number <= last)
            return false;
        last = number;
    }
    return true;
}

} // namespace

class tst_CaptureSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void validateFilter_data();
    void validateFilter();
    void interfacesListLoopbackFirst();
    void interfacesCarryTheirAddresses();
    void defaultInterfaceFollowsTheTraffic_data();
    void defaultInterfaceFollowsTheTraffic();
    void connectionsCrossTheirInterface_data();
    void connectionsCrossTheirInterface();
    void stopWhileIdleIsHarmless();

    void tcpHandshakeDataAndClose();
    void udpDatagramAndReply();
    void stopTwiceReportsOnce();
    void batchesAreRateLimited();
    void floodLossIsCounted();
    void invalidFilterFails();
    void noSuchInterfaceFails();
    void startWithoutPermissionFails();

    void saveAndOpenRoundTrip();
    void openPcapng();
    void saveMixedLinkTypesWritesPcapng();
    void saveIntoReadOnlyFolderFails();
    void openMissingFileFails();

private:
    bool mayCapture() const { return m_permission == CapturePermission::Allowed; }

    CapturePermission m_permission = CapturePermission::Denied;
};

#define REQUIRE_CAPTURE()                                                                         \
    do {                                                                                          \
        if (!mayCapture())                                                                        \
            QSKIP(kNoPermission);                                                                 \
    } while (false)

void tst_CaptureSession::initTestCase()
{
    QElapsedTimer clock;
    clock.start();
    m_permission = CaptureSession::capturePermission();
    qInfo("capture permission: %s (asked in %lld ms); capturing on %s",
          mayCapture() ? "allowed" : "denied", clock.elapsed(), qPrintable(defaultCaptureInterface()));
}

void tst_CaptureSession::validateFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("valid");

    QTest::newRow("TCP port") << QStringLiteral("tcp port 65432") << true;
    QTest::newRow("UDP port") << QStringLiteral("udp port 65431") << true;
    QTest::newRow("empty: no filter") << QString() << true;
    QTest::newRow("blanks: no filter") << QStringLiteral("  ") << true;
    QTest::newRow("typo") << QStringLiteral("tcp prot 1") << false;
    QTest::newRow("port out of range") << QStringLiteral("tcp port 70000") << false;
}

void tst_CaptureSession::validateFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, valid);

    QString error = QStringLiteral("stale");
    QCOMPARE(CaptureSession::validateFilter(filter, kDltEn10mb, &error), valid);
    if (valid)
        QCOMPARE(error, QString());
    else
        QVERIFY2(!error.isEmpty(), "libpcap's message says what is wrong");
    // Checking needs no capture permission and no device: the same answer for "any".
    QCOMPARE(CaptureSession::validateFilter(filter, kDltLinuxSll, nullptr), valid);
}

void tst_CaptureSession::interfacesListLoopbackFirst()
{
    QString error;
    const QList<CaptureInterface> interfaces = captureInterfaces(&error);
    QVERIFY2(!interfaces.isEmpty(), qPrintable(error));
    QCOMPARE(error, QString());

    QVERIFY(interfaces.first().isLoopback);
    QVERIFY(interfaces.first().isUp);
    QCOMPARE(defaultCaptureInterface(), interfaces.first().name);
    QCOMPARE(defaultCaptureInterface(interfaces), interfaces.first().name);
    // A list without loopback (listing failed, or a platform without one): the platform's name.
    QList<CaptureInterface> withoutLoopback = interfaces;
    withoutLoopback.removeIf([](const CaptureInterface &i) { return i.isLoopback; });
    QCOMPARE(defaultCaptureInterface(withoutLoopback), defaultCaptureInterface(QList<CaptureInterface>()));
    bool seenOther = false;
    for (const CaptureInterface &interface : interfaces) {
        if (!interface.isLoopback)
            seenOther = true;
        else
            QVERIFY2(!seenOther, qPrintable(interface.name + QStringLiteral(" after a non-loopback")));
    }
#ifdef Q_OS_LINUX
    QCOMPARE(defaultCaptureInterface(), QStringLiteral("lo"));
    const bool hasAny = std::any_of(interfaces.begin(), interfaces.end(),
                                    [](const CaptureInterface &i) { return i.name == QLatin1String("any"); });
    QVERIFY2(hasAny, "libpcap on Linux lists the \"any\" pseudo-device");
#endif
}

void tst_CaptureSession::interfacesCarryTheirAddresses()
{
    const QList<CaptureInterface> interfaces = captureInterfaces();
    const CaptureInterface *loopback = CaptureInterfaceChoice::find(interfaces, defaultCaptureInterface(interfaces));
    QVERIFY(loopback);
    QVERIFY(loopback->addresses.contains(QHostAddress(QHostAddress::LocalHost)));
#ifdef Q_OS_LINUX
    const CaptureInterface *any = CaptureInterfaceChoice::find(interfaces, QStringLiteral("any"));
    QVERIFY(any);
    QVERIFY(any->isAny);
    QVERIFY(!loopback->isAny);
    QVERIFY(any->addresses.isEmpty());
#endif
}

namespace {
// A Windows-like machine (no "any"), and a Linux-like one: loopback, Ethernet, Wi-Fi.
QList<CaptureInterface> machine(bool withAny)
{
    QList<CaptureInterface> list;
    CaptureInterface lo { QStringLiteral("lo"), QString(), true, true, false,
                          { QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1")) }, {} };
    CaptureInterface eth { QStringLiteral("eth0"), QString(), false, true, false,
                           { QHostAddress(QStringLiteral("192.168.0.5")), QHostAddress(QStringLiteral("fe80::1")) }, {} };
    CaptureInterface wifi { QStringLiteral("wlan0"), QString(), false, true, false, { QHostAddress(QStringLiteral("10.1.2.3")) }, {} };
    list << lo << eth << wifi;
    if (withAny)
        list.append(CaptureInterface { QStringLiteral("any"), QString(), false, true, true, {}, {} });
    return list;
}

QHostAddress address(const char *text)
{
    return QHostAddress(QString::fromLatin1(text));
}
} // namespace

void tst_CaptureSession::defaultInterfaceFollowsTheTraffic_data()
{
    QTest::addColumn<bool>("withAny");
    QTest::addColumn<QList<QHostAddress>>("pageAddresses");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Linux: any, whatever the page") << true << QList<QHostAddress> { address("127.0.0.1") } << "any";
    QTest::newRow("Linux: any, server on all addresses") << true << QList<QHostAddress> { QHostAddress(QHostAddress::Any) } << "any";
    QTest::newRow("loopback server") << false << QList<QHostAddress> { address("127.0.0.1") } << "lo";
    QTest::newRow("IPv6 loopback client") << false << QList<QHostAddress> { address("::1") } << "lo";
    QTest::newRow("server bound to the Wi-Fi address") << false << QList<QHostAddress> { address("10.1.2.3") } << "wlan0";
    QTest::newRow("v4-mapped Ethernet address") << false << QList<QHostAddress> { address("::ffff:192.168.0.5") } << "eth0";
    QTest::newRow("nothing known: this machine") << false << QList<QHostAddress>() << "lo";
    QTest::newRow("another machine's address") << false << QList<QHostAddress> { address("192.168.0.77") } << "lo";
}

void tst_CaptureSession::defaultInterfaceFollowsTheTraffic()
{
    QFETCH(bool, withAny);
    QFETCH(QList<QHostAddress>, pageAddresses);
    QFETCH(QString, expected);
    QCOMPARE(CaptureInterfaceChoice::defaultFor(machine(withAny), pageAddresses), expected);
}

void tst_CaptureSession::connectionsCrossTheirInterface_data()
{
    QTest::addColumn<QHostAddress>("local");
    QTest::addColumn<QHostAddress>("remote");
    QTest::addColumn<QString>("crossed");
    QTest::addColumn<QStringList>("seenOn");
    const QStringList everywhere { "lo", "eth0", "wlan0", "any" };
    QTest::newRow("loopback") << address("127.0.0.1") << address("127.0.0.1") << "lo" << QStringList { "lo", "any" };
    QTest::newRow("own LAN address to itself: the kernel uses lo")
        << address("192.168.0.5") << address("192.168.0.5") << "lo" << QStringList { "lo", "any" };
    QTest::newRow("between two own interfaces") << address("192.168.0.5") << address("10.1.2.3") << "lo" << QStringList { "lo", "any" };
    QTest::newRow("a classmate on the LAN") << address("192.168.0.5") << address("192.168.0.77") << "eth0" << QStringList { "eth0", "any" };
    QTest::newRow("a classmate over Wi-Fi, v4-mapped")
        << address("::ffff:10.1.2.3") << address("::ffff:10.1.2.9") << "wlan0" << QStringList { "wlan0", "any" };
    QTest::newRow("an address no interface holds: no advice") << address("172.16.0.1") << address("172.16.0.2") << QString() << everywhere;
}

void tst_CaptureSession::connectionsCrossTheirInterface()
{
    QFETCH(QHostAddress, local);
    QFETCH(QHostAddress, remote);
    QFETCH(QString, crossed);
    QFETCH(QStringList, seenOn);
    const QList<CaptureInterface> interfaces = machine(true);
    QCOMPARE(CaptureInterfaceChoice::interfaceFor(interfaces, local, remote), crossed);
    for (const char *chosen : { "lo", "eth0", "wlan0", "any" })
        QCOMPARE(CaptureInterfaceChoice::sees(interfaces, chosen, local, remote), seenOn.contains(QLatin1String(chosen)));
}

void tst_CaptureSession::stopWhileIdleIsHarmless()
{
    CaptureWorker worker;
    worker.stop();
    worker.stop();
    QVERIFY(worker.sync());
    QCOMPARE(worker.log->stoppedCount, 0);
    QCOMPARE(worker.log->errors.size(), 0);
    QCOMPARE(worker.log->batchSizes.size(), 0);
}

void tst_CaptureSession::tcpHandshakeDataAndClose()
{
    REQUIRE_CAPTURE();

    QTcpServer server;
    QVERIFY(server.listen(kLoopback, 0));
    const quint16 serverPort = server.serverPort();

    CaptureWorker worker;
    worker.start(defaultCaptureInterface(), QStringLiteral("tcp port %1").arg(serverPort));
    QTRY_COMPARE(worker.log->startedCount, 1);
    QCOMPARE(worker.log->startedInterface, defaultCaptureInterface());
    QCOMPARE(worker.log->linkType, kDltEn10mb);

    QTcpSocket client;
    client.connectToHost(kLoopback, serverPort);
    QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
    const quint16 clientPort = client.localPort();
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(server.nextPendingConnection());
    accepted->setParent(nullptr);

    client.write("Hello, world");
    QTRY_COMPARE(accepted->bytesAvailable(), qint64(12));
    QCOMPARE(accepted->readAll(), QByteArray("Hello, world"));
    client.disconnectFromHost();

    const auto clientFinSeen = [&] {
        const QList<Segment> segments = decodeAll(worker.log->packets);
        return std::any_of(segments.begin(), segments.end(), [&](const Segment &s) {
            return (s.flags & Fin) && s.is(clientPort, serverPort);
        });
    };
    QTRY_VERIFY(clientFinSeen());

    worker.stop();
    QTRY_COMPARE(worker.log->stoppedCount, 1);
    QCOMPARE(worker.log->stoppedPackets, qint64(worker.log->packets.size()));
    QCOMPARE(worker.log->stoppedDropped, qint64(0));

    const QList<CapturedPacket> &packets = worker.log->packets;
    const QList<Segment> segments = decodeAll(packets);
    QCOMPARE(segments.size(), packets.size()); // the filter let only this connection through
    const QByteArray trace = describe(segments).toLocal8Bit();
    for (int i = 0; i < packets.size(); ++i) {
        QCOMPARE(packets[i].linkType, kDltEn10mb);
        QCOMPARE(packets[i].originalLength, quint32(packets[i].data.size())); // under snaplen
        if (i > 0)
            QVERIFY(packets[i].timestampUs >= packets[i - 1].timestampUs);
        QVERIFY2(segments[i].is(clientPort, serverPort) || segments[i].is(serverPort, clientPort),
                 trace.constData());
        QVERIFY2(!(segments[i].flags & Rst), trace.constData());
    }
    QVERIFY2(segments.size() >= 5, trace.constData());

    // The three-way handshake, exactly.
    QCOMPARE(segments[0].flags & (Syn | Ack | Fin), int(Syn));
    QVERIFY(segments[0].is(clientPort, serverPort));
    QCOMPARE(segments[1].flags & (Syn | Ack | Fin), int(Syn | Ack));
    QVERIFY(segments[1].is(serverPort, clientPort));
    QCOMPARE(segments[2].flags & (Syn | Ack | Fin), int(Ack));
    QVERIFY(segments[2].is(clientPort, serverPort));
    QCOMPARE(segments[2].payload, QByteArray());

    // Then the data, then the client's FIN.
    int data = -1;
    for (int i = 3; i < segments.size() && data < 0; ++i) {
        if (!segments[i].payload.isEmpty())
            data = i;
    }
    QVERIFY2(data > 0, trace.constData());
    QVERIFY(segments[data].is(clientPort, serverPort));
    QVERIFY(segments[data].flags & Psh);
    QCOMPARE(segments[data].payload, QByteArray("Hello, world"));

    int fin = -1;
    for (int i = data + 1; i < segments.size() && fin < 0; ++i) {
        if (segments[i].flags & Fin)
            fin = i;
    }
    QVERIFY2(fin > data, trace.constData());
    QVERIFY2(segments[fin].is(clientPort, serverPort), trace.constData());
}

void tst_CaptureSession::udpDatagramAndReply()
{
    REQUIRE_CAPTURE();

    QUdpSocket server;
    QVERIFY(server.bind(kLoopback, 0));
    QUdpSocket client;
    QVERIFY(client.bind(kLoopback, 0));

    CaptureWorker worker;
    worker.start(defaultCaptureInterface(), QStringLiteral("udp port %1").arg(server.localPort()));
    QTRY_COMPARE(worker.log->startedCount, 1);

    QCOMPARE(client.writeDatagram("Hello, world", kLoopback, server.localPort()), qint64(12));
    QTRY_VERIFY(server.hasPendingDatagrams());
    const QNetworkDatagram request = server.receiveDatagram();
    QCOMPARE(request.data(), QByteArray("Hello, world"));
    QCOMPARE(server.writeDatagram(request.makeReply(request.data().toUpper())), qint64(12));
    QTRY_VERIFY(client.hasPendingDatagrams());

    QTRY_COMPARE(worker.log->packets.size(), 2);
    const QList<Segment> segments = decodeAll(worker.log->packets);
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments[0].protocol, 17);
    QVERIFY(segments[0].is(client.localPort(), server.localPort()));
    QCOMPARE(segments[0].payload, QByteArray("Hello, world"));
    QCOMPARE(segments[1].protocol, 17);
    QVERIFY(segments[1].is(server.localPort(), client.localPort()));
    QCOMPARE(segments[1].payload, QByteArray("HELLO, WORLD"));
    // A UDP frame on lo: 14 Ethernet + 20 IPv4 + 8 UDP + 12 payload.
    QCOMPARE(worker.log->packets[0].originalLength, quint32(54));

    worker.stop();
    QTRY_COMPARE(worker.log->stoppedCount, 1);
    QCOMPARE(worker.log->stoppedPackets, qint64(2));
    QCOMPARE(worker.log->stoppedDropped, qint64(0));
}

void tst_CaptureSession::stopTwiceReportsOnce()
{
    REQUIRE_CAPTURE();

    QUdpSocket receiver;
    QVERIFY(receiver.bind(kLoopback, 0));
    QUdpSocket sender;

    CaptureWorker worker;
    worker.start(defaultCaptureInterface(), QStringLiteral("udp port %1").arg(receiver.localPort()));
    QTRY_COMPARE(worker.log->startedCount, 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sender.writeDatagram("x", kLoopback, receiver.localPort()), qint64(1));
    QTRY_COMPARE(worker.log->packets.size(), 3);

    worker.stop();
    worker.stop();
    QVERIFY(worker.sync());
    QCOMPARE(worker.log->stoppedCount, 1);
    QCOMPARE(worker.log->stoppedPackets, qint64(3));
    QCOMPARE(worker.log->errors.size(), 0);

    // Stopped means stopped: later traffic is not captured, and a third stop() says nothing.
    QCOMPARE(sender.writeDatagram("y", kLoopback, receiver.localPort()), qint64(1));
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    worker.stop();
    QVERIFY(worker.sync());
    QCOMPARE(worker.log->packets.size(), 3);
    QCOMPARE(worker.log->stoppedCount, 1);

    // And it starts again.
    worker.start(defaultCaptureInterface(), QStringLiteral("udp port %1").arg(receiver.localPort()));
    QTRY_COMPARE(worker.log->startedCount, 2);
    QCOMPARE(sender.writeDatagram("z", kLoopback, receiver.localPort()), qint64(1));
    QTRY_COMPARE(worker.log->packets.size(), 4);
    worker.stop();
    QTRY_COMPARE(worker.log->stoppedCount, 2);
    QCOMPARE(worker.log->stoppedPackets, qint64(1)); // counted per capture
}

void tst_CaptureSession::batchesAreRateLimited()
{
    REQUIRE_CAPTURE();
    // Lab pace, a little brisker than typing: 10 datagrams every few milliseconds.
    constexpr int kRounds = 30;
    constexpr int kPerRound = 10;

    QUdpSocket receiver; // bound, so no ICMP "port unreachable"; never read
    QVERIFY(receiver.bind(kLoopback, 0));
    QUdpSocket sender;

    CaptureWorker worker;
    FlushClock flushes(worker.session);
    worker.start(defaultCaptureInterface(), QStringLiteral("udp port %1").arg(receiver.localPort()));
    QTRY_COMPARE(worker.log->startedCount, 1);
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kPerRound; ++i) {
            const QByteArray number = QByteArray::number(round * kPerRound + i);
            QCOMPARE(sender.writeDatagram(number, kLoopback, receiver.localPort()), qint64(number.size()));
        }
        QTest::qWait(3);
    }
    QTRY_COMPARE(worker.log->packets.size(), kRounds * kPerRound);
    worker.stop();
    QTRY_COMPARE(worker.log->stoppedCount, 1);
    QCOMPARE(worker.log->stoppedPackets, qint64(kRounds * kPerRound));
    QCOMPARE(worker.log->stoppedDropped, qint64(0));
    QVERIFY(inOrder(worker.log->packets));

    const QList<qint64> emitted = flushes.times();
    QCOMPARE(emitted.size(), worker.log->batchSizes.size());
    qInfo("%d datagrams in %d batches over %lld ms", kRounds * kPerRound, int(emitted.size()),
          emitted.last() - emitted.first());
    QVERIFY2(emitted.size() > 1, "the traffic spans several flush intervals");
    QCOMPARE(earlyFlushes(emitted), 0);
}

void tst_CaptureSession::floodLossIsCounted()
{
    REQUIRE_CAPTURE();
    // As fast as this thread can send: more than immediate mode's ring on lo (64 slots in
    // 4 MiB, two per packet) holds while the worker waits for a CPU, so the kernel may drop
    // some. Every datagram must be either delivered, in order, or counted as dropped.
    constexpr int kDatagrams = 3000;

    QUdpSocket receiver;
    QVERIFY(receiver.bind(kLoopback, 0));
    QUdpSocket sender;

    CaptureWorker worker;
    FlushClock flushes(worker.session);
    worker.start(defaultCaptureInterface(), QStringLiteral("udp port %1").arg(receiver.localPort()));
    QTRY_COMPARE(worker.log->startedCount, 1);
    for (int i = 0; i < kDatagrams; ++i) {
        const QByteArray number = QByteArray::number(i);
        QCOMPARE(sender.writeDatagram(number, kLoopback, receiver.localPort()), qint64(number.size()));
    }
    // Until the capture has caught up: no new packet for a few flush intervals.
    qsizetype seen = -1;
    QDeadlineTimer deadline(10000);
    while (seen != worker.log->packets.size() && !deadline.hasExpired()) {
        seen = worker.log->packets.size();
        QTest::qWait(4 * CaptureSession::kFlushIntervalMs);
    }
    worker.stop();
    QTRY_COMPARE(worker.log->stoppedCount, 1);

    const qint64 captured = worker.log->stoppedPackets;
    const qint64 dropped = worker.log->stoppedDropped;
    qInfo("flood of %d datagrams: %lld captured, %lld dropped by the kernel, %d batches",
          kDatagrams, captured, dropped, int(worker.log->batchSizes.size()));
    QCOMPARE(captured, qint64(worker.log->packets.size()));
    QVERIFY(captured <= kDatagrams);
    // A datagram missing means its received copy was dropped, and counted. (Sent copies
    // count too, so the sum may exceed what was sent.)
    QVERIFY2(captured + dropped >= kDatagrams, "every datagram missing is counted as dropped");
    QVERIFY(inOrder(worker.log->packets));
    for (int size : std::as_const(worker.log->batchSizes))
        QVERIFY(size <= CaptureSession::kMaxPendingPackets);
    // Only the flush that stop() forces may come sooner than the interval.
    QVERIFY(earlyFlushes(flushes.times()) <= 1);
}

void tst_CaptureSession::invalidFilterFails()
{
    REQUIRE_CAPTURE();

    CaptureWorker worker;
    worker.start(defaultCaptureInterface(), QStringLiteral("tcp prot 1"));
    QTRY_COMPARE(worker.log->errors.size(), 1);
    QCOMPARE(worker.log->errors.first(), CaptureError::InvalidFilter);
    QVERIFY(!worker.log->messages.first().isEmpty());
    qInfo("libpcap says: %s", qPrintable(worker.log->messages.first()));
    QVERIFY(worker.sync());
    QCOMPARE(worker.log->startedCount, 0);
    QCOMPARE(worker.log->stoppedCount, 0); // never started, so nothing to stop
}

void tst_CaptureSession::noSuchInterfaceFails()
{
    REQUIRE_CAPTURE();

    CaptureWorker worker;
    worker.start(QStringLiteral("nosuchif0"), QString());
    QTRY_COMPARE(worker.log->errors.size(), 1);
    const CaptureError error = worker.log->errors.first();
    QVERIFY(error == CaptureError::NoSuchInterface || error == CaptureError::Other);
    QVERIFY(!worker.log->messages.first().isEmpty());
    qInfo("libpcap says: %s", qPrintable(worker.log->messages.first()));
    QVERIFY(worker.sync());
    QCOMPARE(worker.log->startedCount, 0);
}

void tst_CaptureSession::startWithoutPermissionFails()
{
    if (mayCapture())
        QSKIP("capture is permitted here; run as a user without CAP_NET_RAW to check the refusal");

    CaptureWorker worker;
    worker.start(defaultCaptureInterface(), QStringLiteral("tcp port 65432"));
    QTRY_COMPARE(worker.log->errors.size(), 1);
    QCOMPARE(worker.log->errors.first(), CaptureError::PermissionDenied);
    QVERIFY(!worker.log->messages.first().isEmpty());
    qInfo("libpcap says: %s", qPrintable(worker.log->messages.first()));
    QVERIFY(worker.sync());
    QCOMPARE(worker.log->startedCount, 0);
}

namespace {

QList<CapturedPacket> samplePackets()
{
    QList<CapturedPacket> packets;
    packets << packetOf(1700000000123456, tcpFrame(40000, 65432, Syn, {}))
            << packetOf(1700000000123457, tcpFrame(65432, 40000, Syn | Ack, {}))
            << packetOf(1700000000999999, tcpFrame(40000, 65432, Ack, {}))
            << packetOf(1700000001000000, tcpFrame(40000, 65432, Psh | Ack, "Hello, world"));
    // Cut by a snapshot length: 40 of its 120 bytes kept, the ports among them.
    CapturedPacket cut = packetOf(1700000002000001, tcpFrame(65432, 40000, Psh | Ack, QByteArray(66, 'x')));
    cut.data.truncate(40);
    packets << cut;
    return packets;
}

void compareExactly(const QList<CapturedPacket> &actual, const QList<CapturedPacket> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].timestampUs, expected[i].timestampUs);
        QCOMPARE(actual[i].linkType, expected[i].linkType);
        QCOMPARE(actual[i].originalLength, expected[i].originalLength);
        QCOMPARE(actual[i].data, expected[i].data);
    }
}

// Runs a tool to its end on the event loop; false (and the reason in `why`) if it failed.
bool run(const QString &program, const QStringList &arguments, QByteArray *output, QString *why)
{
    QProcess process;
    process.start(program, arguments);
    QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        *why = program + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

} // namespace

void tst_CaptureSession::saveAndOpenRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lab.pcap"));
    const QList<CapturedPacket> packets = samplePackets();

    QString error = QStringLiteral("stale");
    PcapFileError reason = PcapFileError::CannotOpen; // stale, to see it reset
    QVERIFY2(savePcap(path, packets, &error, &reason), qPrintable(error));
    QCOMPARE(error, QString());
    QCOMPARE(reason, PcapFileError::None);
    // The temporary file was renamed, nothing else is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("lab.pcap")});
    // Classic pcap, microseconds: magic a1b2c3d4 (written in host order), version 2.4.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(24);
    QCOMPARE(header.size(), 24);
    QVERIFY(header.startsWith(QByteArray::fromHex("d4c3b2a1")) || header.startsWith(QByteArray::fromHex("a1b2c3d4")));
    file.close();

    const std::optional<QList<CapturedPacket>> opened = openPcap(path, &error, &reason);
    QVERIFY2(opened.has_value(), qPrintable(error));
    compareExactly(*opened, packets);

    // Overwriting an existing capture works and keeps one file.
    QVERIFY(savePcap(path, packets.mid(0, 2), &error));
    QCOMPARE(openPcap(path, &error)->size(), 2);
    QVERIFY(savePcap(path, packets, &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // Wireshark's own reader agrees.
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not on PATH: the read-back by Wireshark's reader was not checked");
    QByteArray output;
    QString why;
    QVERIFY2(run(tshark, {QStringLiteral("-r"), path, QStringLiteral("-T"), QStringLiteral("fields"),
                          QStringLiteral("-e"), QStringLiteral("frame.len"),
                          QStringLiteral("-e"), QStringLiteral("tcp.srcport")},
                 &output, &why),
             qPrintable(why));
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), packets.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].trimmed().split('\t');
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].toUInt(), packets[i].originalLength);
        const std::optional<Segment> segment = decode(packets[i]);
        QVERIFY(segment.has_value());
        QCOMPARE(fields[1].toUInt(), uint(segment->sourcePort));
    }
}

void tst_CaptureSession::openPcapng()
{
    const QString editcap = QStandardPaths::findExecutable(QStringLiteral("editcap"));
    if (editcap.isEmpty())
        QSKIP("editcap (Wireshark) is not on PATH: no .pcapng to read");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pcap = dir.filePath(QStringLiteral("lab.pcap"));
    const QString pcapng = dir.filePath(QStringLiteral("lab.pcapng"));
    const QList<CapturedPacket> packets = samplePackets();
    QString error;
    QVERIFY2(savePcap(pcap, packets, &error), qPrintable(error));
    QString why;
    QVERIFY2(run(editcap, {QStringLiteral("-F"), QStringLiteral("pcapng"), pcap, pcapng}, nullptr, &why),
             qPrintable(why));

    const std::optional<QList<CapturedPacket>> opened = openPcap(pcapng, &error);
    QVERIFY2(opened.has_value(), qPrintable(error));
    compareExactly(*opened, packets);
}

// One .pcap holds one link type: packets of several (opened files, Windows's "any") go to pcapng.
void tst_CaptureSession::saveMixedLinkTypesWritesPcapng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mixed.pcap"));
    QList<CapturedPacket> packets = samplePackets();
    packets << packetOf(1700000003000000, QByteArray(16 + 20, '\0'), kDltLinuxSll);

    QString error;
    PcapFileError reason = PcapFileError::None;
    QVERIFY2(savePcap(path, packets, &error, &reason), qPrintable(error));
    QCOMPARE(reason, PcapFileError::None);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray::fromHex("0a0d0d0a")); // a pcapng section header
}

void tst_CaptureSession::saveIntoReadOnlyFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString folder = dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                  | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(dir.filePath(QStringLiteral("read-only")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    // root writes into a read-only folder regardless (CAP_DAC_OVERRIDE): then use /proc,
    // where nobody can create a file.
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        folder = QStringLiteral("/proc");
        qInfo("the folder's permissions do not stop this user (root?): saving into /proc instead");
    }

    const QString name = QStringLiteral("socketlab-capture-test-%1.pcap").arg(QCoreApplication::applicationPid());
    const QString path = folder + QLatin1Char('/') + name;
    QString error;
    PcapFileError reason = PcapFileError::None;
    QVERIFY(!savePcap(path, samplePackets(), &error, &reason));
    QCOMPARE(reason, PcapFileError::CannotWrite);
    QVERIFY(!error.isEmpty());
    qInfo("the system says: %s", qPrintable(error));
    QVERIFY(!QFile::exists(path));
    const QStringList left = QDir(folder).entryList({name + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void tst_CaptureSession::openMissingFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    PcapFileError reason = PcapFileError::None;
    QVERIFY(!openPcap(dir.filePath(QStringLiteral("missing.pcap")), &error, &reason).has_value());
    QCOMPARE(reason, PcapFileError::CannotOpen);
    QVERIFY(!error.isEmpty());

    // Not a capture file at all.
    const QString text = dir.filePath(QStringLiteral("notes.pcap"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Hello, world\n");
    file.close();
    QVERIFY(!openPcap(text, &error, &reason).has_value());
    QCOMPARE(reason, PcapFileError::CannotOpen);
    QVERIFY(!error.isEmpty());

    // Cut short in the middle of a packet.
    const QString whole = dir.filePath(QStringLiteral("whole.pcap"));
    QVERIFY(savePcap(whole, samplePackets(), &error));
    QFile cut(whole);
    QVERIFY(cut.resize(cut.size() - 10));
    QVERIFY(!openPcap(whole, &error, &reason).has_value());
    QCOMPARE(reason, PcapFileError::CannotRead);
    QVERIFY(!error.isEmpty());
    qInfo("libpcap says: %s", qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_CaptureSession)
#include "tst_capturesession.moc"
