#include "app/udpserverpage.h"

#include "app/pagesettings.h"
#include "model/eventtext.h"
#include "model/peertablemodel.h"
#include "network/localaddresses.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

#include <QLabel>
#include <QPushButton>

UdpServerPage::UdpServerPage(UdpSession *session, QWidget *parent)
    : LabPage(LabMode::UdpServer, Transport::Udp, parent)
    , m_session(session)
    , m_peers(new PeerTableModel(this))
    , m_controls(new ServerControls(Transport::Udp, this))
{
    addControls(m_controls);
    setTableModel(m_peers, PeerTableModel::RawValueRole, PeerTableModel::PeerIdRole, PeerTableModel::PortColumn);
    connectionPanel()->setPeerMode(true);
    composer()->setAudience(MessageComposer::Peers);
    m_controls->setBindChoices(localAddresses());
    m_controls->setSettings(loadServerSettings(LabMode::UdpServer));

    connect(session, &UdpSession::eventsReady, this, &UdpServerPage::applyBatch);
    connect(m_controls, &ServerControls::startRequested, this, &UdpServerPage::requestStart);
    connect(m_controls, &ServerControls::stopRequested, this, &UdpServerPage::stop);
    connect(m_controls, &ServerControls::replyModeChanged, this, [this](ReplyMode reply) {
        callSession(m_session, [reply](UdpSession *s) { s->setReplyMode(reply); });
        saveServerSettings(LabMode::UdpServer, m_controls->lastSettings());
    });
    connect(connectionPanel(), &ConnectionPanel::clearClosedRequested, m_peers, &PeerTableModel::clear);
    connect(m_peers, &PeerTableModel::peerCountChanged, this, &UdpServerPage::selectionChanged);
    connect(composer(), &MessageComposer::sendRequested, this, [this](const QByteArray &data, bool toAll) {
        const QList<int> ids = toAll ? QList<int>() : selectedIds();
        callSession(m_session, [ids, data](UdpSession *s) { s->send(ids, data); });
    });
    retranslate();
}

void UdpServerPage::startWith(const ServerSettings &settings)
{
    m_controls->setSettings(settings);
    if (const auto validated = m_controls->validatedSettings())
        requestStart(*validated);
}

void UdpServerPage::requestStart(const ServerSettings &settings)
{
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Server);
    config.bindAddress = settings.bindAddress;
    config.port = settings.port;
    config.reply = settings.reply;
    config.receiveBufferBytes = settings.smallReceiveBuffer ? UdpConfig::kSmallReceiveBufferBytes : 0;
    m_starting = true;
    m_controls->clearError();
    m_controls->startButton()->setEnabled(false);
    callSession(m_session, [config](UdpSession *s) { s->start(config); });
}

void UdpServerPage::stop()
{
    callSession(m_session, [](UdpSession *s) { s->stop(); });
}

void UdpServerPage::applyBatch(const LabEventBatch &batch)
{
    m_peers->applyBatch(batch);
    logBatch(batch);
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Listening) {
            m_boundTo = event.local;
            setStatesPort(event.local.port);
            m_starting = false;
            saveServerSettings(LabMode::UdpServer, m_controls->lastSettings());
            setRunning(true);
        } else if (event.kind == EventKind::Stopped) {
            setRunning(false);
        } else if (event.kind == EventKind::Error && m_starting) {
            m_starting = false;
            m_controls->showError(EventText::describe(event));
            setRunning(false);
        }
    }
}

void UdpServerPage::setRunning(bool running)
{
    m_controls->startButton()->setEnabled(true);
    if (running != m_running)
        setPageRunning(running);
    m_running = running;
    m_controls->setRunning(running);
    updateInfo();
}

void UdpServerPage::selectionChanged()
{
    composer()->setConnectionCounts(m_peers->rowCount(), int(selectedIds().size()));
}

void UdpServerPage::updateInfo()
{
    infoLabel()->setText(m_running ? reachableText(m_boundTo, Transport::Udp)
                                   : tr("The server is stopped. Press Start: SocketLab creates a UDP socket and binds it to the address and port."));
}

QList<QPair<QString, QString>> UdpServerPage::reportSettings() const
{
    const ServerSettings settings = m_controls->lastSettings();
    return { { tr("Bound to"), m_running ? m_boundTo.toString() : tr("stopped") },
             { tr("Port"), QString::number(settings.port) },
             { tr("Reply"), m_controls->replyText() },
             { tr("Small receive buffer"), settings.smallReceiveBuffer ? tr("yes") : tr("no") } };
}

const QAbstractItemModel *UdpServerPage::reportTable() const
{
    return m_peers;
}

QString UdpServerPage::reportTableTitle() const
{
    return tr("Peers");
}

QString UdpServerPage::title() const
{
    return pageTitle();
}

QString UdpServerPage::pageTitle()
{
    return tr("UDP server");
}

void UdpServerPage::retranslate()
{
    setHeading(tr("UDP server"),
               tr("Like the course's second server: datagrams, no connection, no handshake, no guarantee. The reply to each datagram goes back to whoever sent it. Default reply: upper case."));
    connectionPanel()->setExplanation(tr("UDP keeps no connection: the server learns each peer (address and port) only from the datagrams it receives. One datagram is always one message: its boundaries are kept, unlike TCP's byte stream."));
    m_peers->retranslate();
    updateInfo();
}
