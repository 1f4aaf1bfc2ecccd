#include "network/filetransfersender.h"

#include "network/eventbatcher.h"
#include "network/nativesocket.h"

#include <QTcpSocket>

FileTransferSender::FileTransferSender(int id, QTcpSocket *socket, const QString &canonicalRoot,
                                       EventBatcher *events, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_root(canonicalRoot)
    , m_events(events)
    , m_local(socket->localAddress(), socket->localPort())
    , m_remote(socket->peerAddress(), socket->peerPort())
{
    socket->setParent(this);
    // The request is small: more than this unread is already a refusal (TooLong).
    socket->setReadBufferSize(RequestName::kMaxRequestBytes + 1);
    // Every write of ours is smaller than loopback's 64 KiB segment: with Nagle on, each would
    // wait for the ACK of the one before, which the client delays (bench/README.md).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &FileTransferSender::readRequest);
    connect(socket, &QTcpSocket::bytesWritten, this, &FileTransferSender::sendMore);
    connect(socket, &QTcpSocket::disconnected, this, &FileTransferSender::onDisconnected);
    m_events->post(makeEvent(EventKind::Accepted));
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FileTransferSender::readRequest, Qt::QueuedConnection);
}

LabEvent FileTransferSender::makeEvent(EventKind kind) const
{
    LabEvent event = LabEvent::make(kind, m_id);
    event.local = m_local;
    event.remote = m_remote;
    return event;
}

void FileTransferSender::postTransfer(const TransferFactsPointer &facts)
{
    LabEvent event = makeEvent(EventKind::Transfer);
    event.transfer = facts;
    m_events->post(event);
}

qint64 FileTransferSender::queuedBytes() const
{
    return m_socket->bytesToWrite();
}

void FileTransferSender::readRequest()
{
    if (m_state != State::Reading)
        return; // nothing after the request is read: see holdReading()
    const QByteArray bytes = m_socket->peek(m_socket->bytesAvailable());
    m_request += bytes;
    // One recv() of the request, as the log shows it (usually the whole name and its NUL).
    LabEvent received = makeEvent(EventKind::Received);
    received.payload = bytes;
    received.streamBytes = m_request.size();
    m_events->post(received);
    holdReading(bytes.size());

    QByteArray name;
    const bool atEnd = m_socket->state() != QAbstractSocket::ConnectedState;
    switch (RequestName::frame(m_request, atEnd, &name)) {
    case RequestName::Framing::Incomplete:
        return;
    case RequestName::Framing::TooLong:
        refuse(m_request.left(RequestName::kMaxRequestBytes), RequestName::Refusal::TooLong);
        return;
    case RequestName::Framing::Complete:
        break;
    }
    const RequestName::Resolved resolved = RequestName::resolve(m_root, name);
    if (resolved.refusal != RequestName::Refusal::None) {
        refuse(name, resolved.refusal);
        return;
    }
    m_file.setFileName(resolved.path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        refuse(name, RequestName::Refusal::Unreadable);
        return;
    }
    m_meter.start(QString::fromUtf8(name), true);
    m_meter.base().file = resolved.path;
    m_meter.base().fileSize = resolved.size;
    m_state = State::Sending;
    postTransfer(m_meter.facts(TransferFacts::Phase::Started));
    sendMore();
}

// Qt closes its socket, dropping what waits to be written, the moment it reads the client's FIN,
// and `nc -N` or a shutdown() right after the name sends one at once. Once the request is whole,
// one of its bytes stays unread in a read buffer of one byte: a full buffer keeps Qt from reading
// further, so the FIN is not read, and a client that leaves shows as a failed write instead.
void FileTransferSender::holdReading(qint64 peeked)
{
    QByteArray name;
    const bool whole = RequestName::frame(m_request, false, &name) != RequestName::Framing::Incomplete;
    m_socket->skip(whole ? peeked - 1 : peeked);
    if (whole)
        m_socket->setReadBufferSize(1);
}

void FileTransferSender::refuse(const QByteArray &name, RequestName::Refusal refusal)
{
    m_state = State::Done;
    TransferFacts facts;
    facts.phase = TransferFacts::Phase::Refused;
    facts.sending = true;
    facts.name = QString::fromUtf8(name);
    facts.refusal = refusal;
    postTransfer(TransferFactsPointer::create(std::move(facts)));
    // Closed without a byte of data: the course's client reads 0 and stops.
    m_closeReason = CloseReason::ClosedByUs;
    m_socket->disconnectFromHost();
}

void FileTransferSender::sendMore()
{
    if (m_state != State::Sending)
        return;
    char block[kBlockBytes];
    while (m_socket->bytesToWrite() < kMaxQueuedBytes) {
        const qint64 read = m_file.read(block, kBlockBytes);
        if (read < 0) {
            fail(TransferFacts::Failure::CannotRead);
            return;
        }
        if (read == 0)
            break;
        m_socket->write(block, read);
        m_meter.count(block, read);
    }
    if (m_file.atEnd() && m_socket->bytesToWrite() == 0) {
        // Every byte is with the kernel: end of file is simply the connection's end (FIN).
        m_state = State::Done;
        postTransfer(m_meter.facts(TransferFacts::Phase::Finished));
        m_closeReason = CloseReason::ClosedByUs;
        m_socket->disconnectFromHost();
    } else if (m_meter.progressDue()) {
        postTransfer(m_meter.facts(TransferFacts::Phase::Progress));
    }
}

void FileTransferSender::fail(TransferFacts::Failure failure)
{
    m_state = State::Done;
    // What the kernel took, not what still waited in our queue.
    m_meter.base().bytes -= m_socket->bytesToWrite();
    postTransfer(m_meter.facts(TransferFacts::Phase::Failed, failure));
}

void FileTransferSender::abortTransfer(CloseReason reason)
{
    if (m_closed)
        return;
    if (m_state == State::Sending)
        fail(TransferFacts::Failure::Cancelled);
    m_state = State::Done;
    m_closeReason = reason;
    // RST, not FIN: the client must not take a cut file for a whole one (close() alone sends FIN).
    NativeSocket::resetOnClose(m_socket->socketDescriptor());
    m_socket->abort();
    onDisconnected();
}

void FileTransferSender::onDisconnected()
{
    if (m_closed)
        return;
    if (m_state == State::Sending)
        fail(TransferFacts::Failure::PeerClosedEarly);
    m_closed = true;
    LabEvent closed = makeEvent(EventKind::Closed);
    closed.reason = m_closeReason;
    m_events->post(closed);
    Q_EMIT finished(m_id);
}
