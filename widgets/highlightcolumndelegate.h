#pragma once

#include <QStyledItemDelegate>

// Paints one table column with a tinted background and bold text: the column that carries
// the lesson (in the connection table, the remote port: what differs between connections).
class HighlightColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HighlightColumnDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
