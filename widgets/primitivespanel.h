#pragma once

#include "widgets/lazypanel.h"

#include <QList>
#include <QPointer>
#include <QSet>

class ConnectionFilterProxyModel;
class PrimitiveTimelineModel;
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

    // The page's timeline; its Qt socket state names are shown translated.
    void setModel(PrimitiveTimelineModel *model);
    void setSelectedConnections(const QList<int> &connectionIds);
    QTableView *view(); // builds the table if it is not yet

protected:
    void build() override;
    void retranslate() override;

private:
    QPointer<PrimitiveTimelineModel> m_model;
    QSet<int> m_selected;
    ConnectionFilterProxyModel *m_proxy = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_view = nullptr;
};
