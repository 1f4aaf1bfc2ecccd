#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The kernel's view of the sockets on the lab's port, as `ss -tanp` shows it, with the
// explanation of what to look for; or, where the kernel table cannot be read, a plain note.
//
// Like the calls panel, it sits in a tab that is usually not on screen: its table is built
// when the panel is first shown, or asked for with view() (issue 7's startup).
class SocketStatesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SocketStatesPanel(QWidget *parent = nullptr);

    // model: a SocketStateModel; sortRole its raw values; stateColumn is shown first, as ss does.
    void setModel(QAbstractItemModel *model, int sortRole, int stateColumn);
    void setAvailable(bool available);
    // The port whose sockets are shown (0: none yet).
    void setPort(quint16 port);
    QTableView *view(); // builds the table if it is not yet
    bool isBuilt() const { return m_view != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureBuilt();
    void retranslate();

    bool m_available = true;
    quint16 m_port = 0;
    QPointer<QAbstractItemModel> m_model;
    int m_sortRole = 0;
    int m_stateColumn = 0;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_view = nullptr;
};
