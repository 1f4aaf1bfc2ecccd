#pragma once

#include <QFont>
#include <QList>
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
    // Remembered per row (MessageLogModel::SerialRole) for the current width and font: the list
    // view lays every row out again whenever rows arrive, and wrapping text is the costly part.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // After the rows' text changed (hex mode, language).
    void forgetSizes();
    // Rows before this serial are gone from the model.
    void forgetSizesBefore(qint64 serial);

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static int rowWidthFor(const QStyleOptionViewItem &option);

    // m_sizes[i] is the size of the row whose serial is m_firstSerial + i (invalid: not known).
    mutable QList<QSize> m_sizes;
    mutable qint64 m_firstSerial = 0;
    mutable int m_sizesWidth = -1;
    mutable QFont m_sizesFont;
};
