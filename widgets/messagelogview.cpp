#include "widgets/messagelogview.h"

#include "widgets/chatbubbledelegate.h"

#include <QScrollBar>

MessageLogView::MessageLogView(QWidget *parent)
    : QListView(parent)
{
    setItemDelegate(new ChatBubbleDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setLayoutMode(QListView::Batched);
    setBatchSize(500);
    setUniformItemSizes(false);
    setWordWrap(true);
    setAccessibleName(tr("Message log"));
}

void MessageLogView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &MessageLogView::rowsAboutToBeAdded);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MessageLogView::rowsAdded);
}

void MessageLogView::rowsAboutToBeAdded()
{
    const QScrollBar *bar = verticalScrollBar();
    m_followNewRows = bar->value() >= bar->maximum() - 4;
}

void MessageLogView::rowsAdded()
{
    // After the view has laid the new rows out (it does so in batches, later), not before.
    if (m_followNewRows)
        QMetaObject::invokeMethod(this, &QAbstractItemView::scrollToBottom, Qt::QueuedConnection);
}

void MessageLogView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Bubble heights depend on the width: lay the rows out again.
    scheduleDelayedItemsLayout();
}
