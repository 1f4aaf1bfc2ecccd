#pragma once

#include "network/connecttarget.h"
#include "network/filetransfer.h"
#include "network/labevent.h"

#include <QObject>
#include <QTimer>

#include <memory>

class EventBatcher;
class QSaveFile;
class QTcpSocket;

struct FileClientConfig : ConnectTarget
{
    static constexpr quint16 kDefaultPort = 12345;

    FileClientConfig()
        : ConnectTarget(kDefaultPort)
    {
    }

    QString name;       // the file asked for, sent as UTF-8 followed by a NUL byte
    QString outputPath; // where it is saved
    bool overwrite = false; // an existing file there is replaced (the page asks first)
};

Q_DECLARE_METATYPE(FileClientConfig)

// The course's file client: connect, send the name and a NUL, recv() until the server closes.
// The bytes go to a temporary file beside the destination (QSaveFile), renamed only once the
// stream has ended: an interrupted download leaves no half file under the final name.
class FileClientSession : public QObject
{
    Q_OBJECT
public:
    // Qt's read buffer: one recv() takes at most this much, and a fast server is held back by
    // TCP flow control while the disk catches up, instead of growing our memory.
    static constexpr qint64 kMaxReadBytes = 64 * 1024;

    explicit FileClientSession(QObject *parent = nullptr);
    ~FileClientSession() override;

    bool isBusy() const { return m_socket != nullptr; }

public Q_SLOTS:
    void download(const FileClientConfig &config);
    // Stops the download: RST, nothing saved.
    void cancel();

Q_SIGNALS:
    void eventsReady(const LabEventBatch &batch);

private:
    LabEvent makeEvent(EventKind kind) const;
    void postTransfer(TransferFacts::Phase phase, TransferFacts::Failure failure = TransferFacts::Failure::None);
    void failBeforeConnecting(TransferFacts::Failure failure, const QString &detail);
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    // Ends the download: saved when the stream ended normally with bytes, discarded otherwise.
    void finish(TransferFacts::Failure failure, CloseReason reason);

    EventBatcher *m_events;
    QTcpSocket *m_socket = nullptr;
    std::unique_ptr<QSaveFile> m_output;
    QTimer m_connectTimer;
    FileClientConfig m_config;
    TransferMeter m_meter;
    QByteArray m_buffer;
    Endpoint m_local;
    Endpoint m_remote;
    bool m_connected = false;
    qintptr m_duplicate = -1; // tells a FIN from an RST once Qt has closed (NativeSocket::keepWitness)
    int m_connectionId = 0;
};
