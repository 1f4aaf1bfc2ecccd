#pragma once

// Test support: everything a session reported, in order, batches concatenated, with the
// look-ups the session tests share.
#include "network/labevent.h"

#include <QByteArrayList>
#include <QObject>
#include <QStringList>

class EventLog : public QObject
{
public:
    // Any session with an eventsReady(const LabEventBatch &) signal.
    template<typename Session>
    explicit EventLog(Session *session)
    {
        connect(session, &Session::eventsReady, this, [this](const LabEventBatch &batch) {
            events += batch;
            ++batches;
        });
    }

    static QString kindName(EventKind kind)
    {
        switch (kind) {
        case EventKind::Listening: return QStringLiteral("Listening");
        case EventKind::Stopped: return QStringLiteral("Stopped");
        case EventKind::Accepted: return QStringLiteral("Accepted");
        case EventKind::Resolving: return QStringLiteral("Resolving");
        case EventKind::Connecting: return QStringLiteral("Connecting");
        case EventKind::Connected: return QStringLiteral("Connected");
        case EventKind::Bound: return QStringLiteral("Bound");
        case EventKind::Received: return QStringLiteral("Received");
        case EventKind::Sent: return QStringLiteral("Sent");
        case EventKind::Closed: return QStringLiteral("Closed");
        case EventKind::Error: return QStringLiteral("Error");
        case EventKind::Note: return QStringLiteral("Note");
        case EventKind::Transfer: return QStringLiteral("Transfer");
        }
        return QStringLiteral("?");
    }

    // connectionId -1: any connection (UDP: any peer).
    QList<LabEvent> of(EventKind kind, int connectionId = -1) const
    {
        QList<LabEvent> found;
        for (const LabEvent &event : events) {
            if (event.kind == kind && (connectionId < 0 || event.connectionId == connectionId))
                found.append(event);
        }
        return found;
    }
    int count(EventKind kind, int connectionId = -1) const { return int(of(kind, connectionId).size()); }
    QList<LabEvent> errors(LabError error) const
    {
        QList<LabEvent> found;
        for (const LabEvent &event : of(EventKind::Error)) {
            if (event.error == error)
                found.append(event);
        }
        return found;
    }
    QList<LabEvent> notes(NoteKind note) const
    {
        QList<LabEvent> found;
        for (const LabEvent &event : of(EventKind::Note)) {
            if (event.note == note)
                found.append(event);
        }
        return found;
    }
    QByteArrayList payloads(EventKind kind, int connectionId = -1) const
    {
        QByteArrayList found;
        for (const LabEvent &event : of(kind, connectionId))
            found.append(event.payload);
        return found;
    }
    // The messages the Sent events carried (a burst counts each of its messages).
    qint64 sentAmount() const
    {
        qint64 sum = 0;
        for (const LabEvent &event : of(EventKind::Sent))
            sum += event.messageCount;
        return sum;
    }
    // Every event's kind, in order: "Resolving,Connecting,Connected,Sent,Received".
    QString kinds() const
    {
        QStringList names;
        for (const LabEvent &event : events)
            names << kindName(event.kind);
        return names.join(QLatin1Char(','));
    }
    // The kinds of one connection's events, in order: "Accepted,Received,Sent,Closed".
    QString kinds(int connectionId) const
    {
        QStringList names;
        for (const LabEvent &event : events) {
            if (event.connectionId == connectionId)
                names << kindName(event.kind);
        }
        return names.join(QLatin1Char(','));
    }

    QList<LabEvent> events;
    int batches = 0;
};
