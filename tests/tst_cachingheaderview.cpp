// The caching header measures a title once and answers from memory after, and it always answers
// what a plain QHeaderView on the same model would: after a new title, a new font, the sort
// indicator, and for a model that gives its headers a font of their own.
#include "widgets/cachingheaderview.h"

#include <QFont>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QTest>

class tst_CachingHeaderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresEachTitleOnce();
    void answersAsQHeaderViewDoes();
    void modelFontsAreMeasuredEachTime();
};

namespace {
class CountingHeaderView : public CachingHeaderView
{
public:
    using CachingHeaderView::CachingHeaderView;
    using CachingHeaderView::sectionSizeFromContents; // public here, for the tests
};

// Counts the titles that the style measures: what the cache spares.
class CountingStyle : public QProxyStyle
{
public:
    mutable int headerSections = 0;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        if (type == CT_HeaderSection)
            ++headerSections;
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    }
};

// A plain QHeaderView: the reference.
class MeasuringProbe : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;
    using QHeaderView::sectionSizeFromContents;
};

void setTitles(QStandardItemModel &model, const QStringList &titles)
{
    model.setColumnCount(int(titles.size()));
    model.setHorizontalHeaderLabels(titles);
}

// Every section's size as a plain QHeaderView measures it, with the same font and indicator.
QList<QSize> reference(const QHeaderView &header)
{
    MeasuringProbe plain(Qt::Horizontal);
    plain.setModel(header.model());
    plain.setFont(header.font());
    plain.setSortIndicatorShown(header.isSortIndicatorShown());
    QList<QSize> sizes;
    for (int section = 0; section < header.count(); ++section)
        sizes.append(plain.sectionSizeFromContents(section));
    return sizes;
}

QList<QSize> measured(const CountingHeaderView &header)
{
    QList<QSize> sizes;
    for (int section = 0; section < header.count(); ++section)
        sizes.append(header.sectionSizeFromContents(section));
    return sizes;
}
} // namespace

void tst_CachingHeaderView::measuresEachTitleOnce()
{
    QStandardItemModel model;
    setTitles(model, { QStringLiteral("#"), QStringLiteral("Endereço remoto"), QStringLiteral("Porta remota") });
    CountingStyle style;
    CountingHeaderView header(Qt::Horizontal);
    header.setStyle(&style);
    header.setModel(&model);
    const QSize hint = header.sizeHint();
    QCOMPARE(style.headerSections, 3);
    // QHeaderView drops its size hint on every resize; the titles are not measured again.
    header.resizeSection(1, 300);
    header.resizeSection(2, 40);
    QCOMPARE(header.sizeHint(), hint);
    QCOMPARE(style.headerSections, 3);
    // A new title is.
    model.setHorizontalHeaderItem(2, new QStandardItem(QStringLiteral("Porta")));
    header.sectionSizeFromContents(0);
    header.sectionSizeFromContents(2);
    QCOMPARE(style.headerSections, 4);
}

void tst_CachingHeaderView::answersAsQHeaderViewDoes()
{
    QStandardItemModel model;
    setTitles(model, { QStringLiteral("#"), QStringLiteral("Estado") });
    CountingHeaderView header(Qt::Horizontal);
    header.setModel(&model);
    QCOMPARE(measured(header), reference(header));

    // A longer title (a translation, say) is measured anew.
    model.setHorizontalHeaderItem(1, new QStandardItem(QStringLiteral("Estado da conexão no kernel")));
    QCOMPARE(measured(header), reference(header));
    QVERIFY(header.sectionSizeFromContents(1).width() > header.sectionSizeFromContents(0).width());

    // A bigger font (the zoom) makes every title bigger.
    const int before = header.sectionSizeFromContents(1).width();
    QFont bigger = header.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 2);
    header.setFont(bigger);
    QCOMPARE(measured(header), reference(header));
    QVERIFY(header.sectionSizeFromContents(1).width() > before);

    // The sort indicator needs room too.
    header.setSortIndicatorShown(true);
    QCOMPARE(measured(header), reference(header));
    header.setSortIndicatorShown(false);
    QCOMPARE(measured(header), reference(header));

    // More columns.
    setTitles(model, { QStringLiteral("#"), QStringLiteral("Estado"), QStringLiteral("Bytes recebidos") });
    QCOMPARE(header.count(), 3);
    QCOMPARE(measured(header), reference(header));
}

void tst_CachingHeaderView::modelFontsAreMeasuredEachTime()
{
    QStandardItemModel model;
    setTitles(model, { QStringLiteral("Porta local"), QStringLiteral("Porta remota") });
    CountingHeaderView header(Qt::Horizontal);
    header.setModel(&model);
    QCOMPARE(measured(header), reference(header));
    // A font that the model gives one header, changed without a new title.
    QFont huge = header.font();
    huge.setPointSizeF(huge.pointSizeF() * 3);
    model.horizontalHeaderItem(0)->setFont(huge);
    QCOMPARE(measured(header), reference(header));
    QVERIFY(header.sectionSizeFromContents(0).width() > header.sectionSizeFromContents(1).width());
}

QTEST_MAIN(tst_CachingHeaderView)
#include "tst_cachingheaderview.moc"
