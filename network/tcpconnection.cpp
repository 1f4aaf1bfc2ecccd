#include "network/tcpconnection.h"

#include "network/eventbatcher.h"
#include "network/socketerrors.h"
#include "network/sparedescriptor.h"

#include <QTcpSocket>

#include <utility>

#include "network/nativesocket.h"

TcpConnection::TcpConnection(int id, QTcpSocket *socket, EventBatcher *events, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_events(events)
    , m_local(socket->localAddress(), socket->localPort())
    , m_remote(socket->peerAddress(), socket->peerPort())
    , m_floodRetry(this) // a child, so moveToThread() takes the timer along
    , m_spare(new SpareDescriptor(this))
    , m_witness(NativeSocket::keepWitness(socket->socketDescriptor()))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kMaxReadBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpConnection::onSocketError);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpConnection::onBytesWritten);
    connect(m_spare, &SpareDescriptor::finished, this, &TcpConnection::onSpareDescriptorFinished);
    m_floodRetry.setSingleShot(true);
    m_floodRetry.setInterval(kFloodRetryMs);
    connect(&m_floodRetry, &QTimer::timeout, this, &TcpConnection::readAvailable);
}

TcpConnection::~TcpConnection()
{
    m_socket->disconnect(this);
    m_spare->disconnect(this);
    dropWitness();
}

void TcpConnection::dropWitness()
{
    NativeSocket::close(std::exchange(m_witness, NativeSocket::kNone));
}

CloseReason TcpConnection::peerCloseReason() const
{
    return NativeSocket::howPeerClosed(m_witness) == NativeSocket::PeerClose::Reset ? CloseReason::ResetByPeer
                                                                                   : CloseReason::ClosedByPeer;
}

bool TcpConnection::qtSocketWrites() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState || m_socket->state() == QAbstractSocket::ClosingState;
}

void TcpConnection::keepSpareDescriptorIfNeeded()
{
    if (draining() || !qtSocketWrites())
        return;
    // What could still have to be written once Qt has read a FIN and closed: replies in Qt's
    // write buffer, answers to what Qt has read and we have not yet, a half line's answer.
    const bool answers = m_replyMode != ReplyMode::None;
    const bool needed = m_socket->bytesToWrite() > 0 || (answers && m_socket->bytesAvailable() > 0)
        || (answers && m_framing == FramingMode::Line && m_framer.bufferedBytes() > 0);
    m_spare->keep(needed, m_socket->socketDescriptor());
}

LabEvent TcpConnection::makeEvent(EventKind kind) const
{
    LabEvent event = LabEvent::make(kind, m_id);
    event.local = m_local;
    event.remote = m_remote;
    event.streamBytes = m_bytesRead;
    return event;
}

void TcpConnection::setFraming(FramingMode framing)
{
    if (framing == m_framing)
        return;
    // Whatever a half line held is delivered as it is, so no byte is lost by the switch.
    if (m_framing == FramingMode::Line)
        deliverLastLine();
    m_framing = framing;
    keepSpareDescriptorIfNeeded();
}

void TcpConnection::setReplyMode(ReplyMode mode)
{
    m_replyMode = mode;
    keepSpareDescriptorIfNeeded();
}

bool TcpConnection::writeBacklogFull() const
{
    // While the connection ends, everything that arrived is still read: nothing received is lost.
    return !draining() && m_socket->bytesToWrite() > kMaxPendingWriteBytes;
}

void TcpConnection::onBytesWritten()
{
    if (qtSocketWrites())
        m_spare->noteQtBuffer(m_socket->bytesToWrite());
    if (!m_waitingForPeerToRead || m_state == State::Finished || m_socket->bytesToWrite() > kResumeReadingBelowBytes) {
        keepSpareDescriptorIfNeeded();
        return;
    }
    m_waitingForPeerToRead = false;
    LabEvent note = makeEvent(EventKind::Note);
    note.note = NoteKind::PeerReadingAgain;
    m_events->post(note);
    readAvailable(); // what waited in Qt's (bounded) read buffer meanwhile
}

