#pragma once

#include "network/labevent.h"
#include "network/tcpserversession.h"

#include <QPointer>
#include <QWidget>

class ConnectionPanel;
class ConnectionTableModel;
class LogPanel;
class MessageComposer;
class MessageLogModel;
class QLabel;
class QSortFilterProxyModel;
class ServerControls;

// One TCP server mode (simple or multi-client): places its controls, the connection table and
// the chat log side by side, and wires them to a TcpServerSession living on the network thread.
class TcpServerPage : public QWidget
{
    Q_OBJECT
public:
    TcpServerPage(TcpServerKind kind, TcpServerSession *session, QWidget *parent = nullptr);

    TcpServerKind kind() const { return m_kind; }
    QString title() const;
    // Fills the controls with config and starts the server (command line, tests).
    void startWith(const TcpServerConfig &config);
    void stop();

    ServerControls *controls() const { return m_controls; }
    ConnectionPanel *connectionPanel() const { return m_connectionPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    MessageComposer *composer() const { return m_composer; }
    ConnectionTableModel *connectionModel() const { return m_connections; }
    MessageLogModel *logModel() const { return m_log; }

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyBatch(const LabEventBatch &batch);
    void requestStart(const TcpServerConfig &config);
    void setRunning(bool running);
    void updateReachable();
    void updateStatus();
    void retranslate();
    template<typename Command>
    void callSession(Command command);

    TcpServerKind m_kind;
    QPointer<TcpServerSession> m_session;
    ConnectionTableModel *m_connections;
    QSortFilterProxyModel *m_sortedConnections;
    MessageLogModel *m_log;
    QLabel *m_heading;
    QLabel *m_description;
    ServerControls *m_controls;
    QLabel *m_reachable;
    QLabel *m_status;
    ConnectionPanel *m_connectionPanel;
    LogPanel *m_logPanel;
    MessageComposer *m_composer;
    bool m_running = false;
    bool m_starting = false;
    Endpoint m_listeningOn;
    Endpoint m_servedClient; // simple server: the one client being served
    QList<int> m_selected;
};
