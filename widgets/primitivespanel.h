#pragma once

#include <QList>
#include <QWidget>

class ConnectionFilterProxyModel;
class QAbstractItemModel;
class QLabel;
class QTableView;

// The Berkeley calls (PrimitiveTimelineModel) as a table: all of them, or those of the
// connections selected in the connection table plus the listening socket's. Hovering a call
// explains it.
class PrimitivesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrimitivesPanel(QWidget *parent = nullptr);

    // model rows carry their connection in idRole.
    void setModel(QAbstractItemModel *model, int idRole);
    void setSelectedConnections(const QList<int> &connectionIds);
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ConnectionFilterProxyModel *m_proxy;
    QLabel *m_explanation;
    QTableView *m_view;
};
