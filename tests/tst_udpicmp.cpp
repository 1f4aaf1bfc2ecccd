// A UDP page's default capture filter and the ICMP decoders, with real traffic: the UDP client
// sends to a closed loopback port, the kernel answers ICMP "port unreachable", the capture
// (filtered as the page filters it) holds it, and the decoder names it with the quoted ports.
// Live tests need capture permission and skip with the reason where it is missing.
#include "network/capture/capturesession.h"
#include "network/capture/packetdecoder.h"
#include "network/capture/packetinfo.h"
#include "network/capture/trafficfilter.h"
#include "network/udpsession.h"
#include "tests/support/eventlog.h"

#include <QTest>
#include <QThread>
#include <QUdpSocket>

namespace {

constexpr int kDltEn10mb = 1;
constexpr int kDltLinuxSll = 113;

// A port nothing listens on: bound by the kernel's choice, then released.
quint16 closedPort(const QHostAddress &address)
{
    QUdpSocket probe;
    return probe.bind(address, 0) ? probe.localPort() : 0;
}

} // namespace

class tst_UdpIcmp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filterCompilesOnEveryLink_data();
    void filterCompilesOnEveryLink();
    void closedPortAnswersPortUnreachable_data();
    void closedPortAnswersPortUnreachable();

private:
    bool m_mayCapture = false;
};

void tst_UdpIcmp::initTestCase()
{
    m_mayCapture = CaptureSession::capturePermission() == CapturePermission::Allowed;
}

void tst_UdpIcmp::filterCompilesOnEveryLink_data()
{
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("expected");
    QTest::newRow("TCP") << int(Transport::Tcp) << QStringLiteral("tcp port 65432");
    QTest::newRow("UDP with its ICMP errors")
        << int(Transport::Udp)
        << QStringLiteral("udp port 65432 or (icmp[0] = 3 and (icmp[28:2] = 65432 or icmp[30:2] = 65432))"
                          " or (ip6[6] = 58 and ip6[40] = 1 and (ip6[88:2] = 65432 or ip6[90:2] = 65432))");
}

void tst_UdpIcmp::filterCompilesOnEveryLink()
{
    QFETCH(int, transport);
    QFETCH(QString, expected);
    const TrafficFilter filter = TrafficFilter::forPort(Transport(transport), 65432);
    QCOMPARE(filter.capture, expected);
    QString error;
    QVERIFY2(CaptureSession::validateFilter(filter.capture, kDltEn10mb, &error), qPrintable(error));
    QVERIFY2(CaptureSession::validateFilter(filter.capture, kDltLinuxSll, &error), qPrintable(error));
}

void tst_UdpIcmp::closedPortAnswersPortUnreachable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("info");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << QStringLiteral("ICMP")
                          << QStringLiteral("Destination unreachable (Port unreachable)");
    QTest::newRow("IPv6") << QStringLiteral("::1") << QStringLiteral("ICMPv6")
                          << QStringLiteral("Destination Unreachable (Port unreachable)");
}

void tst_UdpIcmp::closedPortAnswersPortUnreachable()
{
    QFETCH(QString, host);
    QFETCH(QString, protocol);
    QFETCH(QString, info);
    if (!m_mayCapture)
        QSKIP("packet capture needs CAP_NET_RAW (run as root, or setcap cap_net_raw,cap_net_admin=eip)");
    const quint16 port = closedPort(QHostAddress(host));
    if (port == 0)
        QSKIP("no such loopback address here");

    QThread thread;
    auto *capture = new CaptureSession;
    capture->moveToThread(&thread);
    connect(&thread, &QThread::finished, capture, &QObject::deleteLater);
    CapturedPacketBatch packets;
    bool started = false;
    connect(capture, &CaptureSession::started, this, [&started] { started = true; });
    connect(capture, &CaptureSession::packetsReady, this, [&packets](const CapturedPacketBatch &batch) { packets += batch; });
    thread.start();
    const CaptureConfig config { QStringLiteral("lo"), TrafficFilter::forPort(Transport::Udp, port).capture };
    QMetaObject::invokeMethod(capture, [capture, config] { capture->start(config); });
    QTRY_VERIFY(started);

    UdpSession client;
    EventLog log(&client);
    UdpConfig udp = UdpConfig::courseDefaults(UdpRole::Client);
    udp.host = host;
    udp.port = port;
    client.start(udp);
    QTRY_COMPARE(log.count(EventKind::Bound), 1);
    const quint16 clientPort = client.localEndpoint().port;
    client.send({}, "hi");
    QTRY_COMPARE(log.errors(LabError::PortUnreachable).size(), 1);

    // The datagram and the kernel's answer, nothing else on lo's other ports.
    QTRY_COMPARE(packets.size(), 2);
    QMetaObject::invokeMethod(capture, [capture] { capture->stop(); });
    thread.quit();
    thread.wait();
    const DecodedPacket datagram = decodePacket(packets.at(0));
    QCOMPARE(datagram.protocolName, QStringLiteral("UDP"));
    const DecodedPacket error = decodePacket(packets.at(1));
    QCOMPARE(error.protocolName, protocol);
    QCOMPARE(wiresharkInfo(error, 0, 0), info);
    QCOMPARE(error.quotedTransport, DecodedPacket::Udp);
    QCOMPARE(error.quotedSource.port, clientPort);
    QCOMPARE(error.quotedDestination.port, port);
    QVERIFY2(!error.truncated && !error.malformed, qPrintable(error.problem));
}

QTEST_GUILESS_MAIN(tst_UdpIcmp)
#include "tst_udpicmp.moc"
