#include "widgets/connectionpanel.h"

#include "widgets/connectiontableview.h"
#include "widgets/wrappedlabel.h"

#include <algorithm>

#include <QEvent>
#include <QItemSelectionModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_explanation(new WrappedLabel(this))
    , m_table(new ConnectionTableView(this))
    , m_disconnectButton(new QPushButton(this))
    , m_abortButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
{
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_disconnectButton);
    buttons->addWidget(m_abortButton);
    buttons->addStretch();
    buttons->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &ConnectionTableView::selectedConnectionsChanged, this, [this](const QList<int> &ids) {
        updateButtons();
        Q_EMIT selectedConnectionsChanged(ids);
    });
    connect(m_disconnectButton, &QPushButton::clicked, this,
            [this] { Q_EMIT disconnectRequested(m_table->selectedConnectionIds()); });
    connect(m_abortButton, &QPushButton::clicked, this,
            [this] { Q_EMIT abortRequested(m_table->selectedConnectionIds()); });
    connect(m_clearButton, &QPushButton::clicked, this, &ConnectionPanel::clearClosedRequested);
    retranslate();
    updateButtons();
}

void ConnectionPanel::setModel(QAbstractItemModel *model, int idRole, int highlightedColumn, int liveRole)
{
    m_liveRole = liveRole;
    m_table->setConnectionIdRole(idRole);
    m_table->setModel(model);
    m_table->setHighlightedColumn(highlightedColumn);
    // A selected row that closes (or connects) changes what its actions can do.
    connect(model, &QAbstractItemModel::dataChanged, this, &ConnectionPanel::updateButtons);
    updateButtons();
}

void ConnectionPanel::setExplanation(const QString &text)
{
    m_explanation->setText(text);
}

void ConnectionPanel::setPeerMode(bool peers)
{
    m_peerMode = peers;
    m_disconnectButton->setVisible(!peers);
    m_abortButton->setVisible(!peers);
    retranslate();
}

void ConnectionPanel::updateButtons()
{
    bool any = false;
    if (m_table->selectionModel()) {
        const auto rows = m_table->selectionModel()->selectedRows();
        any = std::any_of(rows.cbegin(), rows.cend(),
                          [this](const QModelIndex &row) { return m_liveRole < 0 || row.data(m_liveRole).toBool(); });
    }
    m_disconnectButton->setEnabled(any);
    m_abortButton->setEnabled(any);
}

void ConnectionPanel::retranslate()
{
    m_disconnectButton->setText(tr("&Disconnect"));
    m_disconnectButton->setToolTip(tr("Close the selected connection(s) gracefully: FIN, as close() does"));
    m_abortButton->setText(tr("Abor&t (RST)"));
    m_abortButton->setToolTip(tr("Abort the selected connection(s): the other side receives a reset (RST)"));
    if (m_peerMode) {
        m_clearButton->setText(tr("Clear &table"));
        m_clearButton->setToolTip(tr("Forget the peers seen so far"));
    } else {
        m_clearButton->setText(tr("Clear clos&ed"));
        m_clearButton->setToolTip(tr("Remove the closed (grey) connections from the table"));
    }
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
