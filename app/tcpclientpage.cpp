#include "app/tcpclientpage.h"

#include "app/pagesettings.h"
#include "model/connectiontablemodel.h"
#include "model/eventtext.h"
#include "network/localaddresses.h"
#include "widgets/burstcontrols.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

#include <QLabel>

TcpClientPage::TcpClientPage(TcpClientSession *session, QWidget *parent)
    : LabPage(LabMode::TcpClient, Transport::Tcp, parent)
    , m_session(session)
    , m_connections(new ConnectionTableModel(this))
    , m_controls(new ClientControls(Transport::Tcp, this))
    , m_burstControls(new BurstControls(this))
{
    addControls(m_controls);
    addControls(m_burstControls);
    setTableModel(m_connections, ConnectionTableModel::RawValueRole, ConnectionTableModel::ConnectionIdRole,
                  ConnectionTableModel::LocalPortColumn);
    composer()->setAudience(MessageComposer::Connections);
    m_controls->setSettings(loadClientSettings(LabMode::TcpClient));

    connect(session, &TcpClientSession::eventsReady, this, &TcpClientPage::applyBatch);
    connect(m_controls, &ClientControls::openRequested, this, &TcpClientPage::requestConnect);
    connect(m_controls, &ClientControls::closeRequested, this,
            [this] { callSession(m_session, [](TcpClientSession *s) { s->disconnectAll(); }); });
    wireConnections(m_session, m_connections);
    connect(m_connections, &ConnectionTableModel::openCountChanged, this, &TcpClientPage::updateStatus);
    connect(m_burstControls, &BurstControls::burstRequested, this, [this](int count) {
        const QList<int> ids = selectedIds();
        callSession(m_session, [ids, count](TcpClientSession *s) { s->sendBurst(ids, count); });
    });
    retranslate();
}

void TcpClientPage::connectWith(const ClientSettings &settings, const FirstActions &first)
{
    m_first = first;
    m_controls->setSettings(settings);
    if (const auto validated = m_controls->validatedSettings())
        requestConnect(*validated);
}

void TcpClientPage::requestConnect(const ClientSettings &settings)
{
    saveClientSettings(LabMode::TcpClient, settings);
    setStatesPort(settings.port);
    TcpClientConfig config;
    config.host = settings.host;
    config.port = settings.port;
    const int count = settings.connections;
    // The capture (when it follows the page) starts first, so the handshake is in it.
    whenCapturing([this, config, count] {
        callSession(m_session, [config, count](TcpClientSession *s) { s->connectClients(config, count); });
    });
}

void TcpClientPage::applyBatch(const LabEventBatch &batch)
{
    m_connections->applyBatch(batch);
    logBatch(batch);
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Connected) {
            m_controls->clearError();
            const QList<int> ids { event.connectionId };
            const FirstActions first = m_first;
            callSession(m_session, [ids, first](TcpClientSession *s) {
                if (!first.send.isEmpty())
                    s->send(ids, first.send);
                if (first.burst > 0)
                    s->sendBurst(ids, first.burst);
            });
        } else if (event.kind == EventKind::Error) {
            QString message = EventText::describe(event);
            if (event.error == LabError::Timeout || event.error == LabError::NetworkUnreachable) {
                QStringList mine;
                for (const QHostAddress &address : reachableAddresses(QHostAddress::Any))
                    mine.append(address.toString());
                message += QLatin1Char(' ') + tr("This machine's addresses: %1.").arg(mine.join(QStringLiteral(", ")));
            }
            m_controls->showError(message);
        }
    }
}

void TcpClientPage::selectionChanged()
{
    const int open = m_connections->openCount();
    composer()->setConnectionCounts(open, int(selectedIds().size()));
    m_burstControls->setCanSend(open > 0);
    m_controls->setActive(open > 0);
}

void TcpClientPage::updateStatus()
{
    const int open = m_connections->openCount();
    statusLabel()->setVisible(m_connections->rowCount() > 0);
    statusLabel()->setText(tr("Open connections: %1. Each has its own local port; the server's port is the same for all.").arg(open));
}

QList<QPair<QString, QString>> TcpClientPage::reportSettings() const
{
    const ClientSettings settings = m_controls->lastSettings();
    return { { tr("Server"), settings.host }, { tr("Port"), QString::number(settings.port) },
             { tr("Connections"), QString::number(settings.connections) } };
}

const QAbstractItemModel *TcpClientPage::reportTable() const
{
    return m_connections;
}

QString TcpClientPage::title() const
{
    return pageTitle();
}

QString TcpClientPage::pageTitle()
{
    return tr("TCP client");
}

void TcpClientPage::retranslate()
{
    setHeading(tr("TCP client"),
               tr("Like the course's client: socket, connect (the three-way handshake), send, recv, close. Open one connection, or many at once."));
    infoLabel()->setText(tr("The burst sends numbered messages on the selected connections (or all): the server page counts them. Over TCP nothing is lost and the order is kept."));
    connectionPanel()->setExplanation(tr("Each connection is a socket of this machine: the local port (highlighted) is an ephemeral port that the system chose for it; the remote port is the server's, the same for all."));
    m_connections->retranslate();
    updateStatus();
}
