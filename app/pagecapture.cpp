#include "app/pagecapture.h"

#include "model/conversationmodel.h"
#include "model/packetlistmodel.h"
#include "network/capture/captureinterfacechoice.h"
#include "network/capture/dumpcapcapture.h"
#include "network/capture/pcapfile.h"
#include "network/capture/trafficfilter.h"
#include "network/platformfacts.h"
#include "widgets/capturepanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace {
// How long stopAndSave() waits for the worker's last packets (dumpcap takes a moment to go).
constexpr int kLastPacketsWaitMs = 3000;
// Addresses shown beside an interface's name: enough to recognise it.
constexpr int kShownAddresses = 3;
} // namespace

PageCapture::PageCapture(CapturePanel *panel, CaptureSession *session, DumpcapCapture *dumpcap, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_session(session)
    , m_dumpcap(dumpcap)
    , m_packets(new PacketListModel(this))
    , m_conversations(new ConversationModel(this))
    , m_interfaces(captureInterfaces())
    , m_stopTimer(this)
{
    panel->setModels(m_packets, m_conversations);
    panel->installEventFilter(this); // its LanguageChange renames the interfaces
    showInterfaces(preferredInterface());
    m_stopTimer.setSingleShot(true);
    m_stopTimer.setInterval(kStopDelayMs);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        if (m_panel->followsPage() && (m_running || m_startPending))
            stop();
    });

    connect(panel, &CapturePanel::startRequested, this, &PageCapture::start);
    connect(panel, &CapturePanel::stopRequested, this, &PageCapture::stop);
    connect(panel, &CapturePanel::interfaceChosen, this, &PageCapture::chooseInterface);
    connect(panel, &CapturePanel::saveRequested, this, &PageCapture::save);
    connect(panel, &CapturePanel::openRequested, this, &PageCapture::open);
    connect(panel, &CapturePanel::filterEdited, this, [this](const QString &filter) {
        QString error;
        if (!filter.trimmed().isEmpty() && !CaptureSession::validateFilter(filter, 1 /* DLT_EN10MB */, &error))
            m_panel->showStatus(tr("This capture filter is not valid: %1").arg(error), true);
        else
            m_panel->showStatus(QString());
    });
    wire(session);
    wire(dumpcap);
    connect(m_packets, &PacketListModel::droppedCountChanged, this, [this](qint64 dropped) {
        if (dropped > 0)
            m_panel->showStatus(tr("The oldest packets were dropped from the list to keep memory bounded: %1 so far (it keeps the last %2).")
                                    .arg(dropped)
                                    .arg(PacketListModel::kMaxPackets));
    });
}

template<typename Capture>
void PageCapture::wire(Capture *capture)
{
    connect(capture, &Capture::started, this, &PageCapture::onStarted);
    connect(capture, &Capture::packetsReady, m_packets, &PacketListModel::appendPackets);
    connect(capture, &Capture::stopped, this, &PageCapture::onStopped);
    connect(capture, &Capture::failed, this, &PageCapture::onFailed);
}

QObject *PageCapture::worker() const
{
    return m_usingDumpcap ? static_cast<QObject *>(m_dumpcap.data()) : m_session.data();
}

bool PageCapture::permitted()
{
    static const bool allowed = CaptureSession::capturePermission() == CapturePermission::Allowed;
    return allowed;
}

bool PageCapture::canCapture()
{
    return permitted() || DumpcapCapture::isAvailable();
}

QString PageCapture::permissionHelp()
{
    return PlatformFacts::captureSetupHelp();
}

QString PageCapture::trafficFilter(Transport transport, quint16 port)
{
    return TrafficFilter::forPort(transport, port).capture;
}

void PageCapture::setTraffic(Transport transport, quint16 port)
{
    m_transport = transport;
    m_port = port;
    const TrafficFilter filter = TrafficFilter::forPort(transport, port);
    m_panel->setSuggestedFilter(filter.capture, filter.display);
}

QString PageCapture::interfaceLabel(const CaptureInterface &interface)
{
    // Windows names devices \Device\NPF_{GUID}: the friendly name ("Ethernet") is what students know.
    const QString name = interface.name.startsWith(QLatin1String("\\Device\\")) && !interface.description.isEmpty()
        ? interface.description
        : interface.name;
    if (interface.isAny)
        return tr("%1 — all interfaces", "capture interface: Linux's any").arg(name);
    QStringList addresses;
    for (const QHostAddress &address : interface.addresses) {
        if (!address.isLinkLocal() && addresses.size() < kShownAddresses)
            addresses.append(address.toString());
    }
    const QString joined = addresses.join(QLatin1String(", "));
    if (interface.isLoopback)
        return tr("%1 — only this machine (%2)", "capture interface: loopback").arg(name, joined);
    if (!joined.isEmpty())
        return QStringLiteral("%1 — %2").arg(name, joined);
    return tr("%1 — no IP address", "capture interface without addresses").arg(name);
}

QString PageCapture::preferredInterface() const
{
    // The student's own choice stays; otherwise where the page's traffic flows.
    const QString saved = QSettings().value(QLatin1String(kInterfaceKey)).toString();
    if (CaptureInterfaceChoice::find(m_interfaces, saved))
        return saved;
    return CaptureInterfaceChoice::defaultFor(m_interfaces, m_trafficAddresses);
}

