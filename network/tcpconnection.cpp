#include "network/tcpconnection.h"

#include "network/eventbatcher.h"
#include "network/socketerrors.h"

#include <QTcpSocket>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
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
    keepDescriptorForLastLine(false);
}

void TcpConnection::keepDescriptorForLastLine(bool needed)
{
#ifdef Q_OS_UNIX
    if (needed && m_lastLineDescriptor < 0 && m_socket->socketDescriptor() >= 0)
        m_lastLineDescriptor = ::fcntl(int(m_socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0); // -1: as before
    else if (!needed && m_lastLineDescriptor >= 0)
        ::close(std::exchange(m_lastLineDescriptor, -1)); // the last one: the kernel sends FIN now
#else
    Q_UNUSED(needed);
#endif
}

void TcpConnection::writeAfterPeerClosed(const QByteArray &data, qint64 messageCount)
{
#ifdef Q_OS_UNIX
    // A few bytes into a socket the peer only half-closed: they fit the kernel's buffer.
    const ssize_t written = ::send(m_lastLineDescriptor, data.constData(), size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (written == data.size()) {
        LabEvent sent = makeEvent(EventKind::Sent);
        sent.payload = data;
        sent.amount = messageCount;
        m_events->post(sent);
    }
#else
    Q_UNUSED(data);
    Q_UNUSED(messageCount);
#endif
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
    keepDescriptorForLastLine(false);
}

bool TcpConnection::writeBacklogFull() const
{
    // While the connection ends, everything that arrived is still read: nothing received is lost.
    return !m_draining && m_socket->bytesToWrite() > kMaxPendingWriteBytes;
}

void TcpConnection::onBytesWritten()
{
    if (m_holdingLastByte && m_socket->bytesToWrite() == 0) {
        // Every reply is in the kernel now: Qt may read the FIN, and close.
        m_holdingLastByte = false;
        m_socket->setReadBufferSize(kMaxReadBytes);
        readAvailable();
        return;
    }
    if (!m_waitingForPeerToRead || m_finished || m_socket->bytesToWrite() > kResumeReadingBelowBytes)
        return;
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
    note.amount = m_socket->bytesToWrite();
    m_events->post(note);
}

bool TcpConnection::peerHasFinishedSending() const
{
#ifdef Q_OS_UNIX
    char byte;
    return ::recv(int(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
#else
    return false;
#endif
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
        note.amount = piece.skippedBytes;
        m_events->post(note);
    }
}

void TcpConnection::waitForMainThread()
{
    if (m_waitingForMainThread)
        return;
    m_waitingForMainThread = true;
    QTimer::singleShot(kFloodRetryMs, this, [this] {
        m_waitingForMainThread = false;
        readAvailable();
    });
}

void TcpConnection::readAvailable()
{
    while (!m_finished && m_socket->bytesAvailable() > 0) {
        if (writeBacklogFull()) {
            noteWhenPeerStopsReading();
            return; // onBytesWritten reads on
        }
        if (!m_draining && m_events->isFlooded()) {
            waitForMainThread();
            return;
        }
        qint64 readNow = kMaxReadBytes;
        // The peer half-closed and replies still wait in Qt's write buffer. When Qt reads the
        // FIN it closes the socket and drops that buffer, so the stream's last byte stays
        // unread (and Qt's read buffer "full") until the replies are written: onBytesWritten.
        if (!m_draining && m_socket->bytesToWrite() > 0 && peerHasFinishedSending()) {
            if (m_socket->bytesAvailable() <= 1) {
                m_holdingLastByte = true;
                m_socket->setReadBufferSize(1);
                return;
            }
            readNow = qMin(readNow, m_socket->bytesAvailable() - 1);
        }
        QByteArray data = m_socket->read(readNow);
        if (data.isEmpty())
            break;
        // Qt hands back a buffer with room for 16-64 KiB (its read chunk, or what was asked for)
        // even for a 32-byte message, and the log keeps messages long: keep only their bytes.
        data.squeeze();
        m_bytesRead += data.size();
        if (m_framing == FramingMode::Raw) {
            deliver(data);
            continue;
        }
        deliverPieces(m_framer.feed(data));
    }
    // A half line waits for its newline, but the peer has half-closed (FIN behind the data):
    // its last line is complete now. Answered here, while the socket can still write: Qt
    // closes it as soon as it reads the FIN itself.
    if (!m_finished && m_framing == FramingMode::Line && m_framer.bufferedBytes() > 0 && peerHasFinishedSending())
        deliverLastLine();
    // The FIN may also come later, when Qt alone will see it: see keepDescriptorForLastLine.
    if (!m_finished)
        keepDescriptorForLastLine(m_framing == FramingMode::Line && m_framer.bufferedBytes() > 0);
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
    if (m_finished || m_closingByUs || data.isEmpty())
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        if (m_lastLineDescriptor >= 0)
            writeAfterPeerClosed(data, messageCount); // Qt closed on the FIN behind the last line
        return;
    }
    if (m_socket->bytesToWrite() + data.size() > kMaxQueuedSendBytes) {
        LabEvent refused = makeEvent(EventKind::Note);
        refused.note = NoteKind::NotSentPeerNotReading;
        refused.amount = data.size();
        m_events->post(refused);
        return;
    }
    if (m_socket->write(data) < 0)
        return; // errorOccurred reports it
    // Into the kernel now: if the peer's FIN is already queued behind its data, Qt closes the
    // socket when it reads that FIN, and whatever still sat in Qt's buffer would be lost.
    m_socket->flush();
    LabEvent sent = makeEvent(EventKind::Sent);
    sent.payload = data;
    sent.amount = messageCount;
    m_events->post(sent);
    if (writeBacklogFull())
        noteWhenPeerStopsReading();
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
    keepDescriptorForLastLine(false); // Qt's close must be the last one, for the RST
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
    if (m_framing == FramingMode::Line)
        deliverLastLine();
    keepDescriptorForLastLine(false); // its answer is out: FIN
    m_finished = true;
    LabEvent closed = makeEvent(EventKind::Closed);
    closed.reason = reason;
    m_events->post(closed);
    Q_EMIT finished(m_id);
}
