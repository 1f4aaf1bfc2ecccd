#include "widgets/primitivespanel.h"

#include "model/connectionfilterproxymodel.h"
#include "model/primitivetimelinemodel.h"
#include "widgets/explainedtable.h"
#include "widgets/qtsocketstateproxy.h"
#include "widgets/wrappedlabel.h"

#include <QLabel>
#include <QTableView>

PrimitivesPanel::PrimitivesPanel(QWidget *parent)
    : LazyPanel(parent)
{
}

void PrimitivesPanel::setModel(PrimitiveTimelineModel *model)
{
    Q_ASSERT(!m_model); // set once: the page's timeline lives as long as the page
    m_model = model;
    if (isVisible())
        ensureBuilt();
}

void PrimitivesPanel::setSelectedConnections(const QList<int> &connectionIds)
{
    m_selected = QSet<int>(connectionIds.cbegin(), connectionIds.cend());
    if (m_proxy)
        m_proxy->setConnectionFilter(m_selected);
}

QTableView *PrimitivesPanel::view()
{
    ensureBuilt();
    return m_view;
}

void PrimitivesPanel::build()
{
    m_proxy = new ConnectionFilterProxyModel(this);
    m_explanation = new WrappedLabel(this);
    m_view = ExplainedTable::create(this, m_explanation);
    m_proxy->setKeepSessionRows(true);
    m_proxy->setConnectionFilter(m_selected);
    m_view->setAlternatingRowColors(true);
    retranslate();

    if (!m_model)
        return;
    m_proxy->setConnectionIdRole(PrimitiveTimelineModel::ConnectionIdRole);
    m_proxy->setSourceModel(m_model);
    auto *translated = new QtSocketStateProxy(PrimitiveTimelineModel::QtStateColumn, this);
    translated->setSourceModel(m_proxy);
    m_view->setModel(translated);
    // Follow the newest call while the user has not scrolled away.
    const auto followNewest = [this] {
        if (m_proxy->rowCount() <= ExplainedTable::kFitColumnsUpToRows)
            m_view->resizeColumnsToContents();
        QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, followNewest);
    followNewest(); // the calls made before the panel was first shown
}

void PrimitivesPanel::retranslate()
{
    m_explanation->setText(tr("The socket calls behind each step, in order, as the course's table names them. Select rows in the table to see only their calls; hover a call to read what it does."));
    m_view->setAccessibleName(tr("Socket calls"));
    m_view->viewport()->update(); // the state names, translated when painted
}

