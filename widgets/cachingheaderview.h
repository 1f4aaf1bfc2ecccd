#pragma once

#include <QHash>
#include <QHeaderView>
#include <QSize>
#include <QString>

// A table header that remembers how much room each section's title needs.
//
// QHeaderView measures every title anew whenever it drops its cached size hint, and it drops it
// on every section resize, polish and show: the connection table measured its 11 titles 55
// times before a page's first frame, 0.8M instructions more than measuring each once (issue 7's
// startup; the first measurement also loads the bold font). This one
// answers from what it measured while everything that measurement read is unchanged: the
// title, the font, the style and whether the sort indicator is shown. A model that gives its
// headers a size, a font or an icon is measured every time, as QHeaderView does.
class CachingHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit CachingHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void changeEvent(QEvent *event) override;

private:
    bool hasOnlyPlainTitle(int logicalIndex) const;

    struct Measured {
        QString title;
        QSize size;
    };
    // By logical index; forgotten when the font or the style changes (changeEvent).
    mutable QHash<int, Measured> m_measured;
    // The sort indicator's room is part of every size; its change sends no event.
    mutable bool m_sortIndicatorShown = false;
};
