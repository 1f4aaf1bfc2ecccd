#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

// The tail of a byte stream that the kernel has not taken yet, in the chunks it was written in.
// The chunks are shared with the writer (QByteArray is implicitly shared): keeping them costs
// no copy. Used by SpareDescriptor.
class UnsentBytes
{
public:
    void append(const QByteArray &chunk);
    // Forgets the oldest bytes so that `count` remain (all of them if count >= size()).
    void keepLast(qint64 count);
    // The oldest bytes: all or the rest of the first chunk. Empty when nothing is left.
    QByteArrayView front() const;
    void consume(qint64 count) { keepLast(m_size - count); }
    void clear() { keepLast(0); }
    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    std::deque<QByteArray> m_chunks;
    qsizetype m_frontOffset = 0; // bytes of the first chunk already gone
    qint64 m_size = 0;
};
