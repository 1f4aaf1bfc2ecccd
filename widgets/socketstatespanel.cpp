#include "widgets/socketstatespanel.h"

#include "network/platformfacts.h"
#include "widgets/explainedtable.h"
#include "widgets/wrappedlabel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

SocketStatesPanel::SocketStatesPanel(QWidget *parent)
    : LazyPanel(parent)
{
}

void SocketStatesPanel::setModel(QAbstractItemModel *model, int sortRole, int stateColumn)
{
    Q_ASSERT(!m_model); // set once: the page's state model lives as long as the page
    m_model = model;
    m_sortRole = sortRole;
    m_stateColumn = stateColumn;
    if (isVisible())
        ensureBuilt();
}

void SocketStatesPanel::setAvailable(bool available)
{
    m_available = available;
    if (!m_view)
        return;
    m_view->setVisible(available);
    retranslate();
}

void SocketStatesPanel::setPort(quint16 port)
{
    m_port = port;
    retranslate();
}

void SocketStatesPanel::setTransport(Transport transport)
{
    m_transport = transport;
    retranslate();
}

QTableView *SocketStatesPanel::view()
{
    ensureBuilt();
    return m_view;
}

void SocketStatesPanel::build()
{
    m_sorted = new QSortFilterProxyModel(this);
    m_explanation = new WrappedLabel(this);
    m_view = ExplainedTable::create(this, m_explanation);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setVisible(m_available);
    retranslate();

    if (!m_model)
        return;
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(m_sortRole);
    m_view->horizontalHeader()->moveSection(m_stateColumn, 0);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    const auto fitColumns = [this] {
        if (m_sorted->rowCount() <= ExplainedTable::kFitColumnsUpToRows)
            m_view->resizeColumnsToContents();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, fitColumns); // LISTEN -> TIME-WAIT is wider
    fitColumns(); // the sockets read before the panel was first shown
}

void SocketStatesPanel::retranslate()
{
    if (!m_view)
        return;
    m_view->setAccessibleName(tr("Kernel socket states"));
    if (!m_available) {
        m_explanation->setText(tr("The kernel's socket table cannot be read on this platform: this view works on Linux and Windows."));
        return;
    }
    if (m_port == 0) {
        m_explanation->setText(tr("The sockets the kernel keeps for the lab's port appear here, as %1 shows them, as soon as the page has a port.")
                                   .arg(PlatformFacts::socketTableCommand()));
        return;
    }
    if (m_transport == Transport::Udp) {
        m_explanation->setText(
            tr("The UDP sockets on port %1 as the kernel sees them (%2), read twice a second. UDP has no connection, so no LISTEN, ESTABLISHED or TIME-WAIT: UNCONN is a socket with only its local port, receiving from any sender (the server); ESTAB is a socket after connect(), which only fixed its destination (SocketLab's client), without sending any packet. Hover a state for what it means.")
                .arg(m_port)
                .arg(PlatformFacts::udpSocketTableCommand()));
        return;
    }
    m_explanation->setText(tr("The sockets on port %1 as the kernel sees them (%2), read twice a second: LISTEN on the server, ESTABLISHED on both sides, TIME-WAIT on the side that closed first. Changes are highlighted; hover a state for what it means.")
        .arg(m_port)
        .arg(PlatformFacts::socketTableCommand()));
}

