#include "app/tcpserverpage.h"

#include "app/serversettings.h"
#include "model/connectiontablemodel.h"
#include "model/eventtext.h"
#include "model/messagelogmodel.h"
#include "network/localaddresses.h"
#include "widgets/connectionpanel.h"
#include "widgets/logpanel.h"
#include "widgets/messagecomposer.h"
#include "widgets/servercontrols.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

TcpServerPage::TcpServerPage(TcpServerKind kind, TcpServerSession *session, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_session(session)
    , m_connections(new ConnectionTableModel(this))
    , m_sortedConnections(new QSortFilterProxyModel(this))
    , m_log(new MessageLogModel(this))
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_controls(new ServerControls(kind, this))
    , m_reachable(new QLabel(this))
    , m_status(new QLabel(this))
    , m_connectionPanel(new ConnectionPanel(this))
    , m_logPanel(new LogPanel(this))
    , m_composer(new MessageComposer(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : { m_description, m_reachable, m_status }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_reachable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));

    m_sortedConnections->setSourceModel(m_connections);
    m_sortedConnections->setSortRole(ConnectionTableModel::RawValueRole);
    m_connectionPanel->setModel(m_sortedConnections, ConnectionTableModel::ConnectionIdRole,
                                ConnectionTableModel::RemotePortColumn);
    m_logPanel->setModel(m_log);
    m_controls->setBindChoices(localAddresses());
    m_controls->setConfig(loadServerConfig(kind));

    auto *logSide = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logSide);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logPanel, 1);
    logLayout->addWidget(m_composer);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_connectionPanel);
    splitter->addWidget(logSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 3000, 2000 }); // the table needs the room: it carries the lesson
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_controls);
    layout->addWidget(m_reachable);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(session, &TcpServerSession::eventsReady, this, &TcpServerPage::applyBatch);
    connect(m_controls, &ServerControls::startRequested, this, &TcpServerPage::requestStart);
    connect(m_controls, &ServerControls::stopRequested, this, &TcpServerPage::stop);
    connect(m_controls, &ServerControls::replyModeChanged, this, [this](ReplyMode mode) {
        callSession([mode](TcpServerSession *s) { s->setReplyMode(mode); });
        saveServerConfig(m_controls->lastConfig());
    });
    connect(m_controls, &ServerControls::framingModeChanged, this, [this](FramingMode framing) {
        callSession([framing](TcpServerSession *s) { s->setFramingMode(framing); });
        saveServerConfig(m_controls->lastConfig());
    });
    connect(m_connectionPanel, &ConnectionPanel::selectedConnectionsChanged, this, [this](const QList<int> &ids) {
        m_selected = ids;
        m_logPanel->setSelectedConnections(ids);
        m_composer->setConnectionCounts(m_connections->openCount(), int(ids.size()));
    });
    connect(m_connectionPanel, &ConnectionPanel::disconnectRequested, this, [this](const QList<int> &ids) {
        callSession([ids](TcpServerSession *s) {
            for (int id : ids)
                s->disconnectClient(id);
        });
    });
    connect(m_connectionPanel, &ConnectionPanel::abortRequested, this, [this](const QList<int> &ids) {
        callSession([ids](TcpServerSession *s) {
            for (int id : ids)
                s->abortClient(id);
        });
    });
    connect(m_connectionPanel, &ConnectionPanel::clearClosedRequested, m_connections, &ConnectionTableModel::clearClosed);
    connect(m_connections, &ConnectionTableModel::openCountChanged, this, [this](int open) {
        m_composer->setConnectionCounts(open, int(m_selected.size()));
        updateStatus();
    });
    connect(m_composer, &MessageComposer::sendRequested, this, [this](const QByteArray &data, bool toAll) {
        const QList<int> ids = toAll ? QList<int>() : m_selected;
        callSession([ids, data](TcpServerSession *s) { s->send(ids, data); });
    });
    retranslate();
}

