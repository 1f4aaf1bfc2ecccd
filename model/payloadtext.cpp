#include "model/payloadtext.h"

#include "network/utf8.h"

#include <QList>
#include <QTextDocument>

namespace PayloadText {

namespace {
bool needsEscape(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return true; // C0/C1 controls, including ESC of ANSI sequences and NUL
    // Bidirectional overrides, isolates and marks can reorder what follows them on screen.
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c)
        return true;
    // Invisible characters that hide or split text: zero width space, soft hyphen, word joiner
    // and invisible operators, interlinear annotations, tag characters (hidden ASCII). The
    // joiners U+200C/U+200D stay: scripts and emoji sequences need them.
    if (c == 0x200b || c == 0x00ad || (c >= 0x2060 && c <= 0x2064) || (c >= 0xfff9 && c <= 0xfffb)
        || (c >= 0xe0000 && c <= 0xe007f))
        return true;
    return c == 0xfeff || c == 0x2028 || c == 0x2029;
}
} // namespace

bool isText(const QByteArray &bytes)
{
    return isValidUtf8(bytes);
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

QString display(const QByteArray &bytes)
{
    if (!isText(bytes))
        return hex(bytes);
    return escaped(decodeUtf8KeepingBom(bytes));
}

QString escaped(const QString &text)
{
    // Walks the UTF-16 text in place: most messages have nothing to escape and come back as
    // they are, shared, without a copy (this runs for every message a busy server logs).
    QString out;
    qsizetype copiedUpTo = 0; // text[copiedUpTo, i) is still to be appended as it is
    for (qsizetype i = 0; i < text.size();) {
        const QChar unit = text.at(i);
        const bool pair = unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(unit, text.at(i + 1)) : unit.unicode();
        const qsizetype length = pair ? 2 : 1;
        // A lone surrogate (typed or pasted text, never decoded UTF-8) is escaped too.
        const bool loneSurrogate = unit.isSurrogate() && !pair;
        if (c != U'\r' && !loneSurrogate && !needsEscape(c)) {
            i += length;
            continue;
        }
        if (out.isNull())
            out.reserve(text.size() + 16);
        out.append(QStringView(text).mid(copiedUpTo, i - copiedUpTo));
        if (c == U'\r')
            out += QLatin1String("\\r");
        else
            out += c <= 0xff   ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                : c <= 0xffff ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'))
                              : QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
        i += length;
        copiedUpTo = i;
    }
    if (out.isNull())
        return text;
    out.append(QStringView(text).mid(copiedUpTo));
    return out;
}

QString toolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QLatin1String("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QLatin1String("</p>");
}

} // namespace PayloadText
