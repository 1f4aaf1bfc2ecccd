#include "widgets/messagelogview.h"

#include "model/messagelogmodel.h"
#include "widgets/chatbubbledelegate.h"

#include <QScrollBar>

MessageLogView::MessageLogView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ChatBubbleDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setLayoutMode(QListView::Batched);
    // Small layout steps: a busy log (1,000 clients) never holds the window for long.
    setBatchSize(100);
    setUniformItemSizes(false);
    setWordWrap(true);
    setAccessibleName(tr("Message log"));
    // The view lays rows out in batches, long after they were inserted, and its height grows
    // with each batch: while following, every growth is followed. Wherever the user moves the
    // bar decides whether to keep following.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &MessageLogView::rangeChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MessageLogView::updateFollowing);
}

void MessageLogView::rangeChanged(int, int maximum)
{
    // A layout starting over shrinks the range for a moment, and the bar then pulls its value
    // down with it: that move is not the user's and must not turn following on.
    m_rangeShrinkMovesValue = verticalScrollBar()->value() > maximum;
    keepFollowing();
}

void MessageLogView::keepFollowing()
{
    if (m_followNewRows)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void MessageLogView::updateFollowing()
{
    if (m_rangeShrinkMovesValue) {
        m_rangeShrinkMovesValue = false;
        return;
    }
    const QScrollBar *bar = verticalScrollBar();
    m_followNewRows = bar->value() >= bar->maximum() - kFollowSlackPixels;
}

void MessageLogView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    m_delegate->forgetSizes();
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &MessageLogView::rowsAdded);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MessageLogView::oldRowsRemoved);
    connect(model, &QAbstractItemModel::dataChanged, this, &MessageLogView::rowsTextChanged);
    connect(model, &QAbstractItemModel::modelReset, m_delegate, &ChatBubbleDelegate::forgetSizes);
    connect(model, &QAbstractItemModel::layoutChanged, m_delegate, &ChatBubbleDelegate::forgetSizes);
}

void MessageLogView::rowsTextChanged()
{
    // Hex mode or another language: the bubbles' sizes change with their text.
    m_delegate->forgetSizes();
    scheduleDelayedItemsLayout();
}

void MessageLogView::oldRowsRemoved()
{
    // The log drops its oldest rows (its cap, or a filter): their sizes are not needed again.
    const QModelIndex first = model()->index(0, 0);
    if (first.isValid())
        m_delegate->forgetSizesBefore(first.data(MessageLogModel::SerialRole).toLongLong());
    else
        m_delegate->forgetSizes();
}

void MessageLogView::rowsAdded()
{
    // After the view has laid the new rows out (it does so in batches, later), not before;
    // keepFollowing() follows the batches that come after this one.
    if (m_followNewRows)
        QMetaObject::invokeMethod(this, &MessageLogView::keepFollowing, Qt::QueuedConnection);
}

void MessageLogView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Bubble heights depend on the width: lay the rows out again. An empty log has nothing to
    // lay out (and a needless layout repaints the view right after the window's first frame).
    if (model() && model()->rowCount() > 0)
        scheduleDelayedItemsLayout();
}
