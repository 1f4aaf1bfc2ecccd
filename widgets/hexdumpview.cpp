#include "widgets/hexdumpview.h"

#include <QFontDatabase>
#include <QTextBlock>

namespace {
// Column layout of one line: "0000  " (6) + 16 × "xx " (48) + " " (1) + 16 ASCII characters.
constexpr int kHexStart = 6;
constexpr int kAsciiStart = kHexStart + HexDumpView::kBytesPerLine * 3 + 1;
constexpr int kLineLength = kAsciiStart + HexDumpView::kBytesPerLine + 1; // with the newline
} // namespace

HexDumpView::HexDumpView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Packet bytes"));
}

QString HexDumpView::dump(const QByteArray &bytes)
{
    QString text;
    for (int line = 0; line * kBytesPerLine < bytes.size(); ++line) {
        const int start = line * kBytesPerLine;
        QString hex;
        QString ascii;
        for (int i = 0; i < kBytesPerLine; ++i) {
            if (start + i < bytes.size()) {
                const auto byte = quint8(bytes.at(start + i));
                hex += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QChar(byte) : QLatin1Char('.');
            } else {
                hex += QStringLiteral("   ");
                ascii += QLatin1Char(' ');
            }
        }
        text += QStringLiteral("%1  %2 %3\n").arg(start, 4, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return text;
}

void HexDumpView::setBytes(const QByteArray &bytes)
{
    m_bytes = bytes;
    setPlainText(dump(bytes));
}

void HexDumpView::highlight(int offset, int length)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(QColor(0x15, 0x65, 0xc0));
    format.setForeground(Qt::white);
    const int end = qMin<int>(offset + length, int(m_bytes.size()));
    QTextCursor firstCursor;
    for (int i = qMax(0, offset); i < end; ++i) {
        const int line = i / kBytesPerLine;
        const int column = i % kBytesPerLine;
        for (int position : { line * kLineLength + kHexStart + column * 3, line * kLineLength + kAsciiStart + column }) {
            QTextCursor cursor(document());
            cursor.setPosition(position);
            cursor.setPosition(position + (position < line * kLineLength + kAsciiStart ? 2 : 1), QTextCursor::KeepAnchor);
            selections.append({ cursor, format });
            if (firstCursor.isNull())
                firstCursor = cursor;
        }
    }
    setExtraSelections(selections);
    if (!firstCursor.isNull()) {
        QTextCursor visible = firstCursor;
        visible.clearSelection();
        setTextCursor(visible);
        ensureCursorVisible();
    }
}
