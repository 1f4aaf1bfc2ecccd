#pragma once

#include "network/capture/capturedpacket.h"

#include <QMetaType>
#include <QObject>
#include <QString>

struct CaptureConfig
{
    QString interfaceName; // as captureInterfaces() lists it; usually defaultCaptureInterface()
    QString filter;        // BPF, e.g. "tcp port 65432"; empty: every packet
};

// What went wrong, as a code; the words come with libpcap's or dumpcap's own (English)
// message, and app/ turns the code into a sentence the student can act on.
enum class CaptureError {
    PermissionDenied, // no CAP_NET_RAW (not root, no setcap on the binary)
    NoSuchInterface,
    InvalidFilter,    // the BPF expression does not compile; the message says where
    InterfaceDown,
    Other
};

Q_DECLARE_METATYPE(CaptureConfig)
Q_DECLARE_METATYPE(CaptureError)
Q_DECLARE_METATYPE(CapturedPacketBatch)

// A live capture: libpcap in this process (CaptureSession) or Wireshark's dumpcap
// (DumpcapCapture). Lives on the capture worker thread; start() and stop() are queued calls.
// Packets are handed over in batches, at most one per kFlushIntervalMs, so a flood never
// floods the GUI thread.
//
// Signals in order: start() ends in started() or in failed(); after started(), the capture
// always ends in stopped() (after a failed() if the capture gave up while reading).
class CaptureSource : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 33; // ~30 batches per second at most

    using QObject::QObject;

    virtual bool isCapturing() const = 0;

public Q_SLOTS:
    // Starts capturing (stopping a running capture first).
    virtual void start(const CaptureConfig &config) = 0;
    // Hands over what was captured and ends the capture. Harmless when idle.
    virtual void stop() = 0;

Q_SIGNALS:
    void started(const QString &interfaceName, int linkType);
    void packetsReady(const CapturedPacketBatch &batch);
    // packets: handed over since start(). droppedByKernel: frames the kernel found no room
    // for (libpcap's ps_drop; dumpcap does not say: 0). On Linux's loopback every packet
    // reaches the capture twice, as sent and as received (libpcap shows only the received
    // copy), and both copies count: there it can be up to twice the number of packets missing
    // from the capture.
    void stopped(qint64 packets, qint64 droppedByKernel);
    // message: libpcap's or dumpcap's own words.
    void failed(CaptureError error, const QString &message);
};
