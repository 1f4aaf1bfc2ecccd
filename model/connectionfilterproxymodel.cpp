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

void ConnectionFilterProxyModel::setKeepSessionRows(bool keep)
{
    m_keepSessionRows = keep;
    invalidateFilter();
}

bool ConnectionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_ids.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int id = index.data(m_idRole).toInt();
    return m_ids.contains(id) || (m_keepSessionRows && id == 0);
}
