#include "app/udpclientpage.h"

#include "app/pagesettings.h"
#include "model/eventtext.h"
#include "model/peertablemodel.h"
#include "widgets/burstcontrols.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

#include <QLabel>

UdpClientPage::UdpClientPage(UdpSession *session, QWidget *parent)
    : LabPage(LabMode::UdpClient, Transport::Udp, parent)
    , m_session(session)
    , m_peers(new PeerTableModel(this))
    , m_controls(new ClientControls(Transport::Udp, this))
    , m_burstControls(new BurstControls(this))
{
    addControls(m_controls);
    addControls(m_burstControls);
    setTableModel(m_peers, PeerTableModel::RawValueRole, PeerTableModel::PeerIdRole, PeerTableModel::PortColumn);
    connectionPanel()->setPeerMode(true);
    composer()->setAudience(MessageComposer::SingleTarget);
    m_controls->setSettings(loadClientSettings(LabMode::UdpClient));

    connect(session, &UdpSession::eventsReady, this, &UdpClientPage::applyBatch);
    connect(m_controls, &ClientControls::openRequested, this, &UdpClientPage::requestOpen);
    connect(m_controls, &ClientControls::closeRequested, this,
            [this] { callSession(m_session, [](UdpSession *s) { s->stop(); }); });
    connect(connectionPanel(), &ConnectionPanel::clearClosedRequested, m_peers, &PeerTableModel::clear);
    connect(composer(), &MessageComposer::sendRequested, this, [this](const QByteArray &data, bool) {
        callSession(m_session, [data](UdpSession *s) { s->send({}, data); });
    });
    connect(m_burstControls, &BurstControls::burstRequested, this, [this](int count) {
        callSession(m_session, [count](UdpSession *s) { s->sendBurst({}, count); });
    });
    retranslate();
}

void UdpClientPage::openWith(const ClientSettings &settings, const FirstActions &first)
{
    m_first = first;
    m_controls->setSettings(settings);
    if (const auto validated = m_controls->validatedSettings())
        requestOpen(*validated);
}

void UdpClientPage::requestOpen(const ClientSettings &settings)
{
    saveClientSettings(LabMode::UdpClient, settings);
    setStatesPort(settings.port);
    UdpConfig config = UdpConfig::courseDefaults(UdpRole::Client);
    config.host = settings.host;
    config.port = settings.port;
    whenCapturing([this, config] { callSession(m_session, [config](UdpSession *s) { s->start(config); }); });
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
            m_controls->clearError();
            setOpen(true);
            if (const FirstActions first = std::exchange(m_first, FirstActions()); !first.send.isEmpty() || first.burst > 0) {
                callSession(m_session, [first](UdpSession *s) {
                    if (!first.send.isEmpty())
                        s->send({}, first.send);
                    if (first.burst > 0)
                        s->sendBurst({}, first.burst);
                });
            }
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
            m_controls->showError(EventText::describe(event));
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
    m_controls->setActive(open);
    m_burstControls->setCanSend(open);
    composer()->setConnectionCounts(open ? 1 : 0, 0);
    updateInfo();
}

void UdpClientPage::updateInfo()
{
    if (!m_open) {
        infoLabel()->setText(tr("The socket is closed. Open it: the system gives it an ephemeral local port; no packet is sent until you send a datagram."));
        return;
    }
    infoLabel()->setText(tr("Local port: %1 (ephemeral, chosen by the system). Datagrams go to %2.")
                             .arg(m_local.port)
                             .arg(m_target.toString()));
}

QList<QPair<QString, QString>> UdpClientPage::reportSettings() const
{
    const ClientSettings settings = m_controls->lastSettings();
    return { { tr("Server"), settings.host }, { tr("Port"), QString::number(settings.port) },
             { tr("Local port"), m_open ? QString::number(m_local.port) : tr("closed") } };
}

const QAbstractItemModel *UdpClientPage::reportTable() const
{
    return m_peers;
}

QString UdpClientPage::title() const
{
    return pageTitle();
}

QString UdpClientPage::pageTitle()
{
    return tr("UDP client");
}

void UdpClientPage::retranslate()
{
    setHeading(tr("UDP client"),
               tr("Like the course's UDP client: socket, sendto, recvfrom. Each message is one datagram; nothing guarantees that it arrives, or in which order."));
    connectionPanel()->setExplanation(tr("There is no connection: the table lists whom this socket exchanged datagrams with."));
    m_peers->retranslate();
    updateInfo();
}
