#pragma once

#include "widgets/lazypanel.h"

#include <QList>
#include <QPointer>
#include <QSet>

class ConnectionFilterProxyModel;
class QAbstractItemModel;
class QLabel;
class QTableView;

// The Berkeley calls (PrimitiveTimelineModel) as a table: all of them, or those of the
// connections selected in the connection table plus the listening socket's. Hovering a call
// explains it.
class PrimitivesPanel : public LazyPanel
{
    Q_OBJECT
public:
    explicit PrimitivesPanel(QWidget *parent = nullptr);

    // model rows carry their connection in idRole; qtStateColumn holds QAbstractSocket state
    // names, shown translated.
    void setModel(QAbstractItemModel *model, int idRole, int qtStateColumn);
    void setSelectedConnections(const QList<int> &connectionIds);
    QTableView *view(); // builds the table if it is not yet

protected:
    void build() override;
    void retranslate() override;

private:
    QPointer<QAbstractItemModel> m_model;
    int m_idRole = 0;
    int m_qtStateColumn = -1;
    QSet<int> m_selected;
    ConnectionFilterProxyModel *m_proxy = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_view = nullptr;
};
