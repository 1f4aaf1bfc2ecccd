#include "widgets/highlightcolumndelegate.h"

#include <QPainter>

HighlightColumnDelegate::HighlightColumnDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void HighlightColumnDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->font.setBold(true);
}

void HighlightColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    painter->fillRect(option.rect, dark ? QColor(0x5c, 0x4a, 0x10) : QColor(0xff, 0xf1, 0xb8));
    QStyledItemDelegate::paint(painter, option, index);
}
