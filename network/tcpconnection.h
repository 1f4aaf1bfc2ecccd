#pragma once

#include "network/framingmode.h"
#include "network/labevent.h"
#include "network/lineframer.h"
#include "network/replypolicy.h"

#include <QObject>
#include <QTimer>

#include <optional>

class EventBatcher;
class QTcpSocket;
class SpareDescriptor;

// One open TCP connection: reads it with the chosen framing, answers with the reply policy,
// writes what the user sends, counts nothing itself (models count from the events), and
// reports everything as LabEvents. Used by the server sessions and the client pages alike.
class TcpConnection : public QObject
{
    Q_OBJECT
public:
    // How much one read takes at most: also Qt's read buffer, so a fast sender is slowed by
    // TCP flow control instead of growing our memory.
    static constexpr qint64 kMaxReadBytes = 64 * 1024;
    // A peer that sends but never reads would make the replies pile up in our memory without
    // end (Qt's write buffer has no limit). Past this much waiting we stop reading from it, so
    // TCP flow control holds the peer back too, and read again once it has caught up.
    static constexpr qint64 kMaxPendingWriteBytes = 4 * 1024 * 1024;
    static constexpr qint64 kResumeReadingBelowBytes = 1024 * 1024;
    // What the user (or a burst) may queue for a peer that does not read; more is refused, said.
    static constexpr qint64 kMaxQueuedSendBytes = 64 * 1024 * 1024;
    // While the main thread is behind (EventBatcher::isFlooded), reading waits this long and
    // looks again: the peer is held back by TCP meanwhile.
    static constexpr int kFloodRetryMs = 5;

    // Takes ownership of an already connected socket.
    TcpConnection(int id, QTcpSocket *socket, EventBatcher *events, QObject *parent = nullptr);
    ~TcpConnection() override;

    int id() const { return m_id; }
    Endpoint local() const { return m_local; }
    Endpoint remote() const { return m_remote; }
    bool isOpen() const { return m_state != State::Finished; }

    void setFraming(FramingMode framing);
    void setReplyMode(ReplyMode mode);

    // messageCount > 1: data holds that many messages (a burst), counted as such.
    void send(const QByteArray &data, qint64 messageCount = 1);
    // Graceful close: pending data is written, then FIN.
    void closeGracefully(CloseReason reason = CloseReason::ClosedByUs);
    // Abortive close: SO_LINGER 0, so the kernel sends RST and discards unsent data.
    void abortWithReset();

    // The first event of a connection (Accepted), filled with its 4-tuple.
    LabEvent makeEvent(EventKind kind) const;

Q_SIGNALS:
    // The connection is over and its Closed event posted; the owner drops it (deleteLater).
    void finished(int id);

private:
    // Where the connection is in its life. Every step only goes forward.
    enum class State {
        Open,
        Draining,    // finish(): what is left to read is delivered and answered
        SendingRest, // the spare descriptor sends what is left, then Closed
        Finished     // Closed is posted
    };

    // From finish() on, everything that arrived is read, whatever waits to be written.
    bool draining() const { return m_state != State::Open; }
    bool closingByUs() const { return m_requestedClose.has_value(); }

    void readAvailable();
    // The events of what was read wait for the main thread: read again in kFloodRetryMs.
    void waitForMainThread();
    // Backpressure: too much waits to be written (see kMaxPendingWriteBytes).
    bool writeBacklogFull() const;
    void onBytesWritten();
    void noteWhenPeerStopsReading();
    void consumeReadBuffer();
    void deliverLastLine();
    void deliverPieces(const QList<LineFramer::Piece> &pieces);
    void deliver(const QByteArray &message);
    // Qt's socket can still write: connected, or closing by us with data left.
    bool qtSocketWrites() const;
    // Qt closes its descriptor the moment it reads the peer's FIN (a half-close), dropping
    // what its write buffer holds. While something could still have to be written then,
    // m_spare keeps a second descriptor: see SpareDescriptor.
    void keepSpareDescriptorIfNeeded();
    void onDisconnected();
    void onSocketError();
    // The connection ends: what is left to read is delivered (and answered through the spare
    // descriptor, if Qt's is closed), then Closed once what waits is sent. A second call while
    // that waits ends it at once.
    void finish(CloseReason reason);
    void onSpareDescriptorFinished(int errorNumber);
    void endWith(CloseReason reason);
    // The peer ended the connection: with FIN, or with RST (as the witness tells).
    CloseReason peerCloseReason() const;
    void dropWitness();

    int m_id;
    QTcpSocket *m_socket;
    EventBatcher *m_events;
    Endpoint m_local;
    Endpoint m_remote;
    FramingMode m_framing = FramingMode::Raw;
    ReplyMode m_replyMode = ReplyMode::None;
    LineFramer m_framer;
    State m_state = State::Open;
    std::optional<CloseReason> m_requestedClose; // set once we close (gracefully or with RST)
    CloseReason m_reasonOnceSent = CloseReason::ClosedByPeer; // SendingRest: Closed's reason
    // Backpressure: reading waits until the peer has read what we wrote (see kMaxPendingWriteBytes).
    bool m_waitingForPeerToRead = false;
    QTimer m_floodRetry; // flooded: reading looks again in kFloodRetryMs
    qint64 m_bytesRead = 0;
    SpareDescriptor *m_spare;
    // A second descriptor held from the start until we close or the connection ends, so the
    // kernel's socket outlives Qt's close and tells FIN from RST (NativeSocket::howPeerClosed).
    qintptr m_witness;
};
