#include "model/flattablemodel.h"

#include <QCoreApplication>

int FlatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rowTotal());
}

int FlatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant FlatTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(index.row(), index.column(), role);
}

QVariant FlatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns) {
        if (role == Qt::DisplayRole) {
            const ColumnTitle &title = m_titles[section];
            return QCoreApplication::translate(metaObject()->className(), title.text, title.comment);
        }
        if (role == Qt::ToolTipRole) {
            const QString tip = columnToolTip(section);
            if (!tip.isEmpty())
                return tip;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void FlatTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (rowTotal() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

QString FlatTableModel::columnToolTip(int) const
{
    return {};
}
