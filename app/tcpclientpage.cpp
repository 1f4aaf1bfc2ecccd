#include "app/tcpclientpage.h"

#include "app/sessionconfigs.h"
#include "model/connectiontablemodel.h"
#include "model/eventtext.h"
#include "network/localaddresses.h"
#include "widgets/burstcontrols.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

#include <QLabel>

TcpClientPage::TcpClientPage(TcpClientSession *session, QWidget *parent)
    : ClientPage(LabMode::TcpClient, Transport::Tcp, parent)
    , m_session(session)
    , m_connections(new ConnectionTableModel(this))
{
    setTableModel(m_connections, ConnectionTableModel::RawValueRole, ConnectionTableModel::ConnectionIdRole,
                  ConnectionTableModel::LocalPortColumn, ConnectionTableModel::IsOpenRole);
    composer()->setAudience(MessageComposer::Connections);

    connect(session, &TcpClientSession::eventsReady, this, &TcpClientPage::applyBatch);
    wireConnections(m_session, m_connections);
    connect(m_connections, &ConnectionTableModel::openCountChanged, this, &TcpClientPage::updateStatus);
    retranslate();
}

void TcpClientPage::openSession(const ClientSettings &settings)
{
    const TcpClientConfig config = tcpClientConfig(settings);
    const int count = settings.connections;
    callSession(m_session, [config, count](TcpClientSession *s) { s->connectClients(config, count); });
}

void TcpClientPage::closeSession()
{
    callSession(m_session, [](TcpClientSession *s) { s->disconnectAll(); });
}

void TcpClientPage::sendBurst(int count)
{
    const QList<int> ids = selectedIds();
    callSession(m_session, [ids, count](TcpClientSession *s) { s->sendBurst(ids, count); });
}

void TcpClientPage::applyBatch(const LabEventBatch &batch)
{
    m_connections->applyBatch(batch);
    logBatch(batch);
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Connected) {
            controls()->clearError();
            sendFirstActions(m_session, { event.connectionId }, firstActions());
        } else if (event.kind == EventKind::Error) {
            QString message = EventText::describe(event);
            if (event.error == LabError::Timeout || event.error == LabError::NetworkUnreachable) {
                QStringList mine;
                for (const QHostAddress &address : reachableAddresses(QHostAddress::Any))
                    mine.append(address.toString());
                message += QLatin1Char(' ') + tr("This machine's addresses: %1.").arg(mine.join(QStringLiteral(", ")));
            }
            controls()->showError(message);
        }
    }
}

void TcpClientPage::selectionChanged()
{
    const int open = m_connections->openCount();
    composer()->setConnectionCounts(open, int(selectedIds().size()));
    burstControls()->setCanSend(open > 0);
    controls()->setActive(open > 0);
}

void TcpClientPage::updateStatus()
{
    const int open = m_connections->openCount();
    statusLabel()->setVisible(m_connections->rowCount() > 0);
    statusLabel()->setText(tr("Open connections: %1. Each has its own local port; the server's port is the same for all.").arg(open));
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
