#pragma once

#include <QStyledItemDelegate>

// Draws a MessageLogModel row as a chat bubble: received on the left with the peer's ip:port,
// sent on the right, system events centred. Text is painted as plain text only: whatever a
// peer sent is never interpreted as markup.
class ChatBubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Longer messages are painted cut with "…" (Copy still gives the whole kept text).
    static constexpr int kMaxPaintedChars = 4000;

    explicit ChatBubbleDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
