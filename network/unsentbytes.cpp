#include "network/unsentbytes.h"

void UnsentBytes::append(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    m_chunks.push_back(chunk);
    m_size += chunk.size();
}

void UnsentBytes::keepLast(qint64 count)
{
    qint64 forget = m_size - qMax<qint64>(count, 0);
    while (forget > 0) {
        const qint64 leftInFront = m_chunks.front().size() - m_frontOffset;
        if (forget < leftInFront) {
            m_frontOffset += qsizetype(forget);
            m_size -= forget;
            return;
        }
        m_chunks.pop_front();
        m_frontOffset = 0;
        m_size -= leftInFront;
        forget -= leftInFront;
    }
}

QByteArrayView UnsentBytes::front() const
{
    if (m_chunks.empty())
        return {};
    return QByteArrayView(m_chunks.front()).sliced(m_frontOffset);
}
