#pragma once

#include "network/endpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// What happened, as a value: network/ describes events with codes, never with sentences;
// model/eventtext.h turns them into words in the user's language.
enum class EventKind {
    Listening,  // the server socket is bound and listening (local = bound address)
    Stopped,    // the server stopped listening
    Accepted,   // a connection was accepted (local, remote = the 4-tuple)
    Received,   // payload arrived on a connection
    Sent,       // payload was written to a connection
    Closed,     // a connection ended (reason says how)
    Error,      // something failed (error says what)
    Note        // a noteworthy fact that is not an error (note says what)
};

enum class LabError {
    None,
    InvalidPort,
    InvalidAddress,
    AddressInUse,
    AddressNotAvailable,
    PermissionDenied,
    ConnectionRefused,
    HostNotFound,
    Timeout,
    NetworkUnreachable,
    ConnectionReset,
    TooManyOpenFiles,
    Other
};

enum class CloseReason {
    ClosedByPeer,     // the peer closed (FIN, or RST: Qt reads both as end of stream)
    ClosedByUs,       // we closed gracefully (FIN)
    AbortedByUs,      // we aborted with RST
    ClosedAfterError, // the connection failed (see the Error event before it)
    ServerStopped     // the server was stopped with the connection open
};

enum class NoteKind {
    LineTruncated,    // line framing: a line longer than the limit was cut
    ServingOneClient  // simple server: serving one client, the next ones wait
};

struct LabEvent
{
    QDateTime when;
    EventKind kind = EventKind::Note;
    int connectionId = 0;        // 0: the session itself (listening, stopped...)
    Endpoint local;
    Endpoint remote;
    QByteArray payload;          // Received/Sent: the bytes
    LabError error = LabError::None;
    CloseReason reason = CloseReason::ClosedByPeer;
    NoteKind note = NoteKind::LineTruncated;
    qint64 amount = 0;           // LineTruncated: bytes cut off
    QString detail;              // Error: the system's own message, for the curious

    static LabEvent make(EventKind kind, int connectionId = 0);
};

using LabEventBatch = QList<LabEvent>;

Q_DECLARE_METATYPE(LabEvent)
