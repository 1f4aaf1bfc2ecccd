#include "app/runstats.h"

#include "app/labpage.h"
#include "app/mainthreadheartbeat.h"
#include "app/startupprobe.h"
#include "model/messagelogmodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>

RunStats::RunStats(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_heartbeat(new MainThreadHeartbeat(this))
    , m_firstFrame(new FirstFramePaintProbe(window))
{
    m_heartbeat->start();
}

void RunStats::watchPage(LabPage *page)
{
    m_pages.append(page);
    m_counts.insert(page->mode(), PageCounts());
    connect(page, &LabPage::batchShown, this, &RunStats::count);
}

void RunStats::count(LabMode mode, const LabEventBatch &batch)
{
    PageCounts &counts = m_counts[mode];
    for (const LabEvent &event : batch) {
        switch (event.kind) {
        case EventKind::Received:
            counts.received.count(event);
            break;
        case EventKind::Sent:
            counts.sent.count(event);
            break;
        case EventKind::Accepted:
        case EventKind::Connected:
            ++counts.acceptedOrConnected;
            counts.peakConnections = std::max(counts.peakConnections, ++counts.openConnections);
            break;
        case EventKind::Closed:
            --counts.openConnections;
            break;
        case EventKind::Error:
            ++counts.errors;
            break;
        default:
            break;
        }
    }
}

QByteArray RunStats::toJson() const
{
    QJsonObject pages;
    for (const LabPage *page : m_pages) {
        const PageCounts counts = m_counts.value(page->mode());
        pages.insert(modeName(page->mode()), QJsonObject {
            { QStringLiteral("received_events"), counts.received.events },
            { QStringLiteral("received_bytes"), counts.received.bytes },
            { QStringLiteral("sent_events"), counts.sent.events },
            { QStringLiteral("sent_bytes"), counts.sent.bytes },
            { QStringLiteral("connections_total"), counts.acceptedOrConnected },
            { QStringLiteral("connections_peak"), counts.peakConnections },
            { QStringLiteral("errors"), counts.errors },
            { QStringLiteral("log_rows"), page->logModel()->rowCount() },
            { QStringLiteral("log_dropped"), page->logModel()->droppedCount() },
            { QStringLiteral("table_rows"), page->tableRowCount() },
        });
    }
    const QJsonObject stall {
        { QStringLiteral("interval_ms"), m_heartbeat->intervalMs() },
        { QStringLiteral("samples"), qint64(m_heartbeat->samples()) },
        { QStringLiteral("p99_ms"), m_heartbeat->percentileLatenessMs(99.0) },
        { QStringLiteral("max_ms"), m_heartbeat->maxLatenessMs() },
    };
    const QJsonObject root {
        { QStringLiteral("first_frame_ms"), m_firstFrame->firstFrameMs() },
        { QStringLiteral("stall"), stall },
        { QStringLiteral("pages"), pages },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool RunStats::writeTo(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(toJson()) < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}
