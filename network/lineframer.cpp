#include "network/lineframer.h"

LineFramer::LineFramer(int maxLineBytes)
    : m_maxLineBytes(qMax(1, maxLineBytes))
{
}

void LineFramer::keep(const char *bytes, qsizetype size, QList<Piece> &out)
{
    if (m_skipping) {
        m_skipped += size;
        return;
    }
    const qsizetype room = m_maxLineBytes - m_buffer.size();
    if (size <= room) {
        m_buffer.append(bytes, size);
        return;
    }
    m_buffer.append(bytes, room);
    out.append(Piece { Piece::TruncatedLine, m_buffer, 0 });
    m_buffer.clear();
    m_skipping = true;
    m_skipped = size - room;
}

void LineFramer::endLine(QList<Piece> &out)
{
    if (m_skipping) {
        out.append(Piece { Piece::SkippedTail, {}, m_skipped });
        m_skipping = false;
        m_skipped = 0;
        return;
    }
    out.append(Piece { Piece::Line, m_buffer, 0 });
    m_buffer.clear();
}

QList<LineFramer::Piece> LineFramer::feed(const QByteArray &data)
{
    QList<Piece> pieces;
    if (data.isEmpty())
        return pieces;
    if (m_pendingCr) {
        m_pendingCr = false;
        if (data.at(0) != '\n')
            keep("\r", 1, pieces);
    }
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        qsizetype end = newline < 0 ? data.size() : newline;
        // The CR of a CRLF ending is no part of the line, so it does not count against the limit;
        // a CR that ends this feed may be one.
        if (end > start && data.at(end - 1) == '\r') {
            --end;
            m_pendingCr = newline < 0;
        }
        keep(data.constData() + start, end - start, pieces);
        if (newline < 0)
            break;
        endLine(pieces);
        start = newline + 1;
    }
    return pieces;
}

QList<LineFramer::Piece> LineFramer::finish()
{
    QList<Piece> pieces;
    // A CR at the very end of the stream is taken for the start of its line ending.
    const bool pendingCr = m_pendingCr;
    m_pendingCr = false;
    if (!m_buffer.isEmpty() || m_skipping || pendingCr)
        endLine(pieces);
    return pieces;
}
