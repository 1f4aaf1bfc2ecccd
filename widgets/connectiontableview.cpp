#include "widgets/connectiontableview.h"

#include "widgets/highlightcolumndelegate.h"
#include "widgets/wrappingheaderview.h"

#include <QEvent>
#include <QHeaderView>

ConnectionTableView::ConnectionTableView(QWidget *parent)
    : QTableView(parent)
{
    WrappingHeaderView::install(this); // first: sorting connects to the header
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setAccessibleName(tr("Connection table"));
}

void ConnectionTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    sortByColumn(0, Qt::AscendingOrder);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectedConnectionsChanged(selectedConnectionIds()); });
    // While the table is small, columns follow their contents (a state that changes from
    // "Connected" to "Closed by the peer (FIN)" stays readable); a large table keeps its widths.
    auto fitColumns = [this] {
        if (this->model()->rowCount() <= kFitColumnsUpToRows)
            resizeColumnsToContents();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, fitColumns);
    resizeColumnsToContents();
}

void ConnectionTableView::changeEvent(QEvent *event)
{
    // The zoom changed the font: rows and columns make room for it.
    if (event->type() == QEvent::FontChange) {
        verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
        if (model() && model()->rowCount() <= kFitColumnsUpToRows)
            resizeColumnsToContents();
    }
    QTableView::changeEvent(event);
}

void ConnectionTableView::setHighlightedColumn(int column)
{
    if (m_highlightedColumn >= 0)
        setItemDelegateForColumn(m_highlightedColumn, nullptr);
    m_highlightedColumn = column;
    if (column >= 0)
        setItemDelegateForColumn(column, new HighlightColumnDelegate(this));
}

QList<int> ConnectionTableView::selectedConnectionIds() const
{
    QList<int> ids;
    if (!selectionModel())
        return ids;
    const auto rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(m_idRole).toInt());
    std::sort(ids.begin(), ids.end());
    return ids;
}
