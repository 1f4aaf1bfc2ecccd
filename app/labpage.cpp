#include "app/labpage.h"

#include "app/pagecapture.h"
#include "app/tabsettings.h"
#include "model/bursttracker.h"
#include "model/eventtext.h"
#include "model/messagelogmodel.h"
#include "model/primitivetimelinemodel.h"
#include "model/socketstatemodel.h"
#include "model/tcpstatetracker.h"
#include "network/localaddresses.h"
#include "network/socketstatepoller.h"
#include "widgets/capturepanel.h"
#include "widgets/connectionpanel.h"
#include "widgets/labeltone.h"
#include "widgets/logpanel.h"
#include "widgets/messagecomposer.h"
#include "widgets/primitivespanel.h"
#include "widgets/socketstatespanel.h"
#include "widgets/tcpstatediagram.h"
#include "widgets/wrappedlabel.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

LabPage::LabPage(LabMode mode, Transport transport, QWidget *parent)
    : QWidget(parent)
    , m_log(new MessageLogModel(this))
    , m_burst(new BurstTracker(this))
    , m_sortedTable(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_description(new WrappedLabel(this))
    , m_controlsLayout(new QVBoxLayout)
    , m_info(new WrappedLabel(this))
    , m_status(new WrappedLabel(this))
    , m_burstLabel(new WrappedLabel(this))
    , m_connectionPanel(new ConnectionPanel(this))
    , m_logPanel(new LogPanel(this))
    , m_composer(new MessageComposer(this))
    , m_primitives(new PrimitiveTimelineModel(this))
    , m_primitivesPanel(new PrimitivesPanel(this))
    , m_tcpStates(new TcpStateTracker(this))
    , m_socketStates(new SocketStateModel(this))
    , m_statesPanel(new SocketStatesPanel(this))
    , m_capturePanel(new CapturePanel(this))
    , m_transport(transport)
    , m_views(new QTabWidget(this))
    , m_mode(mode)
{
    makeHeading(m_heading);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setLabelTone(m_status, LabelTone::Strong);
    m_status->hide();
    setLabelTone(m_burstLabel, LabelTone::Notice);
    m_burstLabel->hide();
    m_logPanel->setModel(m_log);

    m_primitivesPanel->setModel(m_primitives);
    m_views->addTab(m_logPanel, QString());
    m_views->addTab(m_primitivesPanel, QString());
    m_statesPanel->setModel(m_socketStates, SocketStateModel::RawValueRole, SocketStateModel::StateColumn);
    m_statesPanel->setAvailable(KernelSocketTable::isAvailable());
    m_statesPanel->setTransport(transport);
    m_views->addTab(m_statesPanel, QString());
    m_captureTab = addScrolledTab(m_capturePanel);
    if (transport == Transport::Tcp) {
        m_diagram = new TcpStateDiagram(this);
        m_diagramTab = addScrolledTab(m_diagram);
        connect(m_tcpStates, &TcpStateTracker::pathChanged, this, &LabPage::showDiagram);
        connect(m_tcpStates, &TcpStateTracker::pathChanged, this, &LabPage::updatePolling);
    }

    auto *logSide = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logSide);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_views, 1);
    logLayout->addWidget(m_composer);

    // The table above the views, each the page's full width: side by side, neither the table's
    // eleven columns nor the packet list's seven fit half of a lab PC's 1366 pixels.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_connectionPanel);
    splitter->addWidget(logSide);
    // Half and half: the table's rows are exercise 3's evidence, the views below scroll.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 1000, 1000 });
    splitter->setChildrenCollapsible(false);

    m_controlsLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(m_controlsLayout);
    layout->addWidget(m_info);
    layout->addWidget(m_status);
    layout->addWidget(m_burstLabel);
    layout->addWidget(splitter, 1);

    connect(m_connectionPanel, &ConnectionPanel::selectedConnectionsChanged, this, [this](const QList<int> &ids) {
        m_selected = ids;
        m_logPanel->setSelectedConnections(ids);
        m_primitivesPanel->setSelectedConnections(ids);
        showDiagram();
        selectionChanged();
    });
    connect(m_burst, &BurstTracker::progressed, this, &LabPage::showBurst);
    connect(m_burst, &BurstTracker::finished, this, &LabPage::showBurst);
    retranslateViews();

    rememberCurrentTab(m_views, QStringLiteral("pages/%1/view").arg(modeName(mode)));
    connect(m_views, &QTabWidget::currentChanged, this, &LabPage::updatePolling);
}

