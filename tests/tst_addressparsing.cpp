#include "network/addressparsing.h"

#include <QTest>

class tst_AddressParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsePort_data();
    void parsePort();
    void parseBindAddress_data();
    void parseBindAddress();
};

void tst_AddressParsing::parsePort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("port");

    QTest::newRow("course TCP port") << QStringLiteral("65432") << true << 65432;
    QTest::newRow("spaces around") << QStringLiteral(" 80 ") << true << 80;
    QTest::newRow("tab and newline around") << QStringLiteral("\t8080\n") << true << 8080;
    QTest::newRow("lowest") << QStringLiteral("1") << true << 1;
    QTest::newRow("highest") << QStringLiteral("65535") << true << 65535;
    QTest::newRow("leading zeros") << QStringLiteral("00080") << true << 80;

    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("blank") << QStringLiteral(" ") << false << 0;
    QTest::newRow("letters") << QStringLiteral("abc") << false << 0;
    QTest::newRow("zero") << QStringLiteral("0") << false << 0;
    QTest::newRow("one past the top") << QStringLiteral("65536") << false << 0;
    QTest::newRow("negative") << QStringLiteral("-1") << false << 0;
    QTest::newRow("plus sign") << QStringLiteral("+80") << false << 0;
    QTest::newRow("decimal") << QStringLiteral("1.5") << false << 0;
    QTest::newRow("five nines") << QStringLiteral("99999") << false << 0;
    QTest::newRow("six digits") << QStringLiteral("100000") << false << 0;
    QTest::newRow("space inside") << QStringLiteral("80 80") << false << 0;
    QTest::newRow("hex") << QStringLiteral("0x50") << false << 0;
    QTest::newRow("digits then letters") << QStringLiteral("80a") << false << 0;
    QTest::newRow("fullwidth digits") << QStringLiteral("\uff18\uff10") << false << 0;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0668\u0660") << false << 0;
}

void tst_AddressParsing::parsePort()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, port);

    const std::optional<quint16> result = ::parsePort(text);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(int(*result), port);
}

void tst_AddressParsing::parseBindAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QHostAddress>("address");

    QTest::newRow("IPv4 any") << QStringLiteral("0.0.0.0") << true
                              << QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("IPv6 any") << QStringLiteral("::") << true << QHostAddress(QHostAddress::AnyIPv6);
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << true
                                   << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("IPv6 loopback in brackets") << QStringLiteral("[::1]") << true
                                               << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1") << true
                                   << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("IPv4 loopback, spaces") << QStringLiteral("  127.0.0.1 ") << true
                                           << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("private IPv4") << QStringLiteral("192.168.0.10") << true
                                  << QHostAddress(QStringLiteral("192.168.0.10"));
    QTest::newRow("IPv6 with scope") << QStringLiteral("fe80::1%eth0") << true
                                     << QHostAddress(QStringLiteral("fe80::1%eth0"));
    QTest::newRow("any") << QStringLiteral("any") << true << QHostAddress(QHostAddress::Any);
    QTest::newRow("ANY") << QStringLiteral("ANY") << true << QHostAddress(QHostAddress::Any);
    QTest::newRow("all") << QStringLiteral("all") << true << QHostAddress(QHostAddress::Any);

    QTest::newRow("empty") << QString() << false << QHostAddress();
    QTest::newRow("blank") << QStringLiteral("   ") << false << QHostAddress();
    QTest::newRow("empty brackets") << QStringLiteral("[]") << false << QHostAddress();
    QTest::newRow("host name") << QStringLiteral("localhost") << false << QHostAddress();
    QTest::newRow("octet out of range") << QStringLiteral("999.1.1.1") << false << QHostAddress();
    QTest::newRow("address with port") << QStringLiteral("127.0.0.1:80") << false << QHostAddress();
    QTest::newRow("IPv6 with port") << QStringLiteral("[::1]:80") << false << QHostAddress();
    QTest::newRow("three colons") << QStringLiteral(":::") << false << QHostAddress();
}

void tst_AddressParsing::parseBindAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QHostAddress, address);

    const std::optional<QHostAddress> result = ::parseBindAddress(text);
    QCOMPARE(result.has_value(), valid);
    if (!valid)
        return;
    // QHostAddress::operator== treats Any as equal to AnyIPv4 and AnyIPv6: compare strictly.
    QCOMPARE(result->protocol(), address.protocol());
    QCOMPARE(result->toString(), address.toString());
    QCOMPARE(result->scopeId(), address.scopeId());
    QVERIFY(result->isEqual(address, QHostAddress::StrictConversion));
}

QTEST_GUILESS_MAIN(tst_AddressParsing)
#include "tst_addressparsing.moc"
