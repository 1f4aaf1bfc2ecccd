#include "widgets/cachingheaderview.h"

#include <QAbstractItemModel>
#include <QEvent>

CachingHeaderView::CachingHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
}

QSize CachingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (!model() || !hasOnlyPlainTitle(logicalIndex))
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    ensurePolished(); // as QHeaderView does before it measures: a font polishing sets arrives now
    if (isSortIndicatorShown() != m_sortIndicatorShown) {
        m_measured.clear();
        m_sortIndicatorShown = isSortIndicatorShown();
    }
    const QString title = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const auto remembered = m_measured.constFind(logicalIndex);
    if (remembered != m_measured.cend() && remembered->title == title)
        return remembered->size;
    const QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    m_measured.insert(logicalIndex, { title, size });
    return size;
}

bool CachingHeaderView::hasOnlyPlainTitle(int logicalIndex) const
{
    for (int role : { Qt::SizeHintRole, Qt::FontRole, Qt::DecorationRole }) {
        if (model()->headerData(logicalIndex, orientation(), role).isValid())
            return false;
    }
    return true;
}

void CachingHeaderView::changeEvent(QEvent *event)
{
    // A new font (the zoom, polish) or style (a style sheet too) changes every title's size.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_measured.clear();
    QHeaderView::changeEvent(event);
}
