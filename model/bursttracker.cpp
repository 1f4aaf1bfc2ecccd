#include "model/bursttracker.h"

#include "network/burstmessages.h"


namespace {
// A line longer than any burst message cannot be one: drop it rather than buffer it.
constexpr int kMaxBurstLine = 32;
}

BurstTracker::BurstTracker(QObject *parent)
    : QObject(parent)
    , m_idleTimer(this)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kIdleFinishMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &BurstTracker::finishIdle);
}

void BurstTracker::applyBatch(const LabEventBatch &batch)
{
    QList<int> touched;
    for (const LabEvent &event : batch) {
        if (event.kind != EventKind::Received || event.connectionId <= 0)
            continue;
        State &state = m_states[event.connectionId];
        if (event.transport == Transport::Udp) {
            count(state, event.payload, event);
        } else {
            // TCP: whole lines only; the stream may cut a message anywhere.
            QByteArray data = state.partialLine + event.payload;
            qsizetype start = 0;
            for (qsizetype newline = data.indexOf('\n'); newline >= 0; newline = data.indexOf('\n', start)) {
                count(state, data.mid(start, newline - start), event);
                start = newline + 1;
            }
            state.partialLine = data.mid(start);
            if (state.partialLine.size() > kMaxBurstLine)
                state.partialLine.clear();
        }
        if (state.summary.total > 0 && !touched.contains(event.connectionId))
            touched.append(event.connectionId);
    }
    for (int id : std::as_const(touched)) {
        State &state = m_states[id];
        m_order.removeOne(id);
        m_order.prepend(id);
        if (!state.summary.finished && state.summary.received == state.summary.total) {
            state.summary.finished = true;
            Q_EMIT finished(state.summary);
        } else {
            Q_EMIT progressed(state.summary);
        }
    }
    if (!touched.isEmpty())
        m_idleTimer.start();
}

void BurstTracker::count(State &state, const QByteArray &message, const LabEvent &event)
{
    const std::optional<BurstMessages::Number> number = BurstMessages::parse(message);
    if (!number)
        return;
    Summary &summary = state.summary;
    // A new burst: another total, or #1 again after one that finished.
    const bool newBurst = summary.total != number->total
        || (summary.finished && number->sequence == 1 && state.seen.testBit(1));
    if (newBurst) {
        state.summary = Summary { event.connectionId, event.remote, event.transport, number->total, 0, 0, 0, false };
        state.seen = QBitArray(int(number->total) + 1);
        state.highest = 0;
    } else if (summary.finished) {
        // A straggler after a pause longer than the idle time: the burst was not over after
        // all. It is counted, and the burst finishes (and is reported) again.
        summary.finished = false;
    }
    if (state.seen.testBit(int(number->sequence))) {
        ++state.summary.duplicates;
        return;
    }
    state.seen.setBit(int(number->sequence));
    ++state.summary.received;
    if (number->sequence < state.highest)
        ++state.summary.outOfOrder;
    state.highest = qMax(state.highest, number->sequence);
}

void BurstTracker::finishIdle()
{
    for (int id : std::as_const(m_order)) {
        State &state = m_states[id];
        if (!state.summary.finished && state.summary.total > 0) {
            state.summary.finished = true;
            Q_EMIT finished(state.summary);
        }
    }
}

void BurstTracker::clear()
{
    m_idleTimer.stop();
    m_states.clear();
    m_order.clear();
}

QList<BurstTracker::Summary> BurstTracker::summaries() const
{
    QList<Summary> result;
    for (int id : m_order)
        result.append(m_states.value(id).summary);
    return result;
}
