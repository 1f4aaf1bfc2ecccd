#include "app/labpage.h"

#include "model/bursttracker.h"
#include "model/eventtext.h"
#include "model/messagelogmodel.h"
#include "network/localaddresses.h"
#include "widgets/connectionpanel.h"
#include "widgets/logpanel.h"
#include "widgets/messagecomposer.h"

#include <QEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

LabPage::LabPage(QWidget *parent)
    : QWidget(parent)
    , m_log(new MessageLogModel(this))
    , m_burst(new BurstTracker(this))
    , m_sortedTable(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_controlsLayout(new QVBoxLayout)
    , m_info(new QLabel(this))
    , m_status(new QLabel(this))
    , m_burstLabel(new QLabel(this))
    , m_connectionPanel(new ConnectionPanel(this))
    , m_logPanel(new LogPanel(this))
    , m_composer(new MessageComposer(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : { m_description, m_info, m_status, m_burstLabel }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_status->hide();
    m_burstLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: #1565c0; }"));
    m_burstLabel->hide();
    m_logPanel->setModel(m_log);

    auto *logSide = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logSide);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logPanel, 1);
    logLayout->addWidget(m_composer);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_connectionPanel);
    splitter->addWidget(logSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 3000, 2000 }); // the table needs the room: it carries the lesson
    splitter->setChildrenCollapsible(false);

    m_controlsLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(m_controlsLayout);
    layout->addWidget(m_info);
    layout->addWidget(m_status);
    layout->addWidget(m_burstLabel);
    layout->addWidget(splitter, 1);

    connect(m_connectionPanel, &ConnectionPanel::selectedConnectionsChanged, this, [this](const QList<int> &ids) {
        m_selected = ids;
        m_logPanel->setSelectedConnections(ids);
        selectionChanged();
    });
    connect(m_burst, &BurstTracker::progressed, this, &LabPage::showBurst);
    connect(m_burst, &BurstTracker::finished, this, &LabPage::showBurst);
}

void LabPage::addControls(QWidget *controls)
{
    m_controlsLayout->addWidget(controls);
}

void LabPage::setTableModel(QAbstractItemModel *model, int sortRole, int idRole, int highlightedColumn)
{
    m_sortedTable->setSourceModel(model);
    m_sortedTable->setSortRole(sortRole);
    m_connectionPanel->setModel(m_sortedTable, idRole, highlightedColumn);
}

void LabPage::setHeading(const QString &heading, const QString &description)
{
    m_heading->setText(heading);
    m_description->setText(description);
}

void LabPage::logBatch(const LabEventBatch &batch)
{
    m_log->applyBatch(batch);
    m_burst->applyBatch(batch);
}

QString LabPage::reachableText(const Endpoint &listeningOn, Transport transport)
{
    QStringList places;
    for (const QHostAddress &address : reachableAddresses(listeningOn.address))
        places.append(Endpoint(address, listeningOn.port).toString());
    const QString joined = places.join(QStringLiteral("  ·  "));
    return transport == Transport::Tcp
        ? tr("Listening on %1. Clients can connect to: %2").arg(listeningOn.toString(), joined)
        : tr("Bound to %1. Clients can send datagrams to: %2").arg(listeningOn.toString(), joined);
}

void LabPage::selectionChanged()
{
}

void LabPage::showBurst()
{
    const QList<BurstTracker::Summary> bursts = m_burst->summaries();
    if (bursts.isEmpty()) {
        m_burstLabel->hide();
        return;
    }
    QStringList lines;
    for (const BurstTracker::Summary &summary : bursts.mid(0, 3))
        lines.append(EventText::burstSummary(summary.sender, summary.transport == Transport::Udp, summary.total,
                                             summary.received, summary.missing(), summary.duplicates,
                                             summary.outOfOrder, summary.finished));
    m_burstLabel->setText(lines.join(QLatin1Char('\n')));
    m_burstLabel->show();
}

void LabPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_log->retranslate();
        showBurst();
    }
    QWidget::changeEvent(event);
}
