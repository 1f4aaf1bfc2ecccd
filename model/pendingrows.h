#pragma once

#include <QList>
#include <QtGlobal>

#include <climits>

// What one batch of events does to a table's rows, held until the batch ends: the rows it
// changes repaint as one range and the rows it adds arrive with one beginInsertRows, however
// many events the batch holds (FlatTableModel::commitRows). Indexes count the table's rows,
// then the rows added so far.
template<typename Row>
class PendingRows
{
public:
    explicit PendingRows(QList<Row> &rows)
        : m_rows(rows)
    {
    }

    const Row &at(int index) const
    {
        return index < m_rows.size() ? m_rows.at(index) : m_added.at(index - m_rows.size());
    }
    // The row to change; a row already in the table is marked changed.
    Row &edit(int index)
    {
        if (index >= m_rows.size())
            return m_added[index - m_rows.size()];
        m_firstChanged = qMin(m_firstChanged, index);
        m_lastChanged = qMax(m_lastChanged, index);
        return m_rows[index];
    }
    // Appends row after the others; returns its index.
    int add(const Row &row)
    {
        m_added.append(row);
        return int(m_rows.size() + m_added.size()) - 1;
    }

    bool hasChanged() const { return m_lastChanged >= 0; }
    int firstChanged() const { return m_firstChanged; }
    int lastChanged() const { return m_lastChanged; }
    int addedCount() const { return int(m_added.size()); }
    // Moves the added rows into the table (between beginInsertRows and endInsertRows).
    void appendAdded()
    {
        m_rows.append(m_added);
        m_added.clear();
    }

private:
    QList<Row> &m_rows;
    QList<Row> m_added;
    int m_firstChanged = INT_MAX;
    int m_lastChanged = -1;
};
