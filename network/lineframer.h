#pragma once

#include <QByteArray>
#include <QList>

// Splits a TCP byte stream into lines (LF or CRLF) with a bounded buffer. A line longer than
// the limit is handed over at once, cut at the limit; the rest of it, up to the next newline,
// is skipped and counted (reported when that newline arrives). So a peer that never sends a
// newline cannot grow our memory, and the connection keeps working.
class LineFramer
{
public:
    static constexpr int kDefaultMaxLineBytes = 64 * 1024;

    struct Piece
    {
        enum Type {
            Line,          // a complete line, without its line ending
            TruncatedLine, // the first maxLineBytes of a longer line
            SkippedTail    // the over-long line ended; skippedBytes of it were not kept
        };
        Type type = Line;
        QByteArray bytes;
        qint64 skippedBytes = 0;
    };

    explicit LineFramer(int maxLineBytes = kDefaultMaxLineBytes);

    QList<Piece> feed(const QByteArray &data);
    // End of stream: a last line without newline, if any.
    QList<Piece> finish();

    int maxLineBytes() const { return m_maxLineBytes; }
    // At most maxLineBytes, plus one CR that ended the last feed (it may be half of a CRLF).
    qsizetype bufferedBytes() const { return m_buffer.size() + (m_pendingCr ? 1 : 0); }

private:
    void keep(const char *bytes, qsizetype size, QList<Piece> &out);
    void endLine(QList<Piece> &out);

    int m_maxLineBytes;
    QByteArray m_buffer;
    bool m_skipping = false; // inside an over-long line, after its cut
    qint64 m_skipped = 0;
    // The last feed ended with a CR: the line ending if the next feed starts with LF, else a
    // byte of the line. Held apart so that neither the limit nor the skipped count sees a CRLF
    // split between two reads differently from one read.
    bool m_pendingCr = false;
};
