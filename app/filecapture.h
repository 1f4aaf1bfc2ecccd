#pragma once

#include "network/capture/capturedpacket.h"
#include "network/capture/capturesession.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

// `--headless --capture FILE`: a page's capture without a page. Captures on its own worker
// thread where the traffic flows (CaptureInterfaceChoice::defaultFor), with libpcap or, where
// SocketLab may not capture itself, Wireshark's dumpcap; keeps every packet and writes them as
// .pcap when asked.
class FileCapture : public QObject
{
    Q_OBJECT
public:
    explicit FileCapture(QObject *parent = nullptr);
    ~FileCapture() override;

    // Starts capturing with filter; ready() or failed() follows.
    void start(const QString &filter, const QList<QHostAddress> &addresses);
    // Stops, waits for the last packets and writes them all to path. False, with *error in
    // words, when the file could not be written.
    bool stopAndWrite(const QString &path, QString *error);
    qsizetype packetCount() const { return m_packets.size(); }

Q_SIGNALS:
    void ready(const QString &interfaceName);
    void failed(const QString &message);

private:
    void run(CaptureSource *capture, const CaptureConfig &config);

    QThread m_thread;
    QPointer<CaptureSource> m_worker;
    bool m_running = false;
    CapturedPacketBatch m_packets;
};
