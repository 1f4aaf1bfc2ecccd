#include "network/replypolicy.h"

#include <QTest>

class tst_ReplyPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyFor_data();
    void replyFor();
};

void tst_ReplyPolicy::replyFor_data()
{
    QTest::addColumn<ReplyMode>("mode");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("reply");

    // Echo: the same bytes, whatever they are.
    QTest::newRow("echo text") << ReplyMode::Echo << QByteArray("Hello, world")
                               << QByteArray("Hello, world");
    QTest::newRow("echo UTF-8") << ReplyMode::Echo << QByteArray("a\xc3\xa7\xc3\xa3o")
                                << QByteArray("a\xc3\xa7\xc3\xa3o");
    QTest::newRow("echo binary") << ReplyMode::Echo << QByteArray("\x00\xff\xfe\n", 4)
                                 << QByteArray("\x00\xff\xfe\n", 4);
    QTest::newRow("echo empty") << ReplyMode::Echo << QByteArray() << QByteArray();

    // Upper case: Unicode-aware for valid UTF-8.
    QTest::newRow("upper ASCII") << ReplyMode::UpperCase << QByteArray("Hello, world")
                                 << QByteArray("HELLO, WORLD");
    QTest::newRow("upper ação") << ReplyMode::UpperCase << QByteArray("a\xc3\xa7\xc3\xa3o") // ação
                                << QByteArray("A\xc3\x87\xc3\x83O");                        // AÇÃO
    QTest::newRow("upper Olá, mundo!") << ReplyMode::UpperCase << QByteArray("Ol\xc3\xa1, mundo!\n")
                                       << QByteArray("OL\xc3\x81, MUNDO!\n");
    QTest::newRow("upper keeps digits and symbols") << ReplyMode::UpperCase
                                                    << QByteArray("x = 42; // ok\r\n")
                                                    << QByteArray("X = 42; // OK\r\n");
    QTest::newRow("upper NUL inside valid UTF-8") << ReplyMode::UpperCase << QByteArray("a\0b", 3)
                                                  << QByteArray("A\0B", 3);
    QTest::newRow("upper keeps a leading BOM") << ReplyMode::UpperCase << QByteArray("\xef\xbb\xbfhi")
                                               << QByteArray("\xef\xbb\xbfHI");
    QTest::newRow("upper empty") << ReplyMode::UpperCase << QByteArray() << QByteArray();

    // Not UTF-8: every byte keeps its value except ASCII letters (no Latin-1 guessing).
    QTest::newRow("upper invalid UTF-8") << ReplyMode::UpperCase << QByteArray("abc\xff\xfe xyz")
                                         << QByteArray("ABC\xff\xfe XYZ");
    QTest::newRow("upper Latin-1 bytes unchanged") << ReplyMode::UpperCase
                                                   << QByteArray("a\xe7\xe3o") // "ação" in Latin-1
                                                   << QByteArray("A\xe7\xe3O");
    QTest::newRow("upper UTF-8 spoiled by one byte") << ReplyMode::UpperCase
                                                     << QByteArray("a\xc3\xa7\xc3\xa3o\xff")
                                                     << QByteArray("A\xc3\xa7\xc3\xa3O\xff");
    QTest::newRow("upper truncated sequence") << ReplyMode::UpperCase << QByteArray("ok\xc3")
                                              << QByteArray("OK\xc3");

    // None: never an answer.
    QTest::newRow("none text") << ReplyMode::None << QByteArray("Hello, world") << QByteArray();
    QTest::newRow("none binary") << ReplyMode::None << QByteArray("\xff\xfe") << QByteArray();
    QTest::newRow("none empty") << ReplyMode::None << QByteArray() << QByteArray();
}

void tst_ReplyPolicy::replyFor()
{
    QFETCH(ReplyMode, mode);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, reply);

    QCOMPARE(::replyFor(mode, message), reply);
}

QTEST_GUILESS_MAIN(tst_ReplyPolicy)
#include "tst_replypolicy.moc"
