#include "app/tcpserverpage.h"

#include "app/sessionconfigs.h"
#include "model/connectiontablemodel.h"
#include "model/socketstatemodel.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

#include <QLabel>

TcpServerPage::TcpServerPage(TcpServerKind kind, TcpServerSession *session, QWidget *parent)
    : ReplyingServerPage(kind == TcpServerKind::Simple ? LabMode::TcpSimple : LabMode::TcpMulti, Transport::Tcp, session,
                         parent)
    , m_kind(kind)
    , m_connections(new ConnectionTableModel(this))
{
    setTableModel(m_connections, ConnectionTableModel::RawValueRole, ConnectionTableModel::ConnectionIdRole,
                  ConnectionTableModel::RemotePortColumn, ConnectionTableModel::IsOpenRole);
    composer()->setAudience(MessageComposer::Clients);
    controls()->setMaxClientsShown(kind == TcpServerKind::Multi);

    connect(session, &TcpServerSession::eventsReady, this, &TcpServerPage::applyBatch);
    connect(controls(), &ServerControls::framingModeChanged, this, [this](FramingMode framing) {
        callSession(m_session, [framing](TcpServerSession *s) { s->setFramingMode(framing); });
        saveSettings();
    });
    wireConnections(m_session, m_connections);
    connect(m_connections, &ConnectionTableModel::openCountChanged, this, &TcpServerPage::updateStatus);
    // The simple server shows who waits in the backlog: the kernel table counts them.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(socketStates(), signal, this, &TcpServerPage::updateStatus);
    connect(socketStates(), &QAbstractItemModel::dataChanged, this, &TcpServerPage::updateStatus);
    retranslate();
}

void TcpServerPage::startSession(const ServerSettings &settings)
{
    const TcpServerConfig config = tcpServerConfig(m_kind, settings);
    callSession(m_session, [config](TcpServerSession *s) { s->start(config); });
}

void TcpServerPage::applyBatch(const LabEventBatch &batch)
{
    m_connections->applyBatch(batch);
    logBatch(batch);
    applyServerEvents(batch);
    for (const LabEvent &event : batch) {
        if (event.kind == EventKind::Accepted)
            m_servedClient = event.remote;
    }
    updateStatus();
}

void TcpServerPage::selectionChanged()
{
    composer()->setConnectionCounts(m_connections->openCount(), int(selectedIds().size()));
}

void TcpServerPage::updateStatus()
{
    const int open = m_connections->openCount();
    statusLabel()->setVisible(isRunning());
    if (!isRunning())
        return;
    if (m_kind == TcpServerKind::Simple) {
        setKeepPolling(open > 0);
        QString text = open == 0
            ? tr("Waiting for a client (accept). This server serves one client at a time.")
            : tr("Busy serving %1. Other clients that connect now complete the handshake but wait in the listen backlog, without an answer, until this client leaves.")
                  .arg(m_servedClient.toString());
        const int waiting = waitingInBacklog();
        if (open > 0 && waiting > 0)
            text += QLatin1Char(' ') + tr("Waiting in the backlog now: %1.").arg(waiting);
        statusLabel()->setText(text);
    } else {
        statusLabel()->setText(tr("Clients connected: %1. They are all served at the same time.").arg(open));
    }
}

int TcpServerPage::waitingInBacklog() const
{
    const SocketStateModel *states = socketStates();
    int waiting = 0;
    for (int row = 0; row < states->rowCount(); ++row) {
        const QModelIndex index = states->index(row, SocketStateModel::LocalPortColumn);
        waiting += index.data(SocketStateModel::WaitingInBacklogRole).toBool()
            && index.data(SocketStateModel::RawValueRole).toUInt() == listeningOn().port;
    }
    return waiting;
}

void TcpServerPage::retranslate()
{
    if (m_kind == TcpServerKind::Simple)
        setHeading(tr("Simple TCP server (one client at a time)"),
                   tr("Like the course's first server: accept one client, answer it until it leaves, then accept the next. Default reply: echo."));
    else
        setHeading(tr("Multi-client TCP server"),
                   tr("Like the course's third server: every client is accepted and served at once, each on its own connection. Default reply: upper case."));
    connectionPanel()->setExplanation(tr("Every connection is identified by a 4-tuple (client IP, client port, server IP, server port). The server's local port is the same for all connections; each client has its own ephemeral port (highlighted). That is the port that \"changes\"."));
    m_connections->retranslate();
    updateInfo();
    updateStatus();
}
