#include "app/udpclientpage.h"

#include "app/sessionconfigs.h"
#include "model/eventtext.h"
#include "model/peertablemodel.h"
#include "widgets/burstcontrols.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

#include <QLabel>

UdpClientPage::UdpClientPage(UdpSession *session, QWidget *parent)
    : ClientPage(LabMode::UdpClient, Transport::Udp, parent)
    , m_session(session)
    , m_peers(new PeerTableModel(this))
{
    setTableModel(m_peers, PeerTableModel::RawValueRole, PeerTableModel::PeerIdRole, PeerTableModel::PortColumn);
    connectionPanel()->setPeerMode(true);
    composer()->setAudience(MessageComposer::SingleTarget);

    connect(session, &UdpSession::eventsReady, this, &UdpClientPage::applyBatch);
    connect(connectionPanel(), &ConnectionPanel::clearClosedRequested, m_peers, &PeerTableModel::clear);
    connect(composer(), &MessageComposer::sendRequested, this, [this](const QByteArray &data, bool) {
        callSession(m_session, [data](UdpSession *s) { s->send({}, data); });
    });
    retranslate();
}

void UdpClientPage::openSession(const ClientSettings &settings)
{
    const UdpConfig config = udpClientConfig(settings);
    callSession(m_session, [config](UdpSession *s) { s->start(config); });
}

void UdpClientPage::closeSession()
{
    callSession(m_session, [](UdpSession *s) { s->stop(); });
}

void UdpClientPage::sendBurst(int count)
{
    callSession(m_session, [count](UdpSession *s) { s->sendBurst({}, count); });
}

void UdpClientPage::applyBatch(const LabEventBatch &batch)
{
    m_peers->applyBatch(batch);
    logBatch(batch);
    for (const LabEvent &event : batch) {
        switch (event.kind) {
        case EventKind::Bound:
            m_local = event.local;
            m_target = event.remote;
            controls()->clearError();
            setOpen(true);
            sendFirstActions(m_session, {}, firstActions()); // once: the socket opens once
            forgetFirstActions();
            break;
        case EventKind::Note:
            if (event.note == NoteKind::SwitchedAddress) {
                m_target = event.remote;
                updateInfo();
            }
            break;
        case EventKind::Stopped:
            setOpen(false);
            break;
        case EventKind::Error:
            controls()->showError(EventText::describe(event));
            if (event.error == LabError::HostNotFound)
                setOpen(false);
            break;
        default:
            break;
        }
    }
}

void UdpClientPage::setOpen(bool open)
{
    if (open != m_open)
        setPageRunning(open);
    m_open = open;
    controls()->setActive(open);
    burstControls()->setCanSend(open);
    composer()->setConnectionCounts(open ? 1 : 0, 0);
    updateInfo();
}

void UdpClientPage::updateInfo()
{
    if (!m_open) {
        infoLabel()->setText(tr("The socket is closed. Open it: the system gives it an ephemeral local port; no packet is sent until you send a datagram."));
        return;
    }
    infoLabel()->setText(tr("Local port: %1 (ephemeral, chosen by the system). Datagrams go to %2, the destination connect() fixed: no packet was sent for it, no connection exists.")
                             .arg(m_local.port)
                             .arg(m_target.toString()));
}

void UdpClientPage::retranslate()
{
    setHeading(tr("UDP client"),
               tr("Like the course's UDP client, with one difference: it calls connect() on its socket. For UDP that sends no packet and makes no connection; it only fixes the destination (and the ephemeral port), so the kernel can report an ICMP \"port unreachable\" here. Each message is one datagram; nothing guarantees that it arrives, or in which order."));
    connectionPanel()->setExplanation(tr("There is no connection: the table lists whom this socket exchanged datagrams with."));
    m_peers->retranslate();
    updateInfo();
}