template<typename Command>
void TcpServerPage::callSession(Command command)
{
    if (!m_session)
        return;
    // The session lives on the network thread: the command runs there, in order.
    QMetaObject::invokeMethod(m_session, [session = m_session, command] {
        if (session)
            command(session.data());
    }, Qt::QueuedConnection);
}

void TcpServerPage::startWith(const TcpServerConfig &config)
{
    m_controls->setConfig(config);
    if (const auto validated = m_controls->validatedConfig())
        requestStart(*validated);
}

void TcpServerPage::requestStart(const TcpServerConfig &config)
{
    m_starting = true;
    m_controls->clearError();
    m_controls->startButton()->setEnabled(false);
    callSession([config](TcpServerSession *s) { s->start(config); });
}

void TcpServerPage::stop()
{
    callSession([](TcpServerSession *s) { s->stop(); });
}

void TcpServerPage::applyBatch(const LabEventBatch &batch)
{
    m_connections->applyBatch(batch);
    m_log->applyBatch(batch);
    for (const LabEvent &event : batch) {
        switch (event.kind) {
        case EventKind::Listening:
            m_listeningOn = event.local;
            m_starting = false;
            saveServerConfig(m_controls->lastConfig());
            setRunning(true);
            break;
        case EventKind::Stopped:
            setRunning(false);
            break;
        case EventKind::Error:
            if (event.connectionId == 0 && m_starting) {
                m_starting = false;
                m_controls->showError(EventText::describe(event));
                setRunning(false);
            }
            break;
        case EventKind::Accepted:
            m_servedClient = event.remote;
            break;
        default:
            break;
        }
    }
    updateStatus();
}

void TcpServerPage::setRunning(bool running)
{
    m_controls->startButton()->setEnabled(true);
    if (running == m_running)
        return;
    m_running = running;
    m_controls->setRunning(running);
    updateReachable();
    updateStatus();
    Q_EMIT runningChanged(running);
}

void TcpServerPage::updateReachable()
{
    if (!m_running) {
        m_reachable->setText(tr("The server is stopped. Press Start: SocketLab creates the socket, binds it to the address and port, and listens."));
        return;
    }
    QStringList places;
    for (const QHostAddress &address : reachableAddresses(m_listeningOn.address))
        places.append(Endpoint(address, m_listeningOn.port).toString());
    m_reachable->setText(tr("Listening on %1. Clients can connect to: %2")
                             .arg(m_listeningOn.toString(), places.join(QStringLiteral("  ·  "))));
}

void TcpServerPage::updateStatus()
{
    const int open = m_connections->openCount();
    if (!m_running) {
        m_status->clear();
        m_status->setVisible(false);
        return;
    }
    m_status->setVisible(true);
    if (m_kind == TcpServerKind::Simple) {
        m_status->setText(open == 0
            ? tr("Waiting for a client (accept). This server serves one client at a time.")
            : tr("Busy serving %1. Other clients that connect now complete the handshake but wait in the listen backlog, without an answer, until this client leaves.")
                  .arg(m_servedClient.toString()));
    } else {
        m_status->setText(tr("Clients connected: %1. They are all served at the same time.").arg(open));
    }
}

QString TcpServerPage::title() const
{
    return m_kind == TcpServerKind::Simple ? tr("Simple TCP server") : tr("Multi-client TCP server");
}

void TcpServerPage::retranslate()
{
    m_heading->setText(m_kind == TcpServerKind::Simple ? tr("Simple TCP server (one client at a time)")
                                                       : tr("Multi-client TCP server"));
    m_description->setText(m_kind == TcpServerKind::Simple
        ? tr("Like the course's first server: accept one client, answer it until it leaves, then accept the next. Default reply: echo.")
        : tr("Like the course's third server: every client is accepted and served at once, each on its own connection. Default reply: upper case."));
    m_connectionPanel->setExplanation(tr("Every connection is identified by a 4-tuple (client IP, client port, server IP, server port). The server's local port is the same for all connections; each client has its own ephemeral port (highlighted). That is the port that \"changes\"."));
    m_connections->retranslate();
    m_log->retranslate();
    updateReachable();
    updateStatus();
}

void TcpServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
