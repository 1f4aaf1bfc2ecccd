#include "network/lineframer.h"

#include <QTest>

// Pieces written as text, so a whole feed compares with one QCOMPARE:
// "line(abc)" a complete line, "cut(abc)" a TruncatedLine, "skip(7)" a SkippedTail.
static QString describe(const QList<LineFramer::Piece> &pieces)
{
    QStringList parts;
    for (const LineFramer::Piece &piece : pieces) {
        switch (piece.type) {
        case LineFramer::Piece::Line:
            parts << QStringLiteral("line(%1)").arg(QString::fromLatin1(piece.bytes));
            break;
        case LineFramer::Piece::TruncatedLine:
            parts << QStringLiteral("cut(%1)").arg(QString::fromLatin1(piece.bytes));
            break;
        case LineFramer::Piece::SkippedTail:
            parts << QStringLiteral("skip(%1)").arg(piece.skippedBytes);
            break;
        }
    }
    return parts.join(QLatin1Char('|'));
}

class tst_LineFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feed_data();
    void feed();
    void lineAtTheLimit_data();
    void lineAtTheLimit();
    void overLongLineAtDefaultLimit();
    void finishTwiceGivesNothingMore();
    void limitIsAtLeastOneByte();
    void hundredMegabytesWithoutNewlineStayBounded();
};

// chunks: what is fed, one feed() each. pieces: what each feed() returns, then what finish()
// returns (one more entry than chunks). maxLineBytes 8 keeps the over-long cases readable.
void tst_LineFramer::feed_data()
{
    QTest::addColumn<int>("maxLineBytes");
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QStringList>("pieces");
    QTest::addColumn<qsizetype>("bufferedAfter");

    const int big = LineFramer::kDefaultMaxLineBytes;

    QTest::newRow("LF") << big << QByteArrayList { "a\nbc\n" }
                        << QStringList { "line(a)|line(bc)", "" } << qsizetype(0);
    QTest::newRow("CRLF") << big << QByteArrayList { "a\r\nbc\r\n" }
                          << QStringList { "line(a)|line(bc)", "" } << qsizetype(0);
    QTest::newRow("mixed LF and CRLF") << big << QByteArrayList { "a\r\nb\nc\r\n" }
                                       << QStringList { "line(a)|line(b)|line(c)", "" }
                                       << qsizetype(0);
    QTest::newRow("CR inside a line is kept") << big << QByteArrayList { "a\rb\n" }
                                              << QStringList { "line(a\rb)", "" } << qsizetype(0);
    QTest::newRow("split across feeds")
        << big << QByteArrayList { "he", "llo\r", "\nwor", "ld\n" }
        << QStringList { "", "", "line(hello)", "line(world)", "" } << qsizetype(0);
    QTest::newRow("CR and LF in separate feeds") << big << QByteArrayList { "abc\r", "\n" }
                                                 << QStringList { "", "line(abc)", "" }
                                                 << qsizetype(0);
    QTest::newRow("one byte per feed") << big << QByteArrayList { "o", "k", "\r", "\n" }
                                       << QStringList { "", "", "", "line(ok)", "" }
                                       << qsizetype(0);
    QTest::newRow("empty lines") << big << QByteArrayList { "\n\r\n\n" }
                                 << QStringList { "line()|line()|line()", "" } << qsizetype(0);
    QTest::newRow("empty feed") << big << QByteArrayList { "" } << QStringList { "", "" }
                                << qsizetype(0);
    QTest::newRow("partial line kept until finish") << big << QByteArrayList { "a\nrest" }
                                                    << QStringList { "line(a)", "line(rest)" }
                                                    << qsizetype(4);
    QTest::newRow("partial line ending in CR") << big << QByteArrayList { "rest\r" }
                                               << QStringList { "", "line(rest)" }
                                               << qsizetype(5);
    // Found by fuzz_lineframer: the CR of a CRLF was removed twice when a CR came before it.
    QTest::newRow("CR before CRLF is content") << big << QByteArrayList { "a\r\r\n" }
                                               << QStringList { "line(a\r)", "" } << qsizetype(0);
    QTest::newRow("CR before CRLF, split") << big << QByteArrayList { "a\r\r", "\n" }
                                           << QStringList { "", "line(a\r)", "" } << qsizetype(0);
    QTest::newRow("CR then another byte in the next feed") << big << QByteArrayList { "a\r", "b\n" }
                                                           << QStringList { "", "line(a\rb)", "" }
                                                           << qsizetype(0);

    // Over-long: the first 8 bytes at once, then the count of the rest when its newline comes.
    QTest::newRow("over-long, cut at once, tail counted at newline")
        << 8 << QByteArrayList { "0123456789", "abc", "de\nok\n" }
        << QStringList { "cut(01234567)", "", "skip(7)|line(ok)", "" } << qsizetype(0);
    QTest::newRow("over-long in one feed") << 8 << QByteArrayList { "0123456789ABCDEF\nok\n" }
                                           << QStringList { "cut(01234567)|skip(8)|line(ok)", "" }
                                           << qsizetype(0);
    QTest::newRow("over-long built from small feeds")
        << 8 << QByteArrayList { "0123", "4567", "89", "\n" }
        << QStringList { "", "", "cut(01234567)", "skip(2)", "" } << qsizetype(0);
    QTest::newRow("over-long then finish") << 8 << QByteArrayList { "0123456789" }
                                           << QStringList { "cut(01234567)", "skip(2)" }
                                           << qsizetype(0);
    QTest::newRow("over-long twice") << 8 << QByteArrayList { "0123456789\nabcdefghij\n" }
                                     << QStringList { "cut(01234567)|skip(2)|cut(abcdefgh)|skip(2)", "" }
                                     << qsizetype(0);
    QTest::newRow("lines around an over-long one")
        << 8 << QByteArrayList { "a\n0123456789\nb\n" }
        << QStringList { "line(a)|cut(01234567)|skip(2)|line(b)", "" } << qsizetype(0);
    // Found by fuzz_lineframer: a CRLF split between two reads counted its CR as a ninth byte.
    QTest::newRow("over-long, CRLF split between feeds")
        << 8 << QByteArrayList { "0123456789\r", "\nok\n" }
        << QStringList { "cut(01234567)", "skip(2)|line(ok)", "" } << qsizetype(0);
}

