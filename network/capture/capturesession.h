#pragma once

#include "network/capture/capturesource.h"

#include <QString>
#include <QTimer>

#include <optional>

class QSocketNotifier;
struct pcap; // libpcap's pcap_t; its header stays out of ours (PCAP is linked PRIVATE)

enum class CapturePermission {
    Allowed,
    Denied
};

// Live capture with libpcap. Lives on its own worker thread (app/ moves it there) and is
// event-driven: a QSocketNotifier on libpcap's selectable descriptor, no blocking loop, so
// stop() is an ordinary queued call.
class CaptureSession : public CaptureSource
{
    Q_OBJECT
public:
    static constexpr int kSnapLength = 262144;         // what tcpdump and Wireshark use
    // Immediate mode makes this moot on Linux; set anyway, as on some platforms 0 means "forever".
    static constexpr int kReadTimeoutMs = 100;
    // In immediate mode Linux gives every packet a buffer slot sized for the interface's MTU:
    // on lo (MTU 65536) 4 MiB is 64 slots, and each packet there takes two (see stopped()).
    // Immediate mode on lo gives each packet a 64 KiB slot (and each loopback packet is seen
    // twice): a larger buffer keeps a burst from overflowing it. The kernel drop count says
    // when it still does.
    static constexpr int kBufferBytes = 32 * 1024 * 1024;
    // One batch holds at most this many packets (or about kMaxPendingBytes). When it is full
    // the session stops reading until the next flush; the kernel buffer takes the slack and
    // counts what it cannot hold (stopped()'s droppedByKernel).
    static constexpr int kMaxPendingPackets = 5000;
    static constexpr qint64 kMaxPendingBytes = 8 * 1024 * 1024;

    explicit CaptureSession(QObject *parent = nullptr);
    ~CaptureSession() override;

    bool isCapturing() const override { return m_handle != nullptr; }

    // Checks a BPF expression without capturing (pcap_open_dead), so a filter can be checked
    // as it is typed. Empty is valid: no filter. linkType: a DLT_* value (1 = Ethernet).
    static bool validateFilter(const QString &filter, int linkType, QString *error);
    // Whether this process may capture, found by really opening the loopback device (and
    // closing it at once). Denied only for a permission failure; other failures show up
    // with their own error when a capture starts. Takes tens of milliseconds when allowed
    // (the kernel's socket teardown): ask when the user acts, not on every repaint.
    static CapturePermission capturePermission();

    void start(const CaptureConfig &config) override;
    void stop() override; // closes the device

private:
    void readPackets();
    void followRequiredPolling();
    void flush();
    // Ends a capture that started: closes the device, hands over the last batch, then
    // failed() if reading failed, then stopped().
    void finish(std::optional<CaptureError> error = std::nullopt,
                const QString &message = QString());
    void closeHandle();

    pcap *m_handle = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_flushTimer;
    QTimer m_pollTimer; // only while libpcap asks for it (pcap_get_required_select_timeout)
    QString m_interfaceName;
    int m_linkType = 0;
    CapturedPacketBatch m_pending;
    qint64 m_pendingBytes = 0;
    qint64 m_packetCount = 0; // handed over (or about to be) since start()
};