void PageCapture::showInterfaces(const QString &selected)
{
    QList<QPair<QString, QString>> shown;
    for (const CaptureInterface &interface : std::as_const(m_interfaces))
        shown.append({ interface.name, interfaceLabel(interface) });
    m_panel->setInterfaces(shown, selected);
}

bool PageCapture::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::LanguageChange)
        showInterfaces(m_panel->interfaceName());
    return QObject::eventFilter(watched, event);
}

void PageCapture::setTrafficAddresses(const QList<QHostAddress> &addresses)
{
    if (addresses == m_trafficAddresses)
        return;
    m_trafficAddresses = addresses;
    showInterfaces(preferredInterface());
}

void PageCapture::chooseInterface(const QString &name)
{
    QSettings().setValue(QLatin1String(kInterfaceKey), name);
    m_panel->showInterfaceHint(QString());
    if (m_running || m_startPending)
        start(name, m_panel->filter()); // the capture moves to the new interface
}

void PageCapture::noteTraffic(const LabEventBatch &batch)
{
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Accepted || event.kind == EventKind::Connected)
            checkConnection(event.local, event.remote);
    }
}

void PageCapture::checkConnection(const Endpoint &local, const Endpoint &remote)
{
    const QString chosen = m_panel->interfaceName();
    if (CaptureInterfaceChoice::sees(m_interfaces, chosen, local.address, remote.address))
        return;
    const QString crossed = CaptureInterfaceChoice::interfaceFor(m_interfaces, local.address, remote.address);
    const CaptureInterface *right = CaptureInterfaceChoice::find(m_interfaces, crossed);
    const auto any = std::find_if(m_interfaces.cbegin(), m_interfaces.cend(),
                                  [](const CaptureInterface &interface) { return interface.isAny; });
    const QString choice = any == m_interfaces.cend()
        ? tr("choose \"%1\" in the Interface list to see its packets.").arg(interfaceLabel(*right))
        : tr("choose \"%1\" or \"%2\" in the Interface list to see its packets.").arg(interfaceLabel(*right), interfaceLabel(*any));
    m_panel->showInterfaceHint(tr("The connection %1 ↔ %2 crosses %3, not the interface captured (%4):")
                                   .arg(local.toString(), remote.toString(), right->name, chosen)
                               + QLatin1Char(' ') + choice);
}

bool PageCapture::capturingAsWanted() const
{
    return m_running && !m_startPending && !m_stopPending && m_runningOn == m_panel->interfaceName()
        && m_runningFilter == m_panel->filter();
}

void PageCapture::pageStarted()
{
    m_stopTimer.stop();
    if (m_panel->followsPage() && canCapture() && !capturingAsWanted() && !m_startPending)
        start(m_panel->interfaceName(), m_panel->filter());
}

void PageCapture::whenCapturing(const std::function<void()> &action)
{
    if (!m_panel->followsPage() || !canCapture()) {
        action();
        return;
    }
    // Started again before the delayed stop: the capture goes on, nothing in between is lost.
    m_stopTimer.stop();
    if (capturingAsWanted()) {
        action();
        return;
    }
    m_waiting.append(action);
    if (!m_startPending)
        start(m_panel->interfaceName(), m_panel->filter());
}

void PageCapture::pageStopped()
{
    // A moment later, so the closing FIN/ACK exchange is in the capture too.
    if (m_panel->followsPage())
        m_stopTimer.start();
}

void PageCapture::releaseWaiting()
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &action : waiting)
        action();
}

