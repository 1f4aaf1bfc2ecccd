#include "widgets/chatbubbledelegate.h"

#include "model/messagelogmodel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace {
constexpr int kMargin = 6;        // around a bubble
constexpr int kPadding = 8;       // inside a bubble
constexpr int kRadius = 10;
constexpr qreal kMaxWidthShare = 0.72; // a bubble takes at most this much of the row

QString paintedText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    if (text.size() > ChatBubbleDelegate::kMaxPaintedChars)
        text = text.left(ChatBubbleDelegate::kMaxPaintedChars) + QStringLiteral(" …");
    return text;
}

// Words wrap at spaces, and a long run without spaces (hex, a URL) breaks anywhere.
QTextOption wrapping(Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// The size the text takes when wrapped to width, laid out as plain text.
QSize wrappedSize(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    layout.setTextOption(wrapping(Qt::AlignLeft));
    layout.beginLayout();
    qreal height = 0;
    qreal widest = 0;
    const qreal leading = QFontMetricsF(font).leading();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += leading;
        line.setPosition(QPointF(0, height));
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return QSize(int(std::ceil(widest)), int(std::ceil(height)));
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

QFont monospace(const QFont &base)
{
    QFont font = base;
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    return font;
}
} // namespace

struct ChatBubbleDelegate::Layout
{
    int direction = MessageLogModel::SystemDirection;
    QString header;
    QString text;
    QFont headerFont;
    QFont textFont;
    QRect bubble;   // relative to the row's top-left
    QRect header_;
    QRect body;
    int height = 0;
};

ChatBubbleDelegate::ChatBubbleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

ChatBubbleDelegate::Layout ChatBubbleDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                         const QModelIndex &index) const
{
    Layout layout;
    layout.direction = index.data(MessageLogModel::DirectionRole).toInt();
    layout.text = paintedText(index);
    const QString time = index.data(MessageLogModel::TimeTextRole).toString();
    const QString peer = index.data(MessageLogModel::PeerRole).toString();
    layout.headerFont = smallFont(option.font);
    layout.textFont = index.data(MessageLogModel::ShownAsHexRole).toBool() ? monospace(option.font) : option.font;

    const int rowWidth = rowWidthFor(option);
    const QFontMetrics headerMetrics(layout.headerFont);

    if (layout.direction == MessageLogModel::SystemDirection) {
        layout.header = time;
        const int width = rowWidth - 2 * kMargin;
        const QSize textRect = wrappedSize(layout.text, layout.textFont, width);
        layout.header_ = QRect(kMargin, kMargin / 2, width, headerMetrics.height());
        layout.body = QRect(kMargin, layout.header_.bottom() + 1, width, textRect.height());
        layout.bubble = QRect();
        layout.height = layout.body.bottom() + kMargin;
        return layout;
    }

    // The connection (or peer) number tells apart the bubbles of many connections to one server.
    const int id = index.data(MessageLogModel::ConnectionIdRole).toInt();
    const QString who = id > 0 ? QStringLiteral("#%1  %2").arg(id).arg(peer) : peer;
    layout.header = layout.direction == MessageLogModel::ReceivedDirection
        ? QStringLiteral("%1  ·  %2").arg(who, time)
        : QStringLiteral("→ %1  ·  %2").arg(who, time);
    const int maxTextWidth = int(rowWidth * kMaxWidthShare) - 2 * kPadding;
    const QSize textRect = wrappedSize(layout.text, layout.textFont, maxTextWidth);
    const int contentWidth = qMin(maxTextWidth,
                                  qMax(textRect.width(), headerMetrics.horizontalAdvance(layout.header)));
    const int bubbleWidth = contentWidth + 2 * kPadding;
    const int bubbleHeight = kPadding + headerMetrics.height() + 2 + textRect.height() + kPadding;
    const int left = layout.direction == MessageLogModel::ReceivedDirection
        ? kMargin
        : rowWidth - kMargin - bubbleWidth;
    layout.bubble = QRect(left, kMargin / 2, bubbleWidth, bubbleHeight);
    layout.header_ = QRect(left + kPadding, layout.bubble.top() + kPadding, contentWidth, headerMetrics.height());
    layout.body = QRect(left + kPadding, layout.header_.bottom() + 3, contentWidth, textRect.height());
    layout.height = layout.bubble.bottom() + kMargin / 2 + 1;
    return layout;
}

