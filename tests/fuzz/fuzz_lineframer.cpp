// libFuzzer target for the line framer: however a TCP stream is cut into reads, LineFramer must
// hand over the same lines, keep no line longer than its limit, hold a bounded buffer, and
// account for every byte (kept, skipped, or a line ending).
//
// Input: the first byte picks the limit (1 + byte % 16, so over-long lines are common; 0xf0 and
// above: the real 64 KiB default); the second byte is a separator, never fed: the rest of the
// input, cut at each separator, is the sequence of reads. A seed such as "7|ab\r|\ncd\n" is
// limit 8 (ASCII '7' is 55, 55 % 16 = 7), reads "ab\r" and "\ncd\n".
//
// The framer's pieces are compared with a reference that sees the whole stream at once and
// follows the contract of network/lineframer.h word for word.

#include "network/lineframer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using Piece = LineFramer::Piece;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_lineframer: %s\n", what);
    std::abort();
}

void appendLine(QList<Piece> &out, const QByteArray &content, int limit)
{
    if (content.size() <= limit) {
        out.append(Piece { Piece::Line, content, 0 });
        return;
    }
    out.append(Piece { Piece::TruncatedLine, content.left(limit), 0 });
    out.append(Piece { Piece::SkippedTail, {}, qint64(content.size() - limit) });
}

// Lines end with LF or CRLF; the CR of a CRLF is no part of the line (nor of its length); any
// other CR is content. At the end of the stream, a last line without LF is a line too, and a
// CR that ends it is taken for the start of its line ending.
QList<Piece> referencePieces(const QByteArray &stream, int limit)
{
    QList<Piece> out;
    qsizetype start = 0;
    while (start < stream.size()) {
        const qsizetype newline = stream.indexOf('\n', start);
        const qsizetype end = newline < 0 ? stream.size() : newline;
        QByteArray content = stream.mid(start, end - start);
        if (content.endsWith('\r'))
            content.chop(1);
        appendLine(out, content, limit);
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return out;
}

// What the stream's line endings take: every LF, and the CR before an LF or at the very end.
qint64 lineEndingBytes(const QByteArray &stream)
{
    qint64 bytes = stream.count('\n') + stream.count("\r\n");
    if (stream.endsWith('\r'))
        ++bytes;
    return bytes;
}

bool samePieces(const QList<Piece> &a, const QList<Piece> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).type != b.at(i).type || a.at(i).bytes != b.at(i).bytes
            || a.at(i).skippedBytes != b.at(i).skippedBytes)
            return false;
    }
    return true;
}

void dump(const char *title, const QList<Piece> &pieces)
{
    std::fprintf(stderr, "%s:\n", title);
    for (const Piece &piece : pieces)
        std::fprintf(stderr, "  type %d, %lld skipped, bytes \"%s\"\n", int(piece.type),
                     static_cast<long long>(piece.skippedBytes), piece.bytes.toPercentEncoding().constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int limit = data[0] >= 0xf0 ? LineFramer::kDefaultMaxLineBytes : 1 + data[0] % 16;
    const char separator = char(data[1]);
    const QByteArrayList reads = QByteArray(reinterpret_cast<const char *>(data + 2), int(size - 2)).split(separator);
    const QByteArray stream = reads.join();

    LineFramer framer(limit);
    if (framer.maxLineBytes() != limit)
        fail("the limit asked for is not the limit kept");
    QList<Piece> pieces;
    for (const QByteArray &read : reads) {
        pieces += framer.feed(read);
        // A CR at the end of a read may be half of a CRLF: the one byte allowed beyond the limit.
        if (framer.bufferedBytes() < 0 || framer.bufferedBytes() > limit + 1)
            fail("the buffer grew beyond the limit");
    }
    pieces += framer.finish();
    if (framer.bufferedBytes() != 0)
        fail("bytes left in the buffer after finish()");
    if (!framer.finish().isEmpty())
        fail("a second finish() gave more pieces");

    qint64 accounted = lineEndingBytes(stream);
    for (const Piece &piece : pieces) {
        if (piece.bytes.size() > limit)
            fail("a line longer than the limit");
        if (piece.bytes.contains('\n'))
            fail("a line with a newline inside");
        if (piece.type == Piece::SkippedTail ? piece.skippedBytes < 1 || !piece.bytes.isEmpty() : piece.skippedBytes != 0)
            fail("skipped bytes on the wrong piece");
        accounted += piece.bytes.size() + piece.skippedBytes;
    }
    if (accounted != stream.size())
        fail("bytes in != bytes kept + skipped + line endings");

    const QList<Piece> expected = referencePieces(stream, limit);
    if (!samePieces(pieces, expected)) {
        dump("framer", pieces);
        dump("reference", expected);
        fail("the pieces depend on how the stream was cut into reads");
    }
    return 0;
}
