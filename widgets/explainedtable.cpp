#include "widgets/explainedtable.h"

#include "widgets/wrappingheaderview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

QTableView *ExplainedTable::create(QWidget *panel, QLabel *explanation)
{
    auto *view = new QTableView(panel);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(panel->fontMetrics().height() + 6);
    WrappingHeaderView::install(view);
    view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addWidget(view, 1);
    return view;
}
