#pragma once

#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

class ConnectionFilterProxyModel;
class QAbstractItemModel;
class QLabel;
class QTableView;

// The Berkeley calls (PrimitiveTimelineModel) as a table: all of them, or those of the
// connections selected in the connection table plus the listening socket's. Hovering a call
// explains it.
//
// The panel sits in a tab that is usually not the one on screen: its table (a view, a filter
// model and their header) is built when the panel is first shown, or asked for with view().
// A view and a proxy cost ~2 ms at startup (issue 7) for a tab nobody has opened yet.
class PrimitivesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrimitivesPanel(QWidget *parent = nullptr);

    // model rows carry their connection in idRole.
    void setModel(QAbstractItemModel *model, int idRole);
    void setSelectedConnections(const QList<int> &connectionIds);
    QTableView *view(); // builds the table if it is not yet
    bool isBuilt() const { return m_view != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureBuilt();
    void retranslate();

    QPointer<QAbstractItemModel> m_model;
    int m_idRole = 0;
    QSet<int> m_selected;
    ConnectionFilterProxyModel *m_proxy = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_view = nullptr;
};
