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
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\r')
            out += QLatin1String("\\r");
        else if (needsEscape(c))
            out += c <= 0xff   ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                : c <= 0xffff ? QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'))
                              : QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString toolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QLatin1String("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QLatin1String("</p>");
}

} // namespace PayloadText
