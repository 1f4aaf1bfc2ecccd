#include "network/tcpconnection.h"

#include "network/eventbatcher.h"
#include "network/socketerrors.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
#ifdef Q_OS_WIN
#include <winsock2.h>
#endif

TcpConnection::TcpConnection(int id, QTcpSocket *socket, EventBatcher *events, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_events(events)
    , m_local(socket->localAddress(), socket->localPort())
    , m_remote(socket->peerAddress(), socket->peerPort())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kMaxReadBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpConnection::onSocketError);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpConnection::onBytesWritten);
}

TcpConnection::~TcpConnection()
{
    m_socket->disconnect(this);
}

LabEvent TcpConnection::makeEvent(EventKind kind) const
{
    LabEvent event = LabEvent::make(kind, m_id);
    event.local = m_local;
    event.remote = m_remote;
    return event;
}

void TcpConnection::setFraming(FramingMode framing)
{
    if (framing == m_framing)
        return;
    // Whatever a half line held is delivered as it is, so no byte is lost by the switch.
    if (m_framing == FramingMode::Line) {
        for (const LineFramer::Piece &piece : m_framer.finish())
            if (piece.type != LineFramer::Piece::SkippedTail)
                deliver(piece.bytes);
    }
    m_framing = framing;
}

bool TcpConnection::writeBacklogFull() const
{
    // While the connection ends, everything that arrived is still read: nothing received is lost.
    return !m_draining && m_socket->bytesToWrite() > kMaxPendingWriteBytes;
}

void TcpConnection::onBytesWritten()
{
    if (!m_waitingForPeerToRead || m_finished || m_socket->bytesToWrite() > kResumeReadingBelowBytes)
        return;
    m_waitingForPeerToRead = false;
    LabEvent note = makeEvent(EventKind::Note);
    note.note = NoteKind::PeerReadingAgain;
    m_events->post(note);
    readAvailable(); // what waited in Qt's (bounded) read buffer meanwhile
}

void TcpConnection::readAvailable()
{
    while (!m_finished && m_socket->bytesAvailable() > 0) {
        if (writeBacklogFull()) {
            if (!m_waitingForPeerToRead) {
                m_waitingForPeerToRead = true;
                LabEvent note = makeEvent(EventKind::Note);
                note.note = NoteKind::PeerNotReading;
                note.amount = m_socket->bytesToWrite();
                m_events->post(note);
            }
            return; // onBytesWritten reads on
        }
        const QByteArray data = m_socket->read(kMaxReadBytes);
        if (data.isEmpty())
            break;
        if (m_framing == FramingMode::Raw) {
            deliver(data);
            continue;
        }
        for (const LineFramer::Piece &piece : m_framer.feed(data)) {
            if (piece.type == LineFramer::Piece::SkippedTail) {
                LabEvent note = makeEvent(EventKind::Note);
                note.note = NoteKind::LineTruncated;
                note.amount = piece.skippedBytes;
                m_events->post(note);
            } else {
                deliver(piece.bytes);
            }
        }
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
    if (m_finished || m_closingByUs || data.isEmpty()
        || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->write(data) < 0)
        return; // errorOccurred reports it
    // Into the kernel now: if the peer's FIN is already queued behind its data, Qt closes the
    // socket when it reads that FIN, and whatever still sat in Qt's buffer would be lost.
    m_socket->flush();
    LabEvent sent = makeEvent(EventKind::Sent);
    sent.payload = data;
    sent.amount = messageCount;
    m_events->post(sent);
}

void TcpConnection::closeGracefully(CloseReason reason)
{
    if (m_finished || m_closingByUs)
        return;
    m_closingByUs = true;
    m_closeReason = reason;
    m_socket->flush(); // hand Qt's buffer to the kernel, so the close can happen now
    m_socket->disconnectFromHost();
    // A stopping server does not wait for a slow peer to read what is left.
    if (reason == CloseReason::ServerStopped && !m_finished)
        finish(reason);
}

void TcpConnection::abortWithReset()
{
    if (m_finished)
        return;
#if defined(Q_OS_UNIX) || defined(Q_OS_WIN)
    // With a zero linger time close() resets the connection instead of the FIN handshake.
    struct linger lingerOption { 1, 0 };
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                 reinterpret_cast<const char *>(&lingerOption), sizeof lingerOption);
#endif
    m_closingByUs = true;
    m_closeReason = CloseReason::AbortedByUs;
    m_socket->abort();
    finish(CloseReason::AbortedByUs);
}

void TcpConnection::onDisconnected()
{
    finish(m_closingByUs ? m_closeReason : CloseReason::ClosedByPeer);
}

void TcpConnection::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError || m_finished)
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
    if (m_finished)
        return;
    // Bytes that arrived just before the close are still delivered.
    m_draining = true;
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
    if (m_framing == FramingMode::Line) {
        for (const LineFramer::Piece &piece : m_framer.finish())
            if (piece.type != LineFramer::Piece::SkippedTail)
                deliver(piece.bytes);
    }
    m_finished = true;
    LabEvent closed = makeEvent(EventKind::Closed);
    closed.reason = reason;
    m_events->post(closed);
    Q_EMIT finished(m_id);
}
