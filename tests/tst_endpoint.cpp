#include "network/endpoint.h"

#include <QTest>

class tst_Endpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toString_data();
    void toString();
    void mappedIPv4IsPlainIPv4();
    void isNull();
};

void tst_Endpoint::toString_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("addressText");

    QTest::newRow("IPv4") << QHostAddress(QStringLiteral("127.0.0.1")) << 65432
                          << QStringLiteral("127.0.0.1:65432") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6 loopback") << QHostAddress(QHostAddress::LocalHostIPv6) << 65432
                                   << QStringLiteral("[::1]:65432") << QStringLiteral("::1");
    QTest::newRow("IPv4-mapped IPv6") << QHostAddress(QStringLiteral("::ffff:127.0.0.1")) << 50001
                                      << QStringLiteral("127.0.0.1:50001")
                                      << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv4-mapped private") << QHostAddress(QStringLiteral("::ffff:192.168.0.7")) << 80
                                         << QStringLiteral("192.168.0.7:80")
                                         << QStringLiteral("192.168.0.7");
    QTest::newRow("IPv4 any") << QHostAddress(QHostAddress::AnyIPv4) << 65432
                              << QStringLiteral("0.0.0.0:65432") << QStringLiteral("0.0.0.0");
    QTest::newRow("IPv6 any") << QHostAddress(QHostAddress::AnyIPv6) << 65432
                              << QStringLiteral("[::]:65432") << QStringLiteral("::");
    QTest::newRow("dual-stack any") << QHostAddress(QHostAddress::Any) << 65432
                                    << QStringLiteral("[::]:65432") << QStringLiteral("::");
    QTest::newRow("IPv6 scope left out") << QHostAddress(QStringLiteral("fe80::1%lo")) << 22
                                         << QStringLiteral("[fe80::1]:22")
                                         << QStringLiteral("fe80::1");
}

void tst_Endpoint::toString()
{
    QFETCH(QHostAddress, address);
    QFETCH(int, port);
    QFETCH(QString, text);
    QFETCH(QString, addressText);

    const Endpoint endpoint(address, quint16(port));
    QCOMPARE(endpoint.toString(), text);
    QCOMPARE(endpoint.addressText(), addressText);
    QCOMPARE(int(endpoint.port), port);
}

void tst_Endpoint::mappedIPv4IsPlainIPv4()
{
    const Endpoint mapped(QHostAddress(QStringLiteral("::ffff:127.0.0.1")), 50001);
    QCOMPARE(mapped.address.protocol(), QAbstractSocket::IPv4Protocol);
    QVERIFY(mapped == Endpoint(QHostAddress(QHostAddress::LocalHost), 50001));
    QVERIFY(!(mapped == Endpoint(QHostAddress(QHostAddress::LocalHost), 50002)));
}

void tst_Endpoint::isNull()
{
    QVERIFY(Endpoint().isNull());
    QCOMPARE(Endpoint().port, quint16(0));
    QVERIFY(!Endpoint(QHostAddress(), 5).isNull());
    QVERIFY(!Endpoint(QHostAddress(QHostAddress::LocalHost), 0).isNull());
}

QTEST_GUILESS_MAIN(tst_Endpoint)
#include "tst_endpoint.moc"
