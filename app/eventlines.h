#pragma once

#include "model/bursttracker.h"
#include "network/labevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The headless output: one line per event, as text for people or JSON Lines for scripts.
// The JSON field and event names are a public interface (README): keep them stable.
class EventLines
{
    Q_DECLARE_TR_FUNCTIONS(EventLines)
public:
    // "listening", "stopped", "accepted", "received", "sent", "closed", "error", "note".
    static QString eventName(EventKind kind);
    // "address-in-use", "connection-refused"...; empty for LabError::None.
    static QString errorName(LabError error);
    // "closed-by-peer", "closed-by-us", "aborted-by-us", "closed-after-error", "server-stopped",
    // "reset-by-peer", "cancelled-by-us".
    static QString reasonName(CloseReason reason);

    // {"time":"...","event":"received","connection":1,"local":"127.0.0.1:65432",
    //  "remote":"127.0.0.1:53048","text":"Hello, world","bytes":12}
    static QByteArray json(const LabEvent &event);
    // "21:00:00.123  #1  127.0.0.1:53048 → 12 bytes: Hello, world" (translated).
    static QString text(const LabEvent &event);

    // A finished burst: event "burst" with total, received, missing, duplicates, out_of_order.
    static QByteArray json(const BurstTracker::Summary &burst);
    static QString text(const BurstTracker::Summary &burst);
};
