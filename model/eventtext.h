#pragma once

#include "network/labevent.h"

#include <QCoreApplication>
#include <QString>

// Sentences for events, in the user's language (translated where they are asked for, so a
// language switch re-words what is already on screen).
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    // A system event as one sentence ("Listening on 0.0.0.0:65432").
    static QString describe(const LabEvent &event);
    // What went wrong and what to do about it; port is the one the user asked for.
    static QString errorMessage(LabError error, quint16 port = 0);
    static QString closeReason(CloseReason reason);
    // A few words: "connection refused", "no answer in time".
    static QString shortError(LabError error);
    // The state column of a closed connection, short: "Closed by peer", "Aborted (RST)".
    static QString closedState(CloseReason reason);
    // "Received 12 bytes from 127.0.0.1:5000." for a Received or Sent message of that size.
    static QString transfer(EventKind kind, qint64 bytes, const Endpoint &remote);
    // "Burst from 127.0.0.1:5000 (UDP): 9,812 of 10,000 received · 188 missing · ..."
    static QString burstSummary(const Endpoint &sender, bool udp, qint64 total, qint64 received, qint64 missing,
                                qint64 duplicates, qint64 outOfOrder, bool finished);
    // "12 bytes", "1 byte".
    static QString byteCount(qint64 bytes);
};