void tst_LineFramer::feed()
{
    QFETCH(int, maxLineBytes);
    QFETCH(QByteArrayList, chunks);
    QFETCH(QStringList, pieces);
    QFETCH(qsizetype, bufferedAfter);
    QCOMPARE(pieces.size(), chunks.size() + 1);

    LineFramer framer(maxLineBytes);
    for (int i = 0; i < chunks.size(); ++i) {
        QCOMPARE(describe(framer.feed(chunks.at(i))), pieces.at(i));
        QVERIFY(framer.bufferedBytes() <= maxLineBytes + 1); // + a CR that may be half of a CRLF
    }
    QCOMPARE(framer.bufferedBytes(), bufferedAfter);
    QCOMPARE(describe(framer.finish()), pieces.last());
    QCOMPARE(framer.bufferedBytes(), qsizetype(0));
}

// A line of exactly maxLineBytes is not longer than the limit, whatever its line ending.
void tst_LineFramer::lineAtTheLimit_data()
{
    QTest::addColumn<QByteArrayList>("chunks");

    QTest::newRow("LF") << QByteArrayList { "01234567\n" };
    QTest::newRow("LF in its own feed") << QByteArrayList { "01234567", "\n" };
    QTest::newRow("CRLF") << QByteArrayList { "01234567\r\n" };
    QTest::newRow("CRLF in its own feed") << QByteArrayList { "01234567", "\r\n" };
    // Found by fuzz_lineframer: this one came out as cut(01234567)|skip(1).
    QTest::newRow("CRLF split between feeds") << QByteArrayList { "01234567\r", "\n" };
}

