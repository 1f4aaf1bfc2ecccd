#include "app/eventlines.h"
#include "model/timeformat.h"

#include "model/eventtext.h"
#include "model/payloadtext.h"

#include <QJsonDocument>
#include <QJsonObject>

QString EventLines::eventName(EventKind kind)
{
    switch (kind) {
    case EventKind::Listening: return QStringLiteral("listening");
    case EventKind::Stopped: return QStringLiteral("stopped");
    case EventKind::Accepted: return QStringLiteral("accepted");
    case EventKind::Resolving: return QStringLiteral("resolving");
    case EventKind::Connecting: return QStringLiteral("connecting");
    case EventKind::Connected: return QStringLiteral("connected");
    case EventKind::Bound: return QStringLiteral("bound");
    case EventKind::Received: return QStringLiteral("received");
    case EventKind::Sent: return QStringLiteral("sent");
    case EventKind::Closed: return QStringLiteral("closed");
    case EventKind::Error: return QStringLiteral("error");
    case EventKind::Note: return QStringLiteral("note");
    case EventKind::Transfer: return QStringLiteral("transfer");
    }
    return {};
}

QString EventLines::errorName(LabError error)
{
    switch (error) {
    case LabError::None: return {};
    case LabError::InvalidPort: return QStringLiteral("invalid-port");
    case LabError::InvalidAddress: return QStringLiteral("invalid-address");
    case LabError::AddressInUse: return QStringLiteral("address-in-use");
    case LabError::AddressNotAvailable: return QStringLiteral("address-not-available");
    case LabError::PermissionDenied: return QStringLiteral("permission-denied");
    case LabError::ConnectionRefused: return QStringLiteral("connection-refused");
    case LabError::HostNotFound: return QStringLiteral("host-not-found");
    case LabError::Timeout: return QStringLiteral("timeout");
    case LabError::NetworkUnreachable: return QStringLiteral("network-unreachable");
    case LabError::ConnectionReset: return QStringLiteral("connection-reset");
    case LabError::PortUnreachable: return QStringLiteral("port-unreachable");
    case LabError::DatagramTooLarge: return QStringLiteral("datagram-too-large");
    case LabError::TooManyOpenFiles: return QStringLiteral("too-many-open-files");
    case LabError::Other: return QStringLiteral("other");
    }
    return {};
}

QString EventLines::reasonName(CloseReason reason)
{
    switch (reason) {
    case CloseReason::ClosedByPeer: return QStringLiteral("closed-by-peer");
    case CloseReason::ClosedByUs: return QStringLiteral("closed-by-us");
    case CloseReason::AbortedByUs: return QStringLiteral("aborted-by-us");
    case CloseReason::ClosedAfterError: return QStringLiteral("closed-after-error");
    case CloseReason::ServerStopped: return QStringLiteral("server-stopped");
    case CloseReason::ResetByPeer: return QStringLiteral("reset-by-peer");
    case CloseReason::CancelledByUs: return QStringLiteral("cancelled-by-us");
    }
    return {};
}

namespace {
bool carriesPayload(const LabEvent &event)
{
    return event.kind == EventKind::Received || event.kind == EventKind::Sent;
}

// "2026-11-24T21:05:03.042-03:00": the local time with its offset, so a script can compare runs.
QString isoLocalTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QJsonValue endpointValue(const Endpoint &endpoint)
{
    return endpoint.isNull() ? QJsonValue() : QJsonValue(endpoint.toString());
}
} // namespace

namespace {
QString phaseName(TransferFacts::Phase phase)
{
    const char *const names[] = { "started", "progress", "finished", "failed", "refused" };
    return QLatin1String(names[int(phase)]);
}

QString failureName(TransferFacts::Failure failure)
{
    const char *const names[] = { "", "peer-closed-early", "nothing-received", "file-exists", "cannot-write",
                                  "cannot-read", "connection-failed", "cancelled" };
    return QLatin1String(names[int(failure)]);
}

// A transfer event: {"phase":"finished","name":"a.bin","bytes":1048576,"recvCalls":37,
//  "sha256":"...","seconds":0.01,...}. recvCalls on the client, sendBlocks on the server.
void insertTransfer(QJsonObject &object, const TransferFacts &facts)
{
    object.insert(QStringLiteral("phase"), phaseName(facts.phase));
    object.insert(QStringLiteral("name"), facts.name);
    if (!facts.file.isEmpty())
        object.insert(QStringLiteral("file"), facts.file);
    object.insert(QStringLiteral("bytes"), facts.bytes);
    if (facts.fileSize >= 0)
        object.insert(QStringLiteral("fileSize"), facts.fileSize);
    object.insert(facts.sending ? QStringLiteral("sendBlocks") : QStringLiteral("recvCalls"), facts.calls);
    QJsonObject sizes; // "4096": how many calls of 4096 to 8191 bytes
    for (int bucket = 0; bucket < TransferFacts::kSizeBuckets; ++bucket) {
        if (facts.sizeBuckets[size_t(bucket)] > 0)
            sizes.insert(QString::number(TransferFacts::bucketLow(bucket)), facts.sizeBuckets[size_t(bucket)]);
    }
    object.insert(QStringLiteral("callSizes"), sizes);
    object.insert(QStringLiteral("seconds"), facts.seconds());
    if (!facts.sha256.isEmpty())
        object.insert(QStringLiteral("sha256"), QString::fromLatin1(facts.sha256));
    if (facts.failure != TransferFacts::Failure::None)
        object.insert(QStringLiteral("failure"), failureName(facts.failure));
    if (facts.refusal != RequestName::Refusal::None)
        object.insert(QStringLiteral("refusal"), RequestName::refusalName(facts.refusal));
}
} // namespace

