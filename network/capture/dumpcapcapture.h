#pragma once

#include "network/capture/capturesource.h"
#include "network/capture/capturestream.h"

#include <QTimer>

class QProcess;

// Capture through Wireshark's dumpcap: on Windows always, on Linux for users who may not
// capture themselves but are in the wireshark group (dumpcap holds the capability). dumpcap
// writes pcap (one interface) or pcapng (several) to its standard output; this reads it and
// hands over the same batches as CaptureSession.
class DumpcapCapture : public CaptureSource
{
    Q_OBJECT
public:
    static constexpr int kStartTimeoutMs = 5000;

    explicit DumpcapCapture(QObject *parent = nullptr);
    ~DumpcapCapture() override;

    // dumpcap is installed (Debian: wireshark-common; Windows: Wireshark). Whether it may capture shows on start().
    static bool isAvailable();
    bool isCapturing() const override { return m_process != nullptr; }

    void start(const CaptureConfig &config) override;
    void stop() override;

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
