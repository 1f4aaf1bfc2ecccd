#pragma once

#include <QList>
#include <QTableView>

// The connection table: one row per connection, sortable, with the column that differs
// between connections highlighted (setHighlightedColumn). Reports the selected connections.
class ConnectionTableView : public QTableView
{
    Q_OBJECT
public:
    static constexpr int kFitColumnsUpToRows = 50;

    explicit ConnectionTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    void changeEvent(QEvent *event) override;

public:
    void setHighlightedColumn(int column);
    // Ids read from idRole of the selected rows.
    void setConnectionIdRole(int role) { m_idRole = role; }
    QList<int> selectedConnectionIds() const;

Q_SIGNALS:
    void selectedConnectionsChanged(const QList<int> &connectionIds);

private:
    int m_idRole = Qt::UserRole;
    int m_highlightedColumn = -1;
};
