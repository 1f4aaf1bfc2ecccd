#pragma once

#include "model/pendingrows.h"

#include <QAbstractTableModel>

#include <cstddef>

// A flat table (no children) with a fixed set of columns. The counts, the index checks and the
// header live here once; a model gives its column titles as data and answers for one cell.
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Marked with QT_TRANSLATE_NOOP3(context, text, comment); the context is the model's class.
    struct ColumnTitle
    {
        const char *text;
        const char *comment;
    };

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    // Re-words the headers and every cell after a language switch.
    void retranslate();

protected:
    template <std::size_t N>
    FlatTableModel(const ColumnTitle (&titles)[N], QObject *parent)
        : QAbstractTableModel(parent), m_titles(titles), m_columns(int(N))
    {
    }

    virtual qsizetype rowTotal() const = 0;
    // Called for valid indexes only.
    virtual QVariant cellData(int rowIndex, int column, int role) const = 0;
    // Shown when the pointer rests on the column's header; none by default.
    virtual QString columnToolTip(int column) const;

    // Ends a batch: the rows it changed repaint, the rows it added are inserted. Returns how
    // many rows it added.
    template<typename Row>
    int commitRows(PendingRows<Row> &pending)
    {
        if (pending.hasChanged())
            Q_EMIT dataChanged(index(pending.firstChanged(), 0), index(pending.lastChanged(), m_columns - 1));
        const int added = pending.addedCount();
        if (added > 0) {
            const int first = rowCount();
            beginInsertRows({}, first, first + added - 1);
            pending.appendAdded();
            endInsertRows();
        }
        return added;
    }

private:
    const ColumnTitle *m_titles;
    int m_columns;
};
