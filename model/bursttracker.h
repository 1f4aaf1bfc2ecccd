#pragma once

#include "network/labevent.h"

#include <QBitArray>
#include <QHash>
#include <QObject>
#include <QTimer>

// Counts a burst of numbered messages ("#17/10000") from what really arrived: received,
// missing, duplicated and out of order, per sender. TCP bytes are cut into lines first (the
// stream has no boundaries); each UDP datagram is one message. A burst ends when every message
// arrived, or when none came for kIdleFinishMs (the rest is missing); a late message of the
// same burst reopens it, so the last report always counts everything that arrived.
class BurstTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIdleFinishMs = 800;

    struct Summary
    {
        int senderId = 0;        // connection or peer number
        Endpoint sender;
        Transport transport = Transport::Tcp;
        qint64 total = 0;        // how many the sender announced
        qint64 received = 0;     // distinct messages that arrived
        qint64 duplicates = 0;
        qint64 outOfOrder = 0;   // arrived after a higher number had
        bool finished = false;
        qint64 missing() const { return total - received; }
    };

    explicit BurstTracker(QObject *parent = nullptr);

    void applyBatch(const LabEventBatch &batch);
    void clear();
    // The bursts seen, the most recent first.
    QList<Summary> summaries() const;

Q_SIGNALS:
    void progressed(const BurstTracker::Summary &summary);
    void finished(const BurstTracker::Summary &summary);

private:
    struct State
    {
        Summary summary;
        QBitArray seen;
        qint64 highest = 0;
        QByteArray partialLine; // TCP: the start of a line still arriving
    };
    void count(State &state, const QByteArray &message, const LabEvent &event);
    void finishIdle();

    QHash<int, State> m_states;
    QList<int> m_order; // sender ids, most recent first
    QTimer m_idleTimer;
};

Q_DECLARE_METATYPE(BurstTracker::Summary)
