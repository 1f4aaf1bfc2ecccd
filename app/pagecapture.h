#pragma once

#include "network/capture/captureinterfaces.h"
#include "network/capture/capturesession.h"
#include "network/capture/pcapfile.h"
#include "network/labevent.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class CapturePanel;
class DumpcapCapture;
class ConversationModel;
class PacketListModel;

// A page's packet capture: wires the capture panel and its models to a CaptureSession on the
// capture worker thread, follows the page (start with its server or client, stop with it),
// captures where the page's traffic flows unless the student chose an interface, saves and
// opens .pcap files, and words what goes wrong (permission above all).
class PageCapture : public QObject
{
    Q_OBJECT
public:
    static constexpr int kStopDelayMs = 1000;
    // QSettings key of the interface the student chose (absent: follow the traffic).
    static constexpr const char *kInterfaceKey = "capture/interface";

    // session captures with libpcap; dumpcap through Wireshark's dumpcap, for users who may not
    // capture themselves (both live on the capture worker thread).
    PageCapture(CapturePanel *panel, CaptureSession *session, DumpcapCapture *dumpcap, QObject *parent = nullptr);

    PacketListModel *packets() const { return m_packets; }
    ConversationModel *conversations() const { return m_conversations; }

    // The capture filter that shows a page's traffic ("tcp port 65432").
    static QString trafficFilter(Transport transport, quint16 port);
    // The page's protocol and port: the filter that shows its traffic.
    void setTraffic(Transport transport, quint16 port);
    // The page's addresses (a server's bind address, a client's server): where no "any"
    // interface exists, the default capture is on the interface that holds them.
    void setTrafficAddresses(const QList<QHostAddress> &addresses);
    // The page's events: a connection whose packets cannot cross the chosen interface makes
    // the panel say which interface to choose.
    void noteTraffic(const LabEventBatch &batch);
    // The page started (its server listens, its client connects) or stopped.
    void pageStarted();
    void pageStopped();
    // Runs action once the capture that follows the page is on (or at once when it does not
    // follow, or cannot start): a server's first accept, a client's first SYN are then in it.
    void whenCapturing(const std::function<void()> &action);
    // Stops the capture, waits for its last packets and writes them all to path (--capture at
    // exit). False, with *error in words, when the file could not be written.
    bool stopAndSave(const QString &path, QString *error);

    // Why a .pcap could not be saved or opened, in words a student can act on.
    static QString fileProblem(PcapFileError reason, const QString &path, const QString &systemText);
    // What to do when capture is not permitted (translated, for the panel and tests).
    static QString permissionHelp();
    // How the interface list names an interface: "lo — only this machine (127.0.0.1, ::1)".
    static QString interfaceLabel(const CaptureInterface &interface);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start(const QString &interfaceName, const QString &filter);
    // Capturing already on the panel's interface with its filter, nothing pending.
    bool capturingAsWanted() const;
    void stop();
    void chooseInterface(const QString &name);
    void save(const QString &path);
    void open(const QString &path);
    void onStarted(const QString &interfaceName);
    void onStopped(qint64 packets, qint64 dropped);
    void onFailed(CaptureError error, const QString &message);
    void releaseWaiting();
    // The student's saved choice where it is listed, else where the page's traffic flows.
    QString preferredInterface() const;
    void showInterfaces(const QString &selected);
    void checkConnection(const Endpoint &local, const Endpoint &remote);
    template<typename Capture>
    void wire(Capture *capture);
    QObject *worker() const;
    // May SocketLab capture itself? (asked once: it costs tens of milliseconds)
    static bool permitted();
    static bool canCapture();

    CapturePanel *m_panel;
    QPointer<CaptureSession> m_session;
    QPointer<DumpcapCapture> m_dumpcap;
    bool m_usingDumpcap = false;
    PacketListModel *m_packets;
    ConversationModel *m_conversations;
    QList<CaptureInterface> m_interfaces;
    QList<QHostAddress> m_trafficAddresses;
    bool m_running = false;      // started and not yet stopped, as the worker last said
    bool m_startPending = false; // asked to start: started() or failed() is on its way
    bool m_stopPending = false;  // asked to stop: stopped() is on its way
    QString m_runningOn;         // the interface and filter of the capture the worker runs
    QString m_runningFilter;
    QString m_requestedFilter;
    QTimer m_stopTimer;      // the delayed stop after the page stopped
    Transport m_transport = Transport::Tcp;
    quint16 m_port = 0;
    QList<std::function<void()>> m_waiting;
};
