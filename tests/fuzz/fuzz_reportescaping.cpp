// libFuzzer target for the lab report's escaping (model/labreport.h, the building blocks of
// WholeLabReport): peer data goes into the report's Markdown as text, never as markup. Whatever
// a peer sends:
//  - escapeCell()/escapeInline() give one line (no CR/LF: a table row stays one row), no control
//    characters, no Markdown punctuation, autolink or list marker left unescaped, and reading the
//    result back by Markdown's own backslash rule gives the text the report promises
//    (newlines as "⏎", controls as "\xNN"): nothing lost, nothing added;
//  - codeBlock() has a fence longer than any run of backticks inside, so nothing closes it early;
//  - WholeLabReport::imageFileName() is a plain relative path (images/exN-name.png: ASCII
//    letters, digits, '-', '/' and '.') for any exercise and each name the app gives it (the
//    ladder's, a page's mode name); captions, which may hold peer text, never go into it.
//
// Input: the first byte chooses how the rest becomes text (even: UTF-8, invalid sequences
// included; odd: raw UTF-16, lone surrogates included) and the exercise (byte / 2 % 100).

#include "model/labmode.h"
#include "model/labreport.h"
#include "model/wholelabreport.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const QChar kNewlineMark(0x23ce); // ⏎

[[noreturn]] void fail(const char *what, const QString &text, const QString &output)
{
    std::fprintf(stderr, "fuzz_reportescaping: %s\n  text:   %s\n  output: %s\n", what,
                 qUtf8Printable(text), qUtf8Printable(output));
    std::abort();
}

bool isAsciiPunctuation(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x21 && u <= 0x2f) || (u >= 0x3a && u <= 0x40) || (u >= 0x5b && u <= 0x60) || (u >= 0x7b && u <= 0x7e);
}

bool isControl(ushort u)
{
    return (u < 0x20 && u != '\t') || u == 0x7f || (u >= 0x80 && u < 0xa0);
}

// What LabReport promises to show: line endings as one "⏎", other controls as "\xNN".
QString promisedText(const QString &text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QString(kNewlineMark));
    line.replace(QLatin1Char('\n'), kNewlineMark);
    line.replace(QLatin1Char('\r'), kNewlineMark);
    QString out;
    for (const QChar c : line) {
        if (isControl(c.unicode()))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void checkEscaped(const QString &text, const QString &escaped)
{
    static const QString kMarkup = QStringLiteral("\\`*_[]<>#|!$~&{}()@");
    // Read it back as a Markdown parser does: a backslash before ASCII punctuation makes it
    // literal; `literal` says which characters of `plain` were escaped.
    QString plain;
    QList<bool> literal;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            fail("a line break in escaped text", text, escaped);
        if (isControl(c.unicode()))
            fail("a control character in escaped text", text, escaped);
        if (c == QLatin1Char('\\') && i + 1 < escaped.size() && isAsciiPunctuation(escaped.at(i + 1))) {
            plain += escaped.at(++i);
            literal << true;
            continue;
        }
        if (kMarkup.contains(c))
            fail("Markdown punctuation left unescaped", text, escaped);
        plain += c;
        literal << false;
    }
    if (plain != promisedText(text))
        fail("escaped text does not read back as the text", text, escaped);

    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (literal.at(i))
            continue;
        const QChar c = plain.at(i);
        if (c == QLatin1Char(':') && plain.mid(i + 1, 2) == QLatin1String("//"))
            fail("a URL scheme left as a link", text, escaped);
        if (c == QLatin1Char('.') && i >= 3 && plain.mid(i - 3, 3).compare(QLatin1String("www"), Qt::CaseInsensitive) == 0)
            fail("a www. left as a link", text, escaped);
        if (i == 0 && (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('=')))
            fail("a list or heading marker at the start", text, escaped);
        const bool markerEnd = i + 1 == plain.size() || plain.at(i + 1) == QLatin1Char(' ') || plain.at(i + 1) == QLatin1Char('\t');
        if ((c == QLatin1Char('.') || c == QLatin1Char(')')) && i > 0 && markerEnd) {
            qsizetype digits = 0;
            while (digits < i && plain.at(digits).isDigit())
                ++digits;
            if (digits == i)
                fail("an ordered list marker at the start", text, escaped);
        }
    }
}

void checkCodeBlock(const QString &text)
{
    const QString block = LabReport::codeBlock(text);
    const QStringList lines = block.split(QLatin1Char('\n'));
    // fence, body lines..., fence, "" (the block ends with a newline)
    if (lines.size() < 3 || !lines.last().isEmpty())
        fail("a code block without its two fences", text, block);
    const QString fence = lines.first();
    if (fence.size() < 3 || fence != QString(fence.size(), QLatin1Char('`')) || lines.at(lines.size() - 2) != fence)
        fail("a code block's fences differ", text, block);
    for (qsizetype i = 1; i < lines.size() - 2; ++i) {
        if (lines.at(i).contains(fence))
            fail("a run of backticks inside that closes the fence", text, block);
        if (lines.at(i).contains(QLatin1Char('\r')))
            fail("a CR left inside a code block", text, block);
    }
}

void checkImageFileName(int exercise, const QString &what)
{
    static const QRegularExpression kPath(QStringLiteral("^images/ex[0-9]+-[A-Za-z0-9-]+\\.png$"));
    const QString path = WholeLabReport::imageFileName(exercise, what);
    if (!kPath.match(path).hasMatch())
        fail("an image file name that is not images/exN-name.png", what, path);
}

// Every name windowexports.cpp gives imageFileName(): the ladder's and each page's mode name.
void checkImageFileNames(int exercise)
{
    checkImageFileName(exercise, QStringLiteral("ladder"));
    for (int mode = 0; mode < kLabModeCount; ++mode)
        checkImageFileName(exercise, modeName(LabMode(mode)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    const QString text = data[0] % 2 == 0
        ? QString::fromUtf8(bytes, length)
        : QString(reinterpret_cast<const QChar *>(QByteArray(bytes, length & ~qsizetype(1)).constData()), length / 2);

    checkEscaped(text, LabReport::escapeInline(text));
    checkEscaped(text, LabReport::escapeCell(text));
    checkCodeBlock(text);
    checkImageFileNames(data[0] / 2 % 100);
    return 0;
}
