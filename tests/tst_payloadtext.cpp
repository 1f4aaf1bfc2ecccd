#include "model/payloadtext.h"

#include <QTest>

class tst_PayloadText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void display_data();
    void display();
    void hex_data();
    void hex();
    void escapedTypedText();
};

void tst_PayloadText::display_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("isText");

    // Valid UTF-8 is shown as it is.
    QTest::newRow("ASCII") << QByteArray("Hello, world") << QStringLiteral("Hello, world") << true;
    QTest::newRow("Portuguese") << QByteArray("Ol\xc3\xa1, a\xc3\xa7\xc3\xa3o")
                                << QString::fromUtf8("Ol\xc3\xa1, a\xc3\xa7\xc3\xa3o") << true;
    QTest::newRow("emoji outside the BMP") << QByteArray("ok \xf0\x9f\x98\x80")
                                           << QString::fromUtf8("ok \xf0\x9f\x98\x80") << true;
    QTest::newRow("newline and tab kept") << QByteArray("a\tb\nc") << QStringLiteral("a\tb\nc")
                                          << true;
    QTest::newRow("empty") << QByteArray() << QString() << true;
    // Plain text, never markup: the view shows the characters, it never renders them.
    QTest::newRow("HTML stays text") << QByteArray("<b>x</b>") << QStringLiteral("<b>x</b>")
                                     << true;
    QTest::newRow("HTML entity stays text") << QByteArray("&lt;img src=x&gt;")
                                            << QStringLiteral("&lt;img src=x&gt;") << true;

    // Control characters come out as visible escapes instead of acting on the terminal/view.
    QTest::newRow("ANSI colour") << QByteArray("\x1b[31mred\x1b[0m")
                                 << QStringLiteral("\\x1b[31mred\\x1b[0m") << true;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b") << true;
    QTest::newRow("CR") << QByteArray("line\r\n") << QStringLiteral("line\\r\n") << true;
    QTest::newRow("bell and backspace") << QByteArray("\a\b") << QStringLiteral("\\x07\\x08")
                                        << true;
    QTest::newRow("DEL") << QByteArray("\x7f") << QStringLiteral("\\x7f") << true;
    QTest::newRow("C1 control U+0085") << QByteArray("\xc2\x85") << QStringLiteral("\\x85") << true;
    QTest::newRow("C1 CSI U+009B") << QByteArray("\xc2\x9b" "31m") << QStringLiteral("\\x9b31m")
                                   << true;
    QTest::newRow("RTL override U+202E") << QByteArray("abc\xe2\x80\xaegpj.exe")
                                         << QStringLiteral("abc\\u202egpj.exe") << true;
    QTest::newRow("RTL isolate U+2067") << QByteArray("\xe2\x81\xa7x") << QStringLiteral("\\u2067x")
                                        << true;
    QTest::newRow("LRM U+200E") << QByteArray("\xe2\x80\x8e") << QStringLiteral("\\u200e") << true;
    QTest::newRow("line separator U+2028") << QByteArray("a\xe2\x80\xa8" "b")
                                           << QStringLiteral("a\\u2028b") << true;
    QTest::newRow("BOM at the start") << QByteArray("\xef\xbb\xbf" "hi")
                                      << QStringLiteral("\\ufeffhi") << true;
    QTest::newRow("BOM inside") << QByteArray("a\xef\xbb\xbf" "b") << QStringLiteral("a\\ufeffb")
                                << true;

    // Not UTF-8: hex, bytes separated by spaces.
    QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe") << QStringLiteral("ff fe") << false;
    QTest::newRow("Latin-1 text") << QByteArray("a\xe7\xe3o") << QStringLiteral("61 e7 e3 6f")
                                  << false;
    QTest::newRow("truncated sequence") << QByteArray("ok\xc3") << QStringLiteral("6f 6b c3")
                                        << false;
    QTest::newRow("overlong NUL") << QByteArray("\xc0\x80") << QStringLiteral("c0 80") << false;
    QTest::newRow("UTF-16 surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("ed a0 80")
                                      << false;
}

void tst_PayloadText::display()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QFETCH(bool, isText);

    QCOMPARE(PayloadText::isText(bytes), isText);
    QCOMPARE(PayloadText::display(bytes), shown);
}

void tst_PayloadText::hex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("hex");

    QTest::newRow("Hello") << QByteArray("Hello") << QStringLiteral("48 65 6c 6c 6f");
    QTest::newRow("one byte") << QByteArray("\n") << QStringLiteral("0a");
    QTest::newRow("NUL and 0xff") << QByteArray("\x00\xff", 2) << QStringLiteral("00 ff");
    QTest::newRow("UTF-8 is still hex") << QByteArray("\xc3\xa7") << QStringLiteral("c3 a7");
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_PayloadText::hex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, hex);

    QCOMPARE(PayloadText::hex(bytes), hex);
}

// Text from elsewhere (typed, a process name): nothing to escape gives the same string back,
// without a copy; a lone surrogate (never in decoded UTF-8) is escaped like a control.
void tst_PayloadText::escapedTypedText()
{
    const QString plain = QStringLiteral("nothing to escape, não");
    QCOMPARE(PayloadText::escaped(plain).constData(), plain.constData());
    QString lone = QStringLiteral("a?b");
    lone[1] = QChar(0xd800);
    QCOMPARE(PayloadText::escaped(lone), QStringLiteral("a\\ud800b"));
    QCOMPARE(PayloadText::escaped(QString::fromUtf8("\xf0\x9f\x98\x80\x1b")), QString::fromUtf8("\xf0\x9f\x98\x80\\x1b"));
}

QTEST_GUILESS_MAIN(tst_PayloadText)
#include "tst_payloadtext.moc"
