#pragma once

#include "network/endpoint.h"
#include "network/filetransferfacts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// What happened, as a value: network/ describes events with codes, never with sentences;
// model/eventtext.h turns them into words in the user's language.
enum class Transport {
    Tcp,
    Udp
};

enum class EventKind {
    Listening,  // a server socket is bound (and, for TCP, listening); local = bound address
    Stopped,    // the server stopped, or the UDP client closed its socket
    Accepted,   // a connection was accepted (local, remote = the 4-tuple)
    Resolving,  // a client looks up a host name (detail = the name)
    Connecting, // a TCP client sends SYN to remote (one address of the host)
    Connected,  // a TCP client's handshake completed (local = its ephemeral port)
    Bound,      // a UDP client's socket has its local port (remote = where it sends)
    Received,   // payload arrived (TCP: one read or line; UDP: one datagram)
    Sent,       // payload was written (amount > 1: a burst of that many messages)
    Closed,     // a connection ended (reason says how)
    Error,      // something failed (error says what)
    Note,       // a noteworthy fact that is not an error (note says what)
    Transfer    // a file transfer started, progressed, ended or was refused (transfer says how)
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
    PortUnreachable,   // UDP: an ICMP "port unreachable" came back
    DatagramTooLarge,  // UDP: more than 65,507 bytes (byteCount = the size asked for)
    TooManyOpenFiles,
    Other
};

enum class CloseReason {
    ClosedByPeer,     // the peer closed in order (FIN)
    ClosedByUs,       // we closed gracefully (FIN)
    AbortedByUs,      // we aborted with RST
    ClosedAfterError, // the connection failed (see the Error event before it)
    ServerStopped,    // the server was stopped with the connection open
    ResetByPeer,      // the peer reset the connection (RST): not an orderly close, not our error
    CancelledByUs     // a client's attempt given up in SYN-SENT, before any handshake completed
};

enum class NoteKind {
    LineTruncated,     // line framing: a line longer than the limit was cut
    ServingOneClient,  // simple server: serving one client, the next ones wait
    AddressFailed,     // a client: this address of the host failed (error says why), next one tried
    SwitchedAddress,   // UDP client: nothing listened at the old address; now sending to remote
    PeerNotReading,    // TCP: byteCount bytes wait for the peer to read; we stop reading from it
    NotSentPeerNotReading, // TCP: byteCount bytes the user sent were refused: too much waits already
    PeerReadingAgain,  // TCP: the peer read what waited; we read from it again
    ClientLimitReached, // TCP server: remote was closed at once, clientLimit clients already connected
    AcceptingAgain     // TCP server: file descriptors are free again; new clients are accepted
};

struct LabEvent
{
    QDateTime when;              // UTC, cheap to take; shown in local time (model/timeformat.h)
    EventKind kind = EventKind::Note;
    Transport transport = Transport::Tcp;
    int connectionId = 0;        // 0: the session itself; UDP: the peer's number
    Endpoint local;
    Endpoint remote;
    QByteArray payload;          // Received/Sent: the bytes
    LabError error = LabError::None;
    CloseReason reason = CloseReason::ClosedByPeer;
    NoteKind note = NoteKind::LineTruncated;
    // Sent: how many messages payload holds, more than 1 for a burst (TCP: the bytes as sent;
    // UDP: the datagrams joined by "\n", one join fewer than datagrams).
    qint64 messageCount = 0;
    // LineTruncated: the bytes cut off. PeerNotReading: the bytes waiting to be sent.
    // NotSentPeerNotReading: the bytes refused. DatagramTooLarge (Error): the size asked for.
    qint64 byteCount = 0;
    int backlog = 0;     // Listening (TCP): the backlog listen() was given
    int clientLimit = 0; // ClientLimitReached: the server's limit of clients
    // TCP: bytes read from this connection so far, line endings and cut tails included (what
    // Wireshark counts); 0 where that does not apply (UDP, the session's own events).
    qint64 streamBytes = 0;
    QString detail;              // Error: the system's own message; Resolving: the host name
    TransferFactsPointer transfer; // Transfer: the figures (shared, so events stay small)

    static LabEvent make(EventKind kind, int connectionId = 0);
};

// Every member moves as plain bytes (Qt declares QDateTime, QByteArray and QString so): a
// growing QList of events, or of the models' rows that hold one, is realloc()ed, which for a
// large list moves page tables instead of copying every element into freshly faulted pages,
// which was the window's longest stall under load (bench/README.md).
static_assert(QTypeInfo<QDateTime>::isRelocatable && QTypeInfo<Endpoint>::isRelocatable
              && QTypeInfo<QByteArray>::isRelocatable && QTypeInfo<QString>::isRelocatable
              && QTypeInfo<TransferFactsPointer>::isRelocatable);
Q_DECLARE_TYPEINFO(LabEvent, Q_RELOCATABLE_TYPE);

using LabEventBatch = QList<LabEvent>;

Q_DECLARE_METATYPE(LabEvent)
