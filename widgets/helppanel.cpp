#include "widgets/helppanel.h"

#include "model/guidedexercises.h"

#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QString kHelpRoot = QStringLiteral("/help/");
const QString kDefaultTopic = QStringLiteral("concepts");
const QString kFallbackLanguage = QStringLiteral("en");

QString resourcePath(const QUrl &url)
{
    return QLatin1Char(':') + url.path();
}

} // namespace

namespace {
// Rows as tall as their wrapped text at the view's current width: QTreeView measures rows with
// no width, which would keep a long exercise step on one line, cut.
class WrappedStepDelegate : public QStyledItemDelegate
{
public:
    explicit WrappedStepDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const QStyle *style = m_view->style();
        const int check = style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_view)
            + 4 * style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 4;
        const int width = m_view->viewport()->width() - depth * m_view->indentation() - check;
        if (width <= 0)
            return size;
        const QString text = index.data(Qt::DisplayRole).toString();
        const QRect needed = option.fontMetrics.boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap, text);
        size.setHeight(qMax(size.height(), needed.height() + 4));
        return size;
    }

private:
    QTreeView *m_view;
};
} // namespace

HelpPanel::HelpPanel(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_exercisesView(new QTreeView(this))
    , m_progressLabel(new QLabel(this))
{
    // We follow links ourselves: QTextBrowser would hand a relative link on a qrc: page to the
    // desktop, and our help never opens anything outside itself.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &href) { followLink(href); });

    m_exercisesView->setHeaderHidden(true);
    m_exercisesView->setRootIsDecorated(true);
    // A step longer than the dock is wide wraps onto more lines instead of being elided; the
    // rows are measured again when the dock's width changes.
    m_exercisesView->setUniformRowHeights(false);
    m_exercisesView->setTextElideMode(Qt::ElideNone);
    m_exercisesView->setItemDelegate(new WrappedStepDelegate(m_exercisesView));
    connect(m_exercisesView->header(), &QHeaderView::sectionResized, m_exercisesView, &QTreeView::doItemsLayout,
            Qt::QueuedConnection);
    m_exercisesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exercisesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_exercisesView->setWordWrap(true);
    m_browser->setAccessibleName(tr("Help"));
    m_exercisesView->setAccessibleName(tr("Guided exercises"));

    auto *exercises = new QWidget(this);
    auto *exercisesLayout = new QVBoxLayout(exercises);
    exercisesLayout->setContentsMargins(0, 0, 0, 0);
    exercisesLayout->addWidget(m_progressLabel);
    exercisesLayout->addWidget(m_exercisesView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_browser);
    splitter->addWidget(exercises);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    updateProgress();
    loadPage();
}

QStringList HelpPanel::topicIds()
{
    return { QStringLiteral("tcp-simple"), QStringLiteral("tcp-multi"), QStringLiteral("udp-server"),
             QStringLiteral("tcp-client"), QStringLiteral("udp-client"), QStringLiteral("file-server"),
             QStringLiteral("file-client"), QStringLiteral("another-machine"), QStringLiteral("concepts") };
}

QUrl HelpPanel::pageUrl(const QString &topicId, const QString &language)
{
    const QString topic = topicIds().contains(topicId) ? topicId : kDefaultTopic;
    for (const QString &lang : { language, kFallbackLanguage }) {
        const QString path = kHelpRoot + lang + QLatin1Char('/') + topic + QStringLiteral(".html");
        if (QFile::exists(QLatin1Char(':') + path)) {
            QUrl url;
            url.setScheme(QStringLiteral("qrc"));
            url.setPath(path);
            return url;
        }
    }
    return {};
}

QUrl HelpPanel::resolveLink(const QUrl &from, const QUrl &href)
{
    // Only relative links ("concepts.html#ports", "#states") or qrc: ones stay in the help.
    if (!href.isRelative() && href.scheme() != QLatin1String("qrc"))
        return {};
    const QUrl target = from.resolved(href);
    if (target.scheme() != QLatin1String("qrc") || !target.path().startsWith(kHelpRoot)
        || !target.path().endsWith(QLatin1String(".html")) || !QFile::exists(resourcePath(target)))
        return {};
    return target;
}

void HelpPanel::setModel(GuidedExercises *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_exercisesView->setModel(model);
    if (model) {
        connect(model, &GuidedExercises::progressChanged, this, &HelpPanel::updateProgress);
        m_exercisesView->expandAll();
    }
    updateProgress();
}

void HelpPanel::setTopic(const QString &topicId)
{
    m_topic = topicIds().contains(topicId) ? topicId : kDefaultTopic;
    loadPage();
}

void HelpPanel::setLanguage(const QString &language)
{
    m_language = language == QLatin1String("pt_BR") ? language : kFallbackLanguage;
    loadPage();
}

QUrl HelpPanel::currentPage() const
{
    return m_browser->source();
}

QString HelpPanel::pageTitle() const
{
    return m_browser->documentTitle();
}

QString HelpPanel::progressText() const
{
    return m_progressLabel->text();
}

bool HelpPanel::followLink(const QUrl &href)
{
    const QUrl target = resolveLink(m_browser->source(), href);
    if (target.isEmpty())
        return false;
    m_browser->setSource(target, QTextDocument::HtmlResource);
    return true;
}

void HelpPanel::loadPage()
{
    const QUrl url = pageUrl(m_topic, m_language);
    if (url.isEmpty()) {
        m_browser->setPlainText(tr("The help for this page is missing."));
        return;
    }
    m_browser->setSource(url, QTextDocument::HtmlResource);
}

void HelpPanel::updateProgress()
{
    if (!m_model) {
        m_progressLabel->clear();
        return;
    }
    m_progressLabel->setText(tr("Guided exercises: %1 of %2 steps done")
                                 .arg(QLocale().toString(m_model->doneCount()),
                                      QLocale().toString(m_model->totalCount())));
}

void HelpPanel::retranslate()
{
    m_browser->setAccessibleName(tr("Help"));
    m_exercisesView->setAccessibleName(tr("Guided exercises"));
    updateProgress();
}

void HelpPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
