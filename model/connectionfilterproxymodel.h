#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// Shows only the log rows of the chosen connections (all rows when none are chosen).
// Reads the source's connection id from the role given to setConnectionIdRole().
class ConnectionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConnectionFilterProxyModel(QObject *parent = nullptr);

    void setConnectionIdRole(int role) { m_idRole = role; }
    void setConnectionFilter(const QSet<int> &connectionIds);
    // Rows of the session itself (connection 0: the listening socket) stay visible while filtering.
    void setKeepSessionRows(bool keep);
    QSet<int> connectionFilter() const { return m_ids; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_ids;
    int m_idRole = Qt::UserRole;
    bool m_keepSessionRows = false;
};