QByteArray EventLines::json(const LabEvent &event)
{
    QJsonObject object;
    object.insert(QStringLiteral("time"), isoLocalTime(event.when));
    object.insert(QStringLiteral("event"), eventName(event.kind));
    object.insert(QStringLiteral("connection"), event.connectionId > 0 ? QJsonValue(event.connectionId) : QJsonValue());
    object.insert(QStringLiteral("local"), endpointValue(event.local));
    object.insert(QStringLiteral("remote"), endpointValue(event.remote));
    object.insert(QStringLiteral("text"), carriesPayload(event) ? PayloadText::display(event.payload)
                                                                 : EventText::describe(event));
    object.insert(QStringLiteral("bytes"), carriesPayload(event) ? event.payload.size() : 0);
    if (carriesPayload(event) && !PayloadText::isText(event.payload))
        object.insert(QStringLiteral("hex"), true);
    if (event.kind == EventKind::Error) {
        object.insert(QStringLiteral("error"), errorName(event.error));
        if (!event.detail.isEmpty())
            object.insert(QStringLiteral("detail"), event.detail);
    }
    if (event.kind == EventKind::Closed)
        object.insert(QStringLiteral("reason"), reasonName(event.reason));
    if (event.kind == EventKind::Transfer && event.transfer)
        insertTransfer(object, *event.transfer);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

namespace {
QString burstSentence(const BurstTracker::Summary &burst)
{
    return EventText::burstSummary(burst.sender, burst.transport == Transport::Udp, burst.total, burst.received,
                                   burst.missing(), burst.duplicates, burst.outOfOrder, burst.finished);
}
} // namespace

QByteArray EventLines::json(const BurstTracker::Summary &burst)
{
    QJsonObject object;
    object.insert(QStringLiteral("time"), isoLocalTime(QDateTime::currentDateTimeUtc()));
    object.insert(QStringLiteral("event"), QStringLiteral("burst"));
    object.insert(QStringLiteral("connection"), burst.senderId);
    object.insert(QStringLiteral("local"), QJsonValue());
    object.insert(QStringLiteral("remote"), endpointValue(burst.sender));
    object.insert(QStringLiteral("text"), burstSentence(burst));
    object.insert(QStringLiteral("bytes"), 0);
    object.insert(QStringLiteral("total"), burst.total);
    object.insert(QStringLiteral("received"), burst.received);
    object.insert(QStringLiteral("missing"), burst.missing());
    object.insert(QStringLiteral("duplicates"), burst.duplicates);
    object.insert(QStringLiteral("out_of_order"), burst.outOfOrder);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString EventLines::text(const BurstTracker::Summary &burst)
{
    return QStringLiteral("%1  %2").arg(clockText(QDateTime::currentDateTimeUtc()),
                                       burstSentence(burst));
}

QString EventLines::text(const LabEvent &event)
{
    const QString time = clockText(event.when);
    switch (event.kind) {
    case EventKind::Received:
        return tr("%1  #%2  %3 → %4: %5")
            .arg(time)
            .arg(event.connectionId)
            .arg(event.remote.toString(), EventText::byteCount(event.payload.size()), PayloadText::display(event.payload));
    case EventKind::Sent:
        return tr("%1  #%2  → %3 %4: %5")
            .arg(time)
            .arg(event.connectionId)
            .arg(event.remote.toString(), EventText::byteCount(event.payload.size()), PayloadText::display(event.payload));
    default:
        return QStringLiteral("%1  %2").arg(time, EventText::describe(event));
    }
}
