#pragma once

#include "app/labmode.h"
#include "network/labevent.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class BurstTracker;
class ConnectionPanel;
class LogPanel;
class MessageComposer;
class MessageLogModel;
class PrimitiveTimelineModel;
class PrimitivesPanel;
class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QVBoxLayout;
class SocketStateModel;
class SocketStatePoller;
class SocketStatesPanel;
class TcpStateDiagram;
class TcpStateTracker;

// What a client page does as soon as it is connected (--send, --burst on the command line).
struct FirstActions
{
    QByteArray send; // sent on each connection (UDP: once), when not empty
    int burst = 0;   // numbered messages sent after it, when > 0
};

// What every mode's page has: a heading and the lesson in one sentence, the mode's controls,
// info lines, the table (connections or peers) beside the chat log and its input box, and a
// burst counter. Subclasses add their controls and talk to their session on the network thread.
class LabPage : public QWidget
{
    Q_OBJECT
public:
    virtual QString title() const = 0;
    // The kernel socket table for this page: read by poller (on the network thread), shown in
    // the states view. Polled while that view is visible, or while setKeepPolling() says so.
    void setStatePoller(SocketStatePoller *poller);

    ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    MessageComposer *composer() const { return m_composer; }
    MessageLogModel *logModel() const { return m_log; }
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

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    LabPage(LabMode mode, Transport transport, QWidget *parent = nullptr);
    // The port whose sockets the states view follows (the server's port, on client pages too).
    void setStatesPort(quint16 port);
    // Poll even while the states view is hidden (the simple server counts its backlog).
    void setKeepPolling(bool keep);
    LabMode mode() const { return m_mode; }

    // Placed under the heading, in order.
    void addControls(QWidget *controls);
    // The table: rows carry ids in idRole; highlightedColumn is what students should look at.
    void setTableModel(QAbstractItemModel *model, int sortRole, int idRole, int highlightedColumn);
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

private:
    void showBurst();
    void showDiagram();
    void retranslateViews();
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
    SocketStateModel *m_socketStates;
    SocketStatesPanel *m_statesPanel;
    QPointer<SocketStatePoller> m_poller;
    bool m_polling = false;
    bool m_keepPolling = false;
    QTabWidget *m_views;
    LabMode m_mode;
    QList<int> m_selected;
};