void TcpConnection::noteWhenPeerStopsReading()
{
    if (m_waitingForPeerToRead)
        return;
    m_waitingForPeerToRead = true;
    LabEvent note = makeEvent(EventKind::Note);
    note.note = NoteKind::PeerNotReading;
    note.byteCount = m_socket->bytesToWrite();
    m_events->post(note);
}

void TcpConnection::deliverLastLine()
{
    deliverPieces(m_framer.finish());
}

void TcpConnection::deliverPieces(const QList<LineFramer::Piece> &pieces)
{
    for (const LineFramer::Piece &piece : pieces) {
        if (piece.type != LineFramer::Piece::SkippedTail) {
            deliver(piece.bytes);
            continue;
        }
        // What an over-long line had beyond the limit: counted, said, not kept.
        LabEvent note = makeEvent(EventKind::Note);
        note.note = NoteKind::LineTruncated;
        note.byteCount = piece.skippedBytes;
        m_events->post(note);
    }
}

void TcpConnection::waitForMainThread()
{
    if (!m_floodRetry.isActive())
        m_floodRetry.start();
}

void TcpConnection::readAvailable()
{
    consumeReadBuffer();
    keepSpareDescriptorIfNeeded();
}

void TcpConnection::consumeReadBuffer()
{
    while (m_state != State::Finished) {
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            break;
        if (writeBacklogFull()) {
            noteWhenPeerStopsReading();
            return; // onBytesWritten reads on
        }
        if (!draining() && m_events->isFlooded()) {
            waitForMainThread();
            return;
        }
        // Exactly the bytes that are there: the log keeps messages long, and a buffer of the
        // whole read size per message costs the allocator dearly (bench/README.md).
        QByteArray data(qMin(available, kMaxReadBytes), Qt::Uninitialized);
        const qint64 got = m_socket->read(data.data(), data.size());
        if (got <= 0)
            break;
        data.truncate(got);
        m_bytesRead += data.size();
        if (m_framing == FramingMode::Raw) {
            deliver(data);
            continue;
        }
        deliverPieces(m_framer.feed(data));
    }
}

void TcpConnection::deliver(const QByteArray &message)
{
    LabEvent received = makeEvent(EventKind::Received);
    received.payload = message;
    m_events->post(received);
    const QByteArray reply = replyFor(m_replyMode, message);
    if (!reply.isEmpty() || (m_replyMode != ReplyMode::None && message.isEmpty()))
        send(m_framing == FramingMode::Line ? reply + '\n' : reply);
}

void TcpConnection::send(const QByteArray &data, qint64 messageCount)
{
    if (m_state == State::Finished || closingByUs() || data.isEmpty())
        return;
    const bool qtWrites = qtSocketWrites();
    if (!qtWrites && !m_spare->hasTakenOver())
        return; // closed, and nothing kept to write through
    const qint64 waiting = qtWrites ? m_socket->bytesToWrite() : m_spare->unsentBytes();
    if (waiting + data.size() > kMaxQueuedSendBytes) {
        LabEvent refused = makeEvent(EventKind::Note);
        refused.note = NoteKind::NotSentPeerNotReading;
        refused.byteCount = data.size();
        m_events->post(refused);
        return;
    }
    if (qtWrites) {
        if (m_socket->write(data) < 0)
            return; // errorOccurred reports it
        m_socket->flush(); // into the kernel now, as much as it takes
        m_spare->noteWritten(data, m_socket->bytesToWrite());
    } else {
        m_spare->send(data); // Qt read the peer's FIN and closed: the answer goes out all the same
    }
    LabEvent sent = makeEvent(EventKind::Sent);
    sent.payload = data;
    sent.messageCount = messageCount;
    m_events->post(sent);
    if (qtWrites && writeBacklogFull())
        noteWhenPeerStopsReading();
    keepSpareDescriptorIfNeeded();
}

