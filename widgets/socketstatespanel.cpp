#include "widgets/socketstatespanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

SocketStatesPanel::SocketStatesPanel(QWidget *parent)
    : QWidget(parent)
    , m_sorted(new QSortFilterProxyModel(this))
    , m_explanation(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addWidget(m_view, 1);
    retranslate();
}

void SocketStatesPanel::setModel(QAbstractItemModel *model, int sortRole, int stateColumn)
{
    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(sortRole);
    m_view->horizontalHeader()->moveSection(stateColumn, 0);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_sorted->rowCount() <= 40)
            m_view->resizeColumnsToContents();
    });
}

void SocketStatesPanel::setAvailable(bool available)
{
    m_available = available;
    m_view->setVisible(available);
    retranslate();
}

void SocketStatesPanel::setPort(quint16 port)
{
    m_port = port;
    retranslate();
}

void SocketStatesPanel::retranslate()
{
    if (!m_available) {
        m_explanation->setText(tr("The kernel's socket table cannot be read on this platform: this view works on Linux."));
        return;
    }
    m_explanation->setText(m_port == 0
        ? tr("The sockets the kernel keeps for the lab's port appear here, as ss -tanp (or netstat) shows them, as soon as the page has a port.")
        : tr("The sockets on port %1 as the kernel sees them (ss -tanp), read twice a second: LISTEN on the server, ESTABLISHED on both sides, TIME-WAIT on the side that closed first. Changes are highlighted; hover a state for what it means.")
              .arg(m_port));
    m_view->setAccessibleName(tr("Kernel socket states"));
}

void SocketStatesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
