#include "widgets/primitivespanel.h"

#include "model/connectionfilterproxymodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

PrimitivesPanel::PrimitivesPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ConnectionFilterProxyModel(this))
    , m_explanation(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setKeepSessionRows(true);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
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

void PrimitivesPanel::setModel(QAbstractItemModel *model, int idRole)
{
    m_proxy->setConnectionIdRole(idRole);
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    // Follow the newest call while the user has not scrolled away.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_proxy->rowCount() <= 40)
            m_view->resizeColumnsToContents();
        QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
}

void PrimitivesPanel::setSelectedConnections(const QList<int> &connectionIds)
{
    m_proxy->setConnectionFilter(QSet<int>(connectionIds.cbegin(), connectionIds.cend()));
}

void PrimitivesPanel::retranslate()
{
    m_explanation->setText(tr("The socket calls behind each step, in order, as the course's table names them. Select rows in the table to see only their calls; hover a call to read what it does."));
    m_view->setAccessibleName(tr("Socket calls"));
}

void PrimitivesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