void TcpConnection::closeGracefully(CloseReason reason)
{
    if (m_state == State::Finished || closingByUs())
        return;
    m_requestedClose = reason;
    dropWitness(); // Qt's close must be the socket's last one, for our FIN
    if (qtSocketWrites()) {
        m_socket->flush(); // hand Qt's buffer to the kernel, so the close can happen now
        m_spare->noteQtBuffer(m_socket->bytesToWrite());
    }
    m_socket->disconnectFromHost();
    // A stopping server does not wait for a slow peer to read what is left.
    if (reason == CloseReason::ServerStopped && m_state != State::Finished)
        finish(reason);
}

void TcpConnection::abortWithReset()
{
    if (m_state == State::Finished)
        return;
    // With a zero linger time the socket's last close() resets the connection instead of the FIN
    // handshake. The option belongs to the socket: either descriptor sets it.
    const qintptr descriptor = m_socket->socketDescriptor() >= 0 ? m_socket->socketDescriptor() : m_spare->descriptor();
    NativeSocket::resetOnClose(descriptor);
    dropWitness();
    m_spare->close(); // Qt's close must be the last one, for the RST (if Qt's is still open)
    m_requestedClose = CloseReason::AbortedByUs;
    m_socket->abort();
    finish(CloseReason::AbortedByUs);
}

void TcpConnection::onDisconnected()
{
    finish(m_requestedClose.value_or(peerCloseReason()));
}

void TcpConnection::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError || m_state == State::Finished)
        return; // a close by the peer is a normal event, reported by onDisconnected
    LabEvent event = makeEvent(EventKind::Error);
    event.error = labErrorFrom(error);
    event.detail = m_socket->errorString();
    m_events->post(event);
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish(CloseReason::ClosedAfterError);
}

void TcpConnection::finish(CloseReason reason)
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::SendingRest) {
        m_spare->close(); // a stop or an abort does not wait for a slow peer
        endWith(reason);
        return;
    }
    // Bytes that arrived just before the close are still delivered, and answered where the
    // connection is still ours to write: through the spare descriptor when Qt's is closed.
    m_state = State::Draining;
    const bool writesOn = reason == CloseReason::ClosedByPeer || reason == CloseReason::ClosedByUs;
    if (!writesOn || !m_spare->takeOver())
        m_spare->close();
    dropWitness(); // after the spare took over: what is left still goes out before our FIN
    if (m_socket->bytesAvailable() > 0)
        consumeReadBuffer();
    if (m_framing == FramingMode::Line)
        deliverLastLine();
    if (!m_spare->hasTakenOver()) {
        endWith(reason);
        return;
    }
    // Delivering may have ended the connection already (an error while answering).
    if (m_state != State::Finished)
        m_state = State::SendingRest;
    m_reasonOnceSent = reason;
    m_spare->closeWhenSent(); // its FIN goes after the last byte: onSpareDescriptorFinished
}

void TcpConnection::onSpareDescriptorFinished(int errorNumber)
{
    if (m_state == State::Finished)
        return;
    if (errorNumber == 0) {
        endWith(m_reasonOnceSent);
        return;
    }
    if (NativeSocket::isPeerReset(errorNumber)) {
        endWith(CloseReason::ResetByPeer); // the peer's RST, not an error of ours
        return;
    }
    // The peer reset (or the network failed) before it had everything.
    LabEvent event = makeEvent(EventKind::Error);
    event.error = NativeSocket::labError(errorNumber);
    event.detail = NativeSocket::errorText(errorNumber);
    m_events->post(event);
    endWith(CloseReason::ClosedAfterError);
}

void TcpConnection::endWith(CloseReason reason)
{
    m_state = State::Finished;
    LabEvent closed = makeEvent(EventKind::Closed);
    closed.reason = reason;
    m_events->post(closed);
    Q_EMIT finished(m_id);
}
