#pragma once

#include "network/capture/capturesession.h"
#include "network/capture/capturestream.h"

#include <QObject>
#include <QTimer>

class QProcess;

// Capture through Wireshark's dumpcap: on Windows always, on Linux for users who may not
// capture themselves but are in the wireshark group (dumpcap holds the capability). dumpcap
// writes pcap (one interface) or pcapng (several) to its standard output; this reads it and
// hands over the same batches as CaptureSession, with the same signals. Lives on the capture
// worker thread.
class DumpcapCapture : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 33;
    static constexpr int kStartTimeoutMs = 5000;

    explicit DumpcapCapture(QObject *parent = nullptr);
    ~DumpcapCapture() override;

    // dumpcap is installed (Debian: wireshark-common; Windows: Wireshark). Whether it may capture shows on start().
    static bool isAvailable();
    bool isCapturing() const { return m_process != nullptr; }

public Q_SLOTS:
    void start(const CaptureConfig &config);
    void stop();

Q_SIGNALS:
    void started(const QString &interfaceName, int linkType);
    void packetsReady(const CapturedPacketBatch &batch);
    void stopped(qint64 packets, qint64 droppedByKernel);
    void failed(CaptureError error, const QString &message);

private:
    void readOutput();
    void onFinished();
    void flush();

    QProcess *m_process = nullptr;
    QTimer m_flushTimer;
    QString m_interfaceName;
    QByteArray m_buffer;
    CaptureStreamReader m_reader;
    bool m_started = false;
    bool m_stopping = false;
    qint64 m_packetCount = 0;
    CapturedPacketBatch m_pending;
};
