#pragma once

#include "network/capture/capturesession.h"
#include "network/capture/pcapfile.h"
#include "network/labevent.h"

#include <QObject>
#include <QPointer>

#include <functional>

class CapturePanel;
class DumpcapCapture;
class ConversationModel;
class PacketListModel;

// A page's packet capture: wires the capture panel and its models to a CaptureSession on the
// capture worker thread, follows the page (start with its server or client, stop with it),
// saves and opens .pcap files, and words what goes wrong (permission above all).
class PageCapture : public QObject
{
    Q_OBJECT
public:
    static constexpr int kStopDelayMs = 1000;

    // session captures with libpcap; dumpcap through Wireshark's dumpcap, for users who may not
    // capture themselves (both live on the capture worker thread).
    PageCapture(CapturePanel *panel, CaptureSession *session, DumpcapCapture *dumpcap, QObject *parent = nullptr);

    PacketListModel *packets() const { return m_packets; }
    ConversationModel *conversations() const { return m_conversations; }

    // The page's protocol and port: the filter that shows its traffic.
    void setTraffic(Transport transport, quint16 port);
    // The page started (its server listens, its client connects) or stopped.
    void pageStarted();
    void pageStopped();
    // Runs action once the capture that follows the page is on (or at once when it does not
    // follow, runs already, or cannot start): a client's first SYN is then in the capture.
    void whenCapturing(const std::function<void()> &action);

    // What to do when capture is not permitted (translated, for the panel and tests).
    static QString permissionHelp();

private:
    void start(const QString &interfaceName, const QString &filter);
    void stop();
    void save(const QString &path);
    void open(const QString &path);
    void onFailed(CaptureError error, const QString &message);
    // Why a .pcap could not be saved or opened, in words a student can act on.
    static QString fileProblem(PcapFileError reason, const QString &path, const QString &systemText);
    void retranslate();
    template<typename Capture>
    void wire(Capture *capture);
    // May SocketLab capture itself? (asked once: it costs tens of milliseconds)
    static bool permitted();

    CapturePanel *m_panel;
    QPointer<CaptureSession> m_session;
    QPointer<DumpcapCapture> m_dumpcap;
    bool m_usingDumpcap = false;
    PacketListModel *m_packets;
    ConversationModel *m_conversations;
    bool m_running = false;
    Transport m_transport = Transport::Tcp;
    quint16 m_port = 0;
    QList<std::function<void()>> m_waiting;
};