void PageCapture::start(const QString &interfaceName, const QString &filter)
{
    QString error;
    if (!filter.isEmpty() && !CaptureSession::validateFilter(filter, 1, &error)) {
        m_panel->showStatus(tr("This capture filter is not valid: %1").arg(error), true);
        releaseWaiting();
        return;
    }
    const CaptureConfig config { interfaceName, filter };
    // Not permitted to capture ourselves: Wireshark's dumpcap may be (the wireshark group).
    m_usingDumpcap = !permitted() && DumpcapCapture::isAvailable();
    m_startPending = true;
    m_requestedFilter = filter;
    if (m_usingDumpcap) {
        QMetaObject::invokeMethod(m_dumpcap.data(), [dumpcap = m_dumpcap, config] {
            if (dumpcap)
                dumpcap->start(config);
        }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_session.data(), [session = m_session, config] {
        if (session)
            session->start(config);
    }, Qt::QueuedConnection);
}

void PageCapture::stop()
{
    if (!m_running && !m_startPending)
        return; // nothing runs: no stopped() would come
    m_stopPending = true;
    if (m_usingDumpcap)
        QMetaObject::invokeMethod(m_dumpcap.data(), &DumpcapCapture::stop, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(m_session.data(), &CaptureSession::stop, Qt::QueuedConnection);
}

void PageCapture::onStarted(const QString &interfaceName)
{
    // The packets of this run only (what an earlier run left came before this signal).
    m_packets->clear();
    m_startPending = false;
    m_running = true;
    m_runningOn = interfaceName;
    m_runningFilter = m_requestedFilter;
    m_panel->setRunning(true);
    m_panel->showStatus(m_usingDumpcap
        ? tr("Capturing on %1 with the filter \"%2\", through Wireshark's dumpcap.").arg(interfaceName, m_runningFilter)
        : tr("Capturing on %1 with the filter \"%2\".").arg(interfaceName, m_runningFilter));
    releaseWaiting();
}

void PageCapture::onStopped(qint64 packets, qint64 dropped)
{
    m_stopPending = false;
    m_running = false;
    if (m_startPending)
        return; // restarting: started() follows and says so
    m_panel->setRunning(false);
    m_panel->showStatus(dropped > 0 ? tr("Capture stopped: %n packet(s),", nullptr, int(packets)) + QLatin1Char(' ')
                                          + tr("%n dropped by the kernel.", nullptr, int(dropped))
                                    : tr("Capture stopped: %n packet(s).", nullptr, int(packets)));
}

bool PageCapture::stopAndSave(const QString &path, QString *error)
{
    m_stopTimer.stop();
    if (m_running || m_startPending) {
        // The worker hands over its last batch before stopped(): wait for both.
        QEventLoop loop;
        const QMetaObject::Connection ends[] = {
            connect(m_session, &CaptureSession::stopped, &loop, &QEventLoop::quit),
            connect(m_session, &CaptureSession::failed, &loop, &QEventLoop::quit),
            connect(m_dumpcap, &DumpcapCapture::stopped, &loop, &QEventLoop::quit),
            connect(m_dumpcap, &DumpcapCapture::failed, &loop, &QEventLoop::quit),
        };
        QTimer::singleShot(kLastPacketsWaitMs, &loop, &QEventLoop::quit);
        stop();
        loop.exec();
        for (const QMetaObject::Connection &end : ends)
            disconnect(end);
    }
    PcapFileError reason = PcapFileError::None;
    QString systemText;
    if (savePcap(path, m_packets->allPackets(), &systemText, &reason))
        return true;
    if (error)
        *error = fileProblem(reason, path, systemText);
    return false;
}

void PageCapture::onFailed(CaptureError error, const QString &message)
{
    m_startPending = false;
    m_stopPending = false; // a capture that did not start has nothing to stop
    m_running = false;
    m_panel->setRunning(false);
    releaseWaiting(); // whoever waited goes on without the capture
    switch (error) {
    case CaptureError::PermissionDenied:
        m_panel->showStatus(m_usingDumpcap ? tr("Wireshark's dumpcap may not capture either (%1).").arg(message) + QLatin1Char(' ') + permissionHelp()
                                           : permissionHelp(),
                            true);
        break;
    case CaptureError::InvalidFilter:
        m_panel->showStatus(tr("This capture filter is not valid: %1").arg(message), true);
        break;
    case CaptureError::NoSuchInterface:
        m_panel->showStatus(tr("This interface does not exist (any more): choose another one."), true);
        break;
    case CaptureError::InterfaceDown:
        m_panel->showStatus(tr("This interface is down: choose one that is up, such as lo."), true);
        break;
    case CaptureError::Other:
        m_panel->showStatus(tr("The capture stopped: %1").arg(message), true);
        break;
    }
}

QString PageCapture::fileProblem(PcapFileError reason, const QString &path, const QString &systemText)
{
    // The sentence in the student's language; the system's own (English) words in brackets.
    QString sentence;
    switch (reason) {
    case PcapFileError::None:
        break;
    case PcapFileError::CannotWrite:
        sentence = tr("Could not save %1: the folder does not exist or cannot be written to; choose another one.").arg(path);
        break;
    case PcapFileError::CannotOpen:
        sentence = tr("Could not open %1: the file does not exist, cannot be read, or is not a capture file (.pcap or .pcapng).").arg(path);
        break;
    case PcapFileError::CannotRead:
        sentence = tr("Could not read %1 to the end: the capture file is damaged or cut short.").arg(path);
        break;
    }
    return systemText.isEmpty() ? sentence : sentence + QStringLiteral(" (%1)").arg(systemText);
}

void PageCapture::save(const QString &path)
{
    QString error;
    PcapFileError reason = PcapFileError::None;
    if (savePcap(path, m_packets->allPackets(), &error, &reason))
        m_panel->showStatus(tr("%n packet(s) saved to %1: open it in Wireshark, or with tshark -r.", nullptr, m_packets->rowCount()).arg(path));
    else
        m_panel->showStatus(fileProblem(reason, path, error), true);
}

void PageCapture::open(const QString &path)
{
    QString error;
    PcapFileError reason = PcapFileError::None;
    const std::optional<QList<CapturedPacket>> packets = openPcap(path, &error, &reason);
    if (!packets) {
        m_panel->showStatus(fileProblem(reason, path, error), true); // the packets shown stay
        return;
    }
    m_packets->clear();
    m_packets->appendPackets(*packets);
    m_panel->showStatus(tr("%n packet(s) read from %1.", nullptr, int(packets->size())).arg(QFileInfo(path).fileName()));
}