void LabPage::setStatePoller(SocketStatePoller *poller)
{
    m_poller = poller;
    connect(poller, &SocketStatePoller::snapshot, m_socketStates, &SocketStateModel::applySnapshot);
    connect(poller, &SocketStatePoller::snapshot, m_tcpStates, &TcpStateTracker::applyKernelSockets);
}

void LabPage::setCaptureSession(CaptureSession *session, DumpcapCapture *dumpcap)
{
    m_capture = new PageCapture(m_capturePanel, session, dumpcap, this);
    rememberCurrentTab(m_capturePanel->views(), QStringLiteral("pages/%1/captureView").arg(modeName(m_mode)));
}

void LabPage::setPageRunning(bool running)
{
    if (!m_capture)
        return;
    if (running)
        m_capture->pageStarted();
    else
        m_capture->pageStopped();
}

void LabPage::setCaptureAddresses(const QList<QHostAddress> &addresses)
{
    if (m_capture)
        m_capture->setTrafficAddresses(addresses);
}

void LabPage::whenCapturing(const std::function<void()> &action)
{
    if (m_capture)
        m_capture->whenCapturing(action);
    else
        action();
}

void LabPage::setStatesPort(quint16 port)
{
    if (m_capture)
        m_capture->setTraffic(m_transport, port);
    m_statesPanel->setPort(port);
    if (m_poller)
        QMetaObject::invokeMethod(m_poller.data(), [poller = m_poller, port] {
            if (poller)
                poller->setPort(port);
        }, Qt::QueuedConnection);
    updatePolling();
}

void LabPage::setKeepPolling(bool keep)
{
    m_keepPolling = keep;
    updatePolling();
}

void LabPage::updatePolling()
{
    // Reading the kernel table costs a little: only while someone looks (or the page needs it).
    // The diagram too, while a connection is in TIME-WAIT: it ends when the kernel's table no
    // longer lists the socket.
    const QWidget *view = m_views->currentWidget();
    const bool diagramWaits = m_diagramTab && view == m_diagramTab && m_tcpStates->isWaitingForKernel();
    const bool looking = view == m_statesPanel || diagramWaits;
    const bool want = m_poller && isVisible() && (looking || m_keepPolling);
    if (want == m_polling)
        return;
    m_polling = want;
    QMetaObject::invokeMethod(m_poller.data(), want ? &SocketStatePoller::start : &SocketStatePoller::stop,
                              Qt::QueuedConnection);
}

void LabPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updatePolling();
}

void LabPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updatePolling();
}

// The packet views and the TCP diagram are taller than a lab PC leaves below the table: in a
// scroll area their minimum no longer squeezes the table (a tab widget is as tall as its
// tallest page), and they scroll when the student makes the views small.
QScrollArea *LabPage::addScrolledTab(QWidget *view)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_views->addTab(scroll, QString());
    return scroll;
}

void LabPage::retranslateViews()
{
    // Short titles: the views share half a window with their tabs.
    m_views->setTabText(m_views->indexOf(m_logPanel), tr("Log", "view tab: the message log"));
    m_views->setTabText(m_views->indexOf(m_primitivesPanel), tr("Calls", "view tab: socket calls"));
    m_views->setTabText(m_views->indexOf(m_statesPanel), tr("States", "view tab: kernel socket states"));
    m_views->setTabToolTip(m_views->indexOf(m_logPanel), tr("Message log"));
    m_views->setTabToolTip(m_views->indexOf(m_primitivesPanel), tr("Socket calls"));
    m_views->setTabToolTip(m_views->indexOf(m_statesPanel), tr("Kernel states"));
    m_views->setTabText(m_views->indexOf(m_captureTab), tr("Packets", "view tab: packet capture"));
    m_views->setTabToolTip(m_views->indexOf(m_captureTab), tr("Packet capture"));
    if (m_diagram) {
        m_views->setTabText(m_views->indexOf(m_diagramTab), tr("TCP diagram", "view tab: the TCP state machine"));
        m_views->setTabToolTip(m_views->indexOf(m_diagramTab), tr("TCP states"));
    }
    showDiagram();
}

