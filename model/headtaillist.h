#pragma once

#include <QList>

// A bounded record of a long run: the first headMax items and the last tailMax, with a count of
// the ones left out in between. The start of a lab (handshake, first messages) and its end
// (close, TIME-WAIT) are what a report shows; a flood in the middle only counts.
template<typename T>
class HeadTailList
{
public:
    HeadTailList(int headMax, int tailMax)
        : m_headMax(headMax)
        , m_tailMax(tailMax)
    {
    }

    void append(const T &item)
    {
        if (m_head.size() < m_headMax) {
            m_head.append(item);
            return;
        }
        m_tail.append(item);
        if (m_tail.size() > m_tailMax) {
            m_tail.removeFirst();
            ++m_dropped;
        }
    }
    bool isEmpty() const { return m_head.isEmpty(); }
    qsizetype size() const { return m_head.size() + m_tail.size(); }
    // Everything kept, in order; the gap (if any) is after the first head().size() items.
    QList<T> items() const { return m_head + m_tail; }
    const QList<T> &head() const { return m_head; }
    const QList<T> &tail() const { return m_tail; }
    qint64 dropped() const { return m_dropped; }

private:
    int m_headMax;
    int m_tailMax;
    QList<T> m_head;
    QList<T> m_tail;
    qint64 m_dropped = 0;
};
