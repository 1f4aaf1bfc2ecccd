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
    // "received 12 bytes" / "sent 5 bytes": for headless lines and tooltips.
    static QString byteCount(qint64 bytes);
};
