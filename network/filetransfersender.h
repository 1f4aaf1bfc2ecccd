#pragma once

#include "network/filetransfer.h"
#include "network/labevent.h"

#include <QFile>
#include <QObject>

class EventBatcher;
class QTcpSocket;

// One client of the file server, as the course's C server serves it: read the name (up to
// NUL or newline), send the file's bytes in 4096-byte blocks, close. The file is read only as
// the socket drains (bytesWritten), so at most kMaxQueuedBytes wait in memory however large the
// file and however slowly the client reads: a client that stops reading makes us wait.
class FileTransferSender : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kBlockBytes = 4096;
    static constexpr qint64 kMaxQueuedBytes = 64 * kBlockBytes;

    // Takes ownership of an accepted socket; serves files of canonicalRoot.
    FileTransferSender(int id, QTcpSocket *socket, const QString &canonicalRoot, EventBatcher *events,
                       QObject *parent = nullptr);

    // The server stops, or the user aborts this client: RST, the transfer is reported as cancelled.
    void abortTransfer(CloseReason reason);
    // Bytes handed to the socket and not yet taken by the kernel (tests: bounded memory).
    qint64 queuedBytes() const;

Q_SIGNALS:
    // Closed is posted; the owner drops it (deleteLater).
    void finished(int id);

private:
    enum class State {
        Reading, // the request
        Sending,
        Done     // everything handed over (or refused): closing
    };

    LabEvent makeEvent(EventKind kind) const;
    void postTransfer(const TransferFactsPointer &facts);
    void readRequest();
    void holdReading(qint64 peeked);
    void serve(const QByteArray &name);
    void refuse(const QByteArray &name, RequestName::Refusal refusal);
    void sendMore();
    void fail(TransferFacts::Failure failure);
    void onDisconnected();

    int m_id;
    QTcpSocket *m_socket;
    QString m_root;
    EventBatcher *m_events;
    Endpoint m_local;
    Endpoint m_remote;
    State m_state = State::Reading;
    QByteArray m_request;
    QFile m_file;
    TransferMeter m_meter;
    CloseReason m_closeReason = CloseReason::ClosedByPeer;
    bool m_closed = false;
};
