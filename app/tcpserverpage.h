#pragma once

#include "model/labmode.h"
#include "app/labpage.h"
#include "network/tcpserversession.h"
#include "widgets/servercontrols.h"

class ConnectionTableModel;

// A TCP server page (simple or multi-client): its controls, the connection table and the chat
// log, wired to a TcpServerSession living on the network thread.
class TcpServerPage : public LabPage
{
    Q_OBJECT
public:
    TcpServerPage(TcpServerKind kind, TcpServerSession *session, QWidget *parent = nullptr);

    TcpServerKind kind() const { return m_kind; }
    QString title() const override;
    static QString titleFor(TcpServerKind kind);
    // Fills the controls and starts the server (command line, tests).
    void startWith(const ServerSettings &settings);
    void stop();

    ServerControls *controls() const { return m_controls; }
    ConnectionTableModel *connectionModel() const { return m_connections; }

protected:
    void retranslate() override;
    QList<QPair<QString, QString>> reportSettings() const override;
    const QAbstractItemModel *reportTable() const override;
    void selectionChanged() override;

private:
    void applyBatch(const LabEventBatch &batch);
    void requestStart(const ServerSettings &settings);
    void setRunning(bool running);
    void updateInfo();
    void updateStatus();
    // Connections the kernel completed that this (simple) server has not accepted yet.
    int waitingInBacklog() const;

    TcpServerKind m_kind;
    QPointer<TcpServerSession> m_session;
    ConnectionTableModel *m_connections;
    ServerControls *m_controls;
    bool m_running = false;
    bool m_starting = false;
    Endpoint m_listeningOn;
    Endpoint m_servedClient; // simple server: the one client being served
};
