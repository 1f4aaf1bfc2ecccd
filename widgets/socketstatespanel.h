#pragma once

#include "network/labevent.h"
#include "widgets/lazypanel.h"

#include <QPointer>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The kernel's view of the sockets on the lab's port, as `ss -tanp` shows it, with the
// explanation of what to look for; or, where the kernel table cannot be read, a plain note.
class SocketStatesPanel : public LazyPanel
{
    Q_OBJECT
public:
    explicit SocketStatesPanel(QWidget *parent = nullptr);

    // model: a SocketStateModel; sortRole its raw values; stateColumn is shown first, as ss does.
    void setModel(QAbstractItemModel *model, int sortRole, int stateColumn);
    void setAvailable(bool available);
    // The port whose sockets are shown (0: none yet).
    void setPort(quint16 port);
    // UDP sockets have no connection states: the hint explains UNCONN and ESTAB instead.
    void setTransport(Transport transport);
    QTableView *view(); // builds the table if it is not yet

protected:
    void build() override;
    void retranslate() override;

private:
    bool m_available = true;
    quint16 m_port = 0;
    Transport m_transport = Transport::Tcp;
    QPointer<QAbstractItemModel> m_model;
    int m_sortRole = 0;
    int m_stateColumn = 0;
    QSortFilterProxyModel *m_sorted = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_view = nullptr;
};
