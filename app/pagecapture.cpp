#include "app/pagecapture.h"

#include "network/capture/trafficfilter.h"

#include "model/conversationmodel.h"
#include "model/packetlistmodel.h"
#include "network/capture/captureinterfaces.h"
#include "network/capture/dumpcapcapture.h"
#include "network/capture/pcapfile.h"
#include "network/platformfacts.h"
#include "widgets/capturepanel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

PageCapture::PageCapture(CapturePanel *panel, CaptureSession *session, DumpcapCapture *dumpcap, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_session(session)
    , m_dumpcap(dumpcap)
    , m_packets(new PacketListModel(this))
    , m_conversations(new ConversationModel(this))
{
    panel->setModels(m_packets, m_conversations);
    const QList<CaptureInterface> listed = captureInterfaces();
    QList<QPair<QString, QString>> interfaces;
    for (const CaptureInterface &interface : listed)
        interfaces.append({ interface.name, interface.description });
    panel->setInterfaces(interfaces, defaultCaptureInterface(listed));

    connect(panel, &CapturePanel::startRequested, this, &PageCapture::start);
    connect(panel, &CapturePanel::stopRequested, this, &PageCapture::stop);
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
    // Whoever waited for the capture goes on, whether it started or not.
    auto releaseWaiting = [this] {
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &action : waiting)
            action();
    };
    connect(capture, &Capture::failed, this, releaseWaiting);
    connect(capture, &Capture::started, this, releaseWaiting);
    connect(capture, &Capture::started, this, [this](const QString &interfaceName) {
        m_running = true;
        m_panel->setRunning(true);
        m_panel->showStatus(m_usingDumpcap
            ? tr("Capturing on %1 with the filter \"%2\", through Wireshark's dumpcap.").arg(interfaceName, m_panel->filter())
            : tr("Capturing on %1 with the filter \"%2\".").arg(interfaceName, m_panel->filter()));
    });
    connect(capture, &Capture::packetsReady, m_packets, &PacketListModel::appendPackets);
    connect(capture, &Capture::stopped, this, [this](qint64 packets, qint64 dropped) {
        m_running = false;
        m_panel->setRunning(false);
        m_panel->showStatus(dropped > 0 ? tr("Capture stopped: %n packet(s),", nullptr, int(packets)) + QLatin1Char(' ')
                                              + tr("%n dropped by the kernel.", nullptr, int(dropped))
                                        : tr("Capture stopped: %n packet(s).", nullptr, int(packets)));
    });
    connect(capture, &Capture::failed, this, &PageCapture::onFailed);
}

bool PageCapture::permitted()
{
    static const bool allowed = CaptureSession::capturePermission() == CapturePermission::Allowed;
    return allowed;
}

QString PageCapture::permissionHelp()
{
    return PlatformFacts::captureSetupHelp();
}

void PageCapture::setTraffic(Transport transport, quint16 port)
{
    m_transport = transport;
    m_port = port;
    const TrafficFilter filter = TrafficFilter::forPort(transport, port);
    m_panel->setSuggestedFilter(filter.capture, filter.display);
}

void PageCapture::pageStarted()
{
    if (m_panel->followsPage() && !m_running)
        start(m_panel->interfaceName(), m_panel->filter());
}

void PageCapture::whenCapturing(const std::function<void()> &action)
{
    if (!m_panel->followsPage() || m_running || (!permitted() && !DumpcapCapture::isAvailable())) {
        action();
        return;
    }
    m_waiting.append(action);
    if (m_waiting.size() == 1)
        start(m_panel->interfaceName(), m_panel->filter());
}

void PageCapture::pageStopped()
{
    // A moment later, so the closing FIN/ACK exchange is in the capture too.
    QTimer::singleShot(kStopDelayMs, this, [this] {
        if (m_panel->followsPage() && m_running)
            stop();
    });
}

void PageCapture::start(const QString &interfaceName, const QString &filter)
{
    QString error;
    if (!filter.isEmpty() && !CaptureSession::validateFilter(filter, 1, &error)) {
        m_panel->showStatus(tr("This capture filter is not valid: %1").arg(error), true);
        return;
    }
    m_packets->clear();
    const CaptureConfig config { interfaceName, filter };
    // Not permitted to capture ourselves: Wireshark's dumpcap may be (the wireshark group).
    m_usingDumpcap = !permitted() && DumpcapCapture::isAvailable();
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
    if (m_usingDumpcap)
        QMetaObject::invokeMethod(m_dumpcap.data(), &DumpcapCapture::stop, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(m_session.data(), &CaptureSession::stop, Qt::QueuedConnection);
}

void PageCapture::onFailed(CaptureError error, const QString &message)
{
    m_running = false;
    m_panel->setRunning(false);
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
    case PcapFileError::MixedLinkTypes:
        sentence = tr("Could not save %1: the packets come from different kinds of interface, and one .pcap file holds only one kind.").arg(path);
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
