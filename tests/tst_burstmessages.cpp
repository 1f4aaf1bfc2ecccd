#include "network/burstmessages.h"

#include <QTest>

class tst_BurstMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void message_data();
    void message();
    void roundTrip_data();
    void roundTrip();
    void lineEndingsAccepted_data();
    void lineEndingsAccepted();
    void rejects_data();
    void rejects();
};

void tst_BurstMessages::message_data()
{
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("first") << qint64(1) << qint64(10000) << QByteArray("#1/10000");
    QTest::newRow("middle") << qint64(17) << qint64(10000) << QByteArray("#17/10000");
    QTest::newRow("last") << qint64(10000) << qint64(10000) << QByteArray("#10000/10000");
    QTest::newRow("single") << qint64(1) << qint64(1) << QByteArray("#1/1");
    QTest::newRow("largest") << qint64(BurstMessages::kMaxCount) << qint64(BurstMessages::kMaxCount)
                             << QByteArray("#100000/100000");
}

void tst_BurstMessages::message()
{
    QFETCH(qint64, sequence);
    QFETCH(qint64, total);
    QFETCH(QByteArray, expected);

    QCOMPARE(BurstMessages::message(sequence, total), expected);
}

void tst_BurstMessages::roundTrip_data()
{
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<qint64>("total");

    QTest::newRow("1/1") << qint64(1) << qint64(1);
    QTest::newRow("1/5") << qint64(1) << qint64(5);
    QTest::newRow("5/5") << qint64(5) << qint64(5);
    QTest::newRow("9999/10000") << qint64(9999) << qint64(10000);
    QTest::newRow("1/100000") << qint64(1) << qint64(BurstMessages::kMaxCount);
    QTest::newRow("100000/100000") << qint64(BurstMessages::kMaxCount) << qint64(BurstMessages::kMaxCount);
}

void tst_BurstMessages::roundTrip()
{
    QFETCH(qint64, sequence);
    QFETCH(qint64, total);

    const std::optional<BurstMessages::Number> number =
        BurstMessages::parse(BurstMessages::message(sequence, total));
    QVERIFY(number.has_value());
    QCOMPARE(number->sequence, sequence);
    QCOMPARE(number->total, total);
}

void tst_BurstMessages::lineEndingsAccepted_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("none") << QByteArray("#3/7");
    QTest::newRow("LF") << QByteArray("#3/7\n");
    QTest::newRow("CRLF") << QByteArray("#3/7\r\n");
}

void tst_BurstMessages::lineEndingsAccepted()
{
    QFETCH(QByteArray, text);

    const std::optional<BurstMessages::Number> number = BurstMessages::parse(text);
    QVERIFY(number.has_value());
    QCOMPARE(number->sequence, qint64(3));
    QCOMPARE(number->total, qint64(7));
}

void tst_BurstMessages::rejects_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("only LF") << QByteArray("\n");
    QTest::newRow("hash alone") << QByteArray("#");
    QTest::newRow("no slash") << QByteArray("#15");
    QTest::newRow("no sequence") << QByteArray("#/5");
    QTest::newRow("no total") << QByteArray("#1/");
    QTest::newRow("sequence 0") << QByteArray("#0/5");
    QTest::newRow("sequence above total") << QByteArray("#6/5");
    QTest::newRow("total 0") << QByteArray("#1/0");
    QTest::newRow("negative sequence") << QByteArray("#-1/5");
    QTest::newRow("letter as sequence") << QByteArray("#a/5");
    QTest::newRow("letter as total") << QByteArray("#1/b");
    QTest::newRow("no hash") << QByteArray("1/5");
    QTest::newRow("total above kMaxCount") << QByteArray("#1/100001");
    QTest::newRow("two line endings") << QByteArray("#1/5\n\n");
    QTest::newRow("space after hash") << QByteArray("# 1/5");
    QTest::newRow("space after slash") << QByteArray("#1/ 5");
    QTest::newRow("trailing space") << QByteArray("#1/5 ");
    QTest::newRow("plus sign") << QByteArray("#+1/5");
    QTest::newRow("text after") << QByteArray("#1/5 hello");
    QTest::newRow("lower case of another message") << QByteArray("hello");
    // 24 characters is the limit, well above the longest valid "#100000/100000" (14).
    QTest::newRow("overlong, zeros") << (QByteArray("#") + QByteArray(30, '0') + QByteArray("1/5"));
    QTest::newRow("overlong, 25 characters") << (QByteArray("#1/") + QByteArray(21, '0') + '5');
    QTest::newRow("overlong, 1 KiB") << (QByteArray("#1/5") + QByteArray(1024, ' '));
}

void tst_BurstMessages::rejects()
{
    QFETCH(QByteArray, text);

    const std::optional<BurstMessages::Number> number = BurstMessages::parse(text);
    QVERIFY2(!number.has_value(),
             qPrintable(QStringLiteral("parsed as %1/%2").arg(number ? number->sequence : 0)
                            .arg(number ? number->total : 0)));
}

QTEST_GUILESS_MAIN(tst_BurstMessages)
#include "tst_burstmessages.moc"
