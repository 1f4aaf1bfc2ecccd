#include "network/lineframer.h"

LineFramer::LineFramer(int maxLineBytes)
    : m_maxLineBytes(qMax(1, maxLineBytes))
{
}

void LineFramer::endLine(QList<Piece> &out)
{
    if (m_skipping) {
        out.append(Piece { Piece::SkippedTail, {}, m_skipped });
        m_skipping = false;
        m_skipped = 0;
        return;
    }
    if (m_buffer.endsWith('\r'))
        m_buffer.chop(1);
    out.append(Piece { Piece::Line, m_buffer, 0 });
    m_buffer.clear();
}

QList<LineFramer::Piece> LineFramer::feed(const QByteArray &data)
{
    QList<Piece> pieces;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        qsizetype end = newline < 0 ? data.size() : newline;
        // The CR of a CRLF ending is no part of the line, so it does not count against the limit.
        if (newline > start && data.at(newline - 1) == '\r')
            --end;
        const qsizetype chunk = end - start;
        if (m_skipping) {
            m_skipped += chunk;
        } else {
            const qsizetype room = m_maxLineBytes - m_buffer.size();
            if (chunk <= room) {
                m_buffer.append(data.constData() + start, chunk);
            } else {
                m_buffer.append(data.constData() + start, room);
                pieces.append(Piece { Piece::TruncatedLine, m_buffer, 0 });
                m_buffer.clear();
                m_skipping = true;
                m_skipped = chunk - room;
            }
        }
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
    if (!m_buffer.isEmpty() || m_skipping)
        endLine(pieces);
    return pieces;
}