int ChatBubbleDelegate::rowWidthFor(const QStyleOptionViewItem &option)
{
    int rowWidth = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        rowWidth = view->viewport()->width();
    return qMax(200, rowWidth);
}

QSize ChatBubbleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int rowWidth = rowWidthFor(option);
    if (rowWidth != m_sizesWidth || option.font != m_sizesFont) {
        m_sizes.clear();
        m_sizesWidth = rowWidth;
        m_sizesFont = option.font;
    }
    const QVariant serialData = index.data(MessageLogModel::SerialRole);
    const qint64 serial = serialData.isValid() ? serialData.toLongLong() : -1;
    if (m_sizes.isEmpty() && serial >= 0)
        m_firstSerial = serial;
    const qint64 slot = serial - m_firstSerial;
    if (serial >= 0 && slot >= 0 && slot < m_sizes.size() && m_sizes.at(slot).isValid())
        return m_sizes.at(slot);

    const Layout layout = layoutFor(option, index);
    const QSize size(layout.bubble.isNull() ? layout.body.right() + kMargin : layout.bubble.right() + kMargin,
                     layout.height);
    if (serial >= 0 && slot >= 0) {
        if (slot >= m_sizes.size())
            m_sizes.resize(slot + 1);
        m_sizes[slot] = size;
    }
    return size;
}

void ChatBubbleDelegate::forgetSizes()
{
    m_sizes.clear();
}

void ChatBubbleDelegate::forgetSizesBefore(qint64 serial)
{
    const qint64 count = qBound<qint64>(0, serial - m_firstSerial, m_sizes.size());
    m_sizes.remove(0, count);
    m_firstSerial += count;
}

void ChatBubbleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const Layout layout = layoutFor(option, index);
    const QPalette &palette = option.palette;
    const bool isError = index.data(MessageLogModel::IsErrorRole).toBool();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected)
        painter->fillRect(QRect(0, 0, option.rect.width(), option.rect.height()),
                          palette.color(QPalette::Highlight).lighter(dark ? 60 : 180));

    QColor textColor = palette.color(QPalette::Text);
    if (layout.direction != MessageLogModel::SystemDirection) {
        const bool received = layout.direction == MessageLogModel::ReceivedDirection;
        QColor fill = received ? (dark ? QColor(0x3a, 0x3f, 0x47) : QColor(0xec, 0xef, 0xf3))
                               : (dark ? QColor(0x1f, 0x4f, 0x3a) : QColor(0xd4, 0xf5, 0xdc));
        QPainterPath path;
        path.addRoundedRect(layout.bubble, kRadius, kRadius);
        painter->fillPath(path, fill);
        painter->setPen(fill.darker(115));
        painter->drawPath(path);
    }

    QColor headerColor = palette.color(QPalette::PlaceholderText);
    painter->setFont(layout.headerFont);
    painter->setPen(headerColor);
    const Qt::Alignment headerAlign = layout.direction == MessageLogModel::SystemDirection
        ? Qt::AlignHCenter
        : Qt::AlignLeft;
    painter->drawText(layout.header_, int(headerAlign) | Qt::TextSingleLine, layout.header);

    if (layout.direction == MessageLogModel::SystemDirection)
        textColor = isError ? QColor(dark ? 0xff7070 : 0xc62828) : headerColor;
    painter->setFont(layout.textFont);
    painter->setPen(textColor);
    const int align = layout.direction == MessageLogModel::SystemDirection ? Qt::AlignHCenter : Qt::AlignLeft;
    // drawText with a QString never interprets markup: peer data stays plain text.
    painter->drawText(QRectF(layout.body), layout.text, wrapping(Qt::Alignment(align)));
    painter->restore();
}