void LabPage::showDiagram()
{
    if (!m_diagram)
        return;
    // The first selected connection, or else the newest one the tracker knows.
    const int id = m_selected.isEmpty() ? m_tcpStates->newestConnection() : m_selected.constFirst();
    m_diagram->setPath(m_tcpStates->path(id));
    m_diagram->setCaption(id > 0 ? tr("Connection #%1: the states it went through are blue; where it is now is filled.").arg(id)
                                 : QString());
}

void LabPage::addControls(QWidget *controls)
{
    m_controlsLayout->addWidget(controls);
}

void LabPage::setTableModel(QAbstractItemModel *model, int sortRole, int idRole, int highlightedColumn, int liveRole)
{
    m_sortedTable->setSourceModel(model);
    m_sortedTable->setSortRole(sortRole);
    m_connectionPanel->setModel(m_sortedTable, idRole, highlightedColumn, liveRole);
}

void LabPage::setHeading(const QString &heading, const QString &description)
{
    m_heading->setText(heading);
    m_description->setText(description);
}

void LabPage::logBatch(const LabEventBatch &batch)
{
    m_log->applyBatch(batch);
    m_burst->applyBatch(batch);
    m_primitives->applyBatch(batch);
    m_tcpStates->applyBatch(batch);
    if (m_capture)
        m_capture->noteTraffic(batch);
    Q_EMIT batchShown(m_mode, batch);
}

QString LabPage::reachableText(const Endpoint &listeningOn, Transport transport)
{
    QStringList places;
    for (const QHostAddress &address : reachableAddresses(listeningOn.address))
        places.append(Endpoint(address, listeningOn.port).toString());
    const QString joined = places.join(QStringLiteral("  ·  "));
    return transport == Transport::Tcp
        ? tr("Listening on %1. Clients can connect to: %2").arg(listeningOn.toString(), joined)
        : tr("Bound to %1. Clients can send datagrams to: %2").arg(listeningOn.toString(), joined);
}

void LabPage::selectionChanged()
{
}

void LabPage::showBurst()
{
    const QList<BurstTracker::Summary> bursts = m_burst->summaries();
    if (bursts.isEmpty()) {
        m_burstLabel->hide();
        return;
    }
    QStringList lines;
    for (const BurstTracker::Summary &summary : bursts.mid(0, 3))
        lines.append(EventText::burstSummary(summary.sender, summary.transport == Transport::Udp, summary.total,
                                             summary.received, summary.missing(), summary.duplicates,
                                             summary.outOfOrder, summary.finished));
    m_burstLabel->setText(lines.join(QLatin1Char('\n')));
    m_burstLabel->show();
}

int LabPage::tableRowCount() const
{
    return m_sortedTable->sourceModel()->rowCount();
}

QString LabPage::titleFor(LabMode mode)
{
    switch (mode) {
    case LabMode::TcpSimple: return tr("Simple TCP server");
    case LabMode::TcpMulti: return tr("Multi-client TCP server");
    case LabMode::UdpServer: return tr("UDP server");
    case LabMode::TcpClient: return tr("TCP client");
    case LabMode::UdpClient: return tr("UDP client");
    case LabMode::FileServer: return tr("File server");
    case LabMode::FileClient: return tr("File client");
    }
    return {};
}

void LabPage::makeHeading(QLabel *label)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
}

void LabPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationFontChange)
        makeHeading(m_heading); // the zoom changed: the heading keeps its proportion
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_log->retranslate();
        m_primitives->retranslate();
        retranslateViews();
        showBurst();
    }
    QWidget::changeEvent(event);
}