void tst_LineFramer::lineAtTheLimit()
{
    QFETCH(QByteArrayList, chunks);

    LineFramer framer(8);
    QList<LineFramer::Piece> pieces;
    for (const QByteArray &chunk : chunks)
        pieces += framer.feed(chunk);
    pieces += framer.feed("next\n");

    QCOMPARE(describe(pieces), QStringLiteral("line(01234567)|line(next)"));
}

void tst_LineFramer::overLongLineAtDefaultLimit()
{
    LineFramer framer;
    QCOMPARE(framer.maxLineBytes(), 65536);

    const QByteArray line(70000, 'x');
    QList<LineFramer::Piece> pieces = framer.feed(line);
    QCOMPARE(pieces.size(), 1);
    QCOMPARE(pieces.at(0).type, LineFramer::Piece::TruncatedLine);
    QCOMPARE(pieces.at(0).bytes, QByteArray(65536, 'x'));
    QCOMPARE(framer.bufferedBytes(), qsizetype(0));

    pieces = framer.feed("\r\nok\n");
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).type, LineFramer::Piece::SkippedTail);
    QCOMPARE(pieces.at(0).skippedBytes, qint64(70000 - 65536)); // the CR of CRLF is the line ending, not content
    QCOMPARE(pieces.at(1).type, LineFramer::Piece::Line);
    QCOMPARE(pieces.at(1).bytes, QByteArray("ok"));
}

void tst_LineFramer::finishTwiceGivesNothingMore()
{
    LineFramer framer;
    QCOMPARE(describe(framer.finish()), QString());
    QCOMPARE(describe(framer.feed("abc")), QString());
    QCOMPARE(describe(framer.finish()), QStringLiteral("line(abc)"));
    QCOMPARE(describe(framer.finish()), QString());
    // The framer is usable again after finish().
    QCOMPARE(describe(framer.feed("d\n")), QStringLiteral("line(d)"));
}

void tst_LineFramer::limitIsAtLeastOneByte()
{
    QCOMPARE(LineFramer(0).maxLineBytes(), 1);
    QCOMPARE(LineFramer(-5).maxLineBytes(), 1);

    LineFramer framer(1);
    QCOMPARE(describe(framer.feed("a\nbc\n")), QStringLiteral("line(a)|cut(b)|skip(1)"));
}

void tst_LineFramer::hundredMegabytesWithoutNewlineStayBounded()
{
    LineFramer framer;
    const QByteArray chunk(1024 * 1024, 'z');
    const int chunkCount = 100;

    qsizetype maxBuffered = 0;
    int truncatedPieces = 0;
    for (int i = 0; i < chunkCount; ++i) {
        const QList<LineFramer::Piece> pieces = framer.feed(chunk);
        for (const LineFramer::Piece &piece : pieces) {
            QCOMPARE(piece.type, LineFramer::Piece::TruncatedLine);
            QCOMPARE(piece.bytes.size(), qsizetype(LineFramer::kDefaultMaxLineBytes));
            ++truncatedPieces;
        }
        maxBuffered = qMax(maxBuffered, framer.bufferedBytes());
    }
    QVERIFY2(maxBuffered <= LineFramer::kDefaultMaxLineBytes,
             qPrintable(QStringLiteral("buffered %1 bytes").arg(maxBuffered)));
    QCOMPARE(truncatedPieces, 1);

    const QList<LineFramer::Piece> end = framer.feed("\n");
    QCOMPARE(end.size(), 1);
    QCOMPARE(end.at(0).type, LineFramer::Piece::SkippedTail);
    QCOMPARE(end.at(0).skippedBytes,
             qint64(chunkCount) * chunk.size() - LineFramer::kDefaultMaxLineBytes);
    QCOMPARE(framer.bufferedBytes(), qsizetype(0));
}

QTEST_GUILESS_MAIN(tst_LineFramer)
#include "tst_lineframer.moc"
