#include "network/labevent.h"

LabEvent LabEvent::make(EventKind kind, int connectionId)
{
    LabEvent event;
    event.when = QDateTime::currentDateTimeUtc();
    event.kind = kind;
    event.connectionId = connectionId;
    return event;
}
