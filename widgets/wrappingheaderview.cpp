#include "widgets/wrappingheaderview.h"

#include <QTableView>

namespace {
// The narrowest width the text takes on at most two lines, split at a space.
int twoLineWidth(const QFontMetrics &metrics, const QString &text)
{
    int best = metrics.horizontalAdvance(text);
    for (qsizetype space = text.indexOf(QLatin1Char(' ')); space > 0; space = text.indexOf(QLatin1Char(' '), space + 1)) {
        const int width = qMax(metrics.horizontalAdvance(text.left(space)), metrics.horizontalAdvance(text.mid(space + 1)));
        best = qMin(best, width);
    }
    return best;
}
} // namespace

WrappingHeaderView::WrappingHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    setTextElideMode(Qt::ElideNone); // elided on one line first, a title would never wrap
}

void WrappingHeaderView::install(QTableView *view)
{
    auto *header = new WrappingHeaderView(view);
    header->setStretchLastSection(view->horizontalHeader()->stretchLastSection());
    header->setSectionsClickable(true);
    header->setHighlightSections(view->horizontalHeader()->highlightSections());
    view->setHorizontalHeader(header);
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!model())
        return size;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    QFont font = this->font();
    font.setBold(false);
    const QFontMetrics metrics(font);
    const int oneLine = metrics.horizontalAdvance(text);
    const int wrapped = twoLineWidth(metrics, text);
    size.setWidth(size.width() - (oneLine - wrapped) + 2); // two pixels: rounding of the advances
    size.setHeight(size.height() + metrics.lineSpacing()); // every title keeps room for two lines
    return size;
}
