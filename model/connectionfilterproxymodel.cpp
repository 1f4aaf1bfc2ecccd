#include "model/connectionfilterproxymodel.h"

ConnectionFilterProxyModel::ConnectionFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ConnectionFilterProxyModel::setConnectionFilter(const QSet<int> &connectionIds)
{
    if (connectionIds == m_ids)
        return;
    m_ids = connectionIds;
    invalidateFilter();
}

bool ConnectionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_ids.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_ids.contains(index.data(m_idRole).toInt());
}
