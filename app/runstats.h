#pragma once

#include "model/labmode.h"
#include "network/labevent.h"

#include <QHash>
#include <QList>
#include <QObject>

class FirstFramePaintProbe;
class LabPage;
class MainThreadHeartbeat;
class QWidget;

// `socketlab --stats-file FILE`: what a run did, written as JSON when it ends, for the
// benchmark (scripts/benchmark.sh) and for teachers who script load tests against the window:
// the main thread's stalls, the time to the first frame, and per page what arrived and what the
// log and the table hold. Counts come from the same event batches the pages show.
class RunStats : public QObject
{
    Q_OBJECT
public:
    explicit RunStats(QWidget *window, QObject *parent = nullptr);

    void watchPage(LabPage *page);
    // The statistics as JSON (documented in the README, "Linha de comando").
    QByteArray toJson() const;
    bool writeTo(const QString &path, QString *error) const;

private:
    // Received or Sent events, and the payload bytes they carried.
    struct Traffic
    {
        qint64 events = 0;
        qint64 bytes = 0;
        void count(const LabEvent &event)
        {
            ++events;
            bytes += event.payload.size();
        }
    };
    struct PageCounts
    {
        Traffic received;
        Traffic sent;
        int openConnections = 0;
        int peakConnections = 0;
        qint64 acceptedOrConnected = 0;
        qint64 errors = 0;
    };
    void count(LabMode mode, const LabEventBatch &batch);

    MainThreadHeartbeat *m_heartbeat;
    FirstFramePaintProbe *m_firstFrame;
    QList<LabPage *> m_pages;
    QHash<LabMode, PageCounts> m_counts;
};
