#pragma once

#include "model/labmode.h"
#include "network/labevent.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class BurstTracker;
class ConnectionTableModel;
class CapturePanel;
class CaptureSession;
class DumpcapCapture;
class PageCapture;
class ConnectionPanel;
class LogPanel;
class MessageComposer;
class MessageLogModel;
class PrimitiveTimelineModel;
class PrimitivesPanel;
class QAbstractItemModel;
class QLabel;
class QScrollArea;
class QSortFilterProxyModel;
class QTabWidget;
class QVBoxLayout;
class SocketStateModel;
class SocketStatePoller;
class SocketStatesPanel;
class TcpStateDiagram;
class TcpStateTracker;

// What every mode's page has: a heading and the lesson in one sentence, the mode's controls,
// info lines, the table (connections or peers) beside the chat log and its input box, and a
// burst counter. Subclasses add their controls and talk to their session on the network thread.
class LabPage : public QWidget
{
    Q_OBJECT
public:
    // The page's tab title ("Simple TCP server").
    static QString titleFor(LabMode mode);
    QString title() const { return titleFor(m_mode); }
    LabMode mode() const { return m_mode; }
    // A page heading: the application font, larger and bold (follows the zoom).
    static void makeHeading(QLabel *label);
    // The kernel socket table for this page: read by poller (on the network thread), shown in
    // the states view. Polled while that view is visible, or while setKeepPolling() says so.
    void setStatePoller(SocketStatePoller *poller);
    // The packet capture for this page (the session lives on the capture worker thread).
    void setCaptureSession(CaptureSession *session, DumpcapCapture *dumpcap);
    PageCapture *capture() const { return m_capture; }
    CapturePanel *capturePanel() const { return m_capturePanel; }

    ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    MessageComposer *composer() const { return m_composer; }
    MessageLogModel *logModel() const { return m_log; }
    // Rows in the page's table (connections or peers), open and closed.
    int tableRowCount() const;
    BurstTracker *burstTracker() const { return m_burst; }
    QLabel *infoLabel() const { return m_info; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *burstLabel() const { return m_burstLabel; }
    PrimitiveTimelineModel *primitivesModel() const { return m_primitives; }
    PrimitivesPanel *primitivesPanel() const { return m_primitivesPanel; }
    TcpStateTracker *tcpStates() const { return m_tcpStates; }
    TcpStateDiagram *stateDiagram() const { return m_diagram; }
    // The views beside the table: log, socket calls, (TCP) state diagram.
    QTabWidget *views() const { return m_views; }
    SocketStateModel *socketStates() const { return m_socketStates; }
    SocketStatesPanel *statesPanel() const { return m_statesPanel; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    LabPage(LabMode mode, Transport transport, QWidget *parent = nullptr);
    // The port of the page's traffic (the server's port, on client pages too): the states view
    // and the capture filter follow it.
    void setStatesPort(quint16 port);
    // The page's server or client started or stopped: the capture follows it.
    void setPageRunning(bool running);
    // The page's own addresses (bind address, server address): where the capture goes by default.
    void setCaptureAddresses(const QList<QHostAddress> &addresses);
    // Runs action once the page's capture is on (before a server's first accept, a client's
    // first packet).
    void whenCapturing(const std::function<void()> &action);
    // Poll even while the states view is hidden (the simple server counts its backlog).
    void setKeepPolling(bool keep);

    // Placed under the heading, in order.
    void addControls(QWidget *controls);
    // The table: rows carry ids in idRole; highlightedColumn is what students should look at.
    void setTableModel(QAbstractItemModel *model, int sortRole, int idRole, int highlightedColumn, int liveRole = -1);
    void setHeading(const QString &heading, const QString &description);
    // Feeds the log and the burst counter.
    void logBatch(const LabEventBatch &batch);
    QList<int> selectedIds() const { return m_selected; }
    // "Listening on [::]:65432. Clients can connect to: 192.168.0.5:65432 · 127.0.0.1:65432 ..."
    static QString reachableText(const Endpoint &listeningOn, Transport transport);
    // Called when the selection changes; the default tells the composer.
    virtual void selectionChanged();
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // Every batch the page shows (the guided exercises watch them).
    void batchShown(LabMode mode, const LabEventBatch &batch);

protected:
    // Runs command(session) on the session's thread, in order with the other commands.
    template<typename Session, typename Command>
    static void callSession(const QPointer<Session> &session, Command command)
    {
        if (!session)
            return;
        QMetaObject::invokeMethod(session.data(), [session, command] {
            if (session)
                command(session.data());
        }, Qt::QueuedConnection);
    }

    // The connection table's actions (Disconnect, Abort, Clear closed) and the composer, wired to
    // a TCP session (server or client: both take disconnectClient, abortClient and send).
    template<typename Session>
    void wireConnections(const QPointer<Session> &session, ConnectionTableModel *connections);

private:
    void showBurst();
    void showDiagram();
    void retranslateViews();
    QScrollArea *addScrolledTab(QWidget *view);
    void updatePolling();

    MessageLogModel *m_log;
    BurstTracker *m_burst;
    QSortFilterProxyModel *m_sortedTable;
    QLabel *m_heading;
    QLabel *m_description;
    QVBoxLayout *m_controlsLayout;
    QLabel *m_info;
    QLabel *m_status;
    QLabel *m_burstLabel;
    ConnectionPanel *m_connectionPanel;
    LogPanel *m_logPanel;
    MessageComposer *m_composer;
    PrimitiveTimelineModel *m_primitives;
    PrimitivesPanel *m_primitivesPanel;
    TcpStateTracker *m_tcpStates;
    TcpStateDiagram *m_diagram = nullptr; // TCP pages only
    QScrollArea *m_captureTab;            // the tabs around the capture panel
    QScrollArea *m_diagramTab = nullptr;  // and the diagram
    SocketStateModel *m_socketStates;
    SocketStatesPanel *m_statesPanel;
    CapturePanel *m_capturePanel;
    PageCapture *m_capture = nullptr;
    Transport m_transport;
    QPointer<SocketStatePoller> m_poller;
    bool m_polling = false;
    bool m_keepPolling = false;
    QTabWidget *m_views;
    LabMode m_mode;
    QList<int> m_selected;
};

#include "model/connectiontablemodel.h"
#include "widgets/connectionpanel.h"
#include "widgets/messagecomposer.h"

template<typename Session>
void LabPage::wireConnections(const QPointer<Session> &session, ConnectionTableModel *connections)
{
    connect(m_connectionPanel, &ConnectionPanel::disconnectRequested, this, [session](const QList<int> &ids) {
        callSession(session, [ids](Session *s) {
            for (int id : ids)
                s->disconnectClient(id);
        });
    });
    connect(m_connectionPanel, &ConnectionPanel::abortRequested, this, [session](const QList<int> &ids) {
        callSession(session, [ids](Session *s) {
            for (int id : ids)
                s->abortClient(id);
        });
    });
    connect(m_connectionPanel, &ConnectionPanel::clearClosedRequested, connections, &ConnectionTableModel::clearClosed);
    connect(connections, &ConnectionTableModel::openCountChanged, this, &LabPage::selectionChanged);
    connect(m_composer, &MessageComposer::sendRequested, this, [this, session](const QByteArray &data, bool toAll) {
        const QList<int> ids = toAll ? QList<int>() : m_selected;
        callSession(session, [ids, data](Session *s) { s->send(ids, data); });
    });
}
