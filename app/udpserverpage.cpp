#include "app/udpserverpage.h"

#include "app/sessionconfigs.h"
#include "model/peertablemodel.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

#include <QLabel>

UdpServerPage::UdpServerPage(UdpSession *session, QWidget *parent)
    : ReplyingServerPage(LabMode::UdpServer, Transport::Udp, session, parent)
    , m_peers(new PeerTableModel(this))
{
    setTableModel(m_peers, PeerTableModel::RawValueRole, PeerTableModel::PeerIdRole, PeerTableModel::PortColumn);
    connectionPanel()->setPeerMode(true);
    composer()->setAudience(MessageComposer::Peers);

    connect(session, &UdpSession::eventsReady, this, &UdpServerPage::applyBatch);
    connect(connectionPanel(), &ConnectionPanel::clearClosedRequested, m_peers, &PeerTableModel::clear);
    connect(m_peers, &PeerTableModel::peerCountChanged, this, &UdpServerPage::selectionChanged);
    connect(composer(), &MessageComposer::sendRequested, this, [this](const QByteArray &data, bool toAll) {
        const QList<int> ids = toAll ? QList<int>() : selectedIds();
        callSession(m_session, [ids, data](UdpSession *s) { s->send(ids, data); });
    });
    retranslate();
}

void UdpServerPage::startSession(const ServerSettings &settings)
{
    const UdpConfig config = udpServerConfig(settings);
    callSession(m_session, [config](UdpSession *s) { s->start(config); });
}

void UdpServerPage::applyBatch(const LabEventBatch &batch)
{
    m_peers->applyBatch(batch);
    logBatch(batch);
    applyServerEvents(batch);
}

void UdpServerPage::selectionChanged()
{
    composer()->setConnectionCounts(m_peers->rowCount(), int(selectedIds().size()));
}

void UdpServerPage::retranslate()
{
    setHeading(tr("UDP server"),
               tr("Like the course's second server: datagrams, no connection, no handshake, no guarantee. The reply to each datagram goes back to whoever sent it. Default reply: upper case."));
    connectionPanel()->setExplanation(tr("UDP keeps no connection: the server learns each peer (address and port) only from the datagrams it receives. One datagram is always one message: its boundaries are kept, unlike TCP's byte stream."));
    m_peers->retranslate();
    updateInfo();
}
