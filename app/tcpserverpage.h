#pragma once

#include "app/replyingserverpage.h"
#include "network/tcpserversession.h"

class ConnectionTableModel;

// A TCP server page (simple or multi-client): its controls, the connection table and the chat
// log, wired to a TcpServerSession living on the network thread.
class TcpServerPage : public ReplyingServerPage<TcpServerSession>
{
    Q_OBJECT
public:
    TcpServerPage(TcpServerKind kind, TcpServerSession *session, QWidget *parent = nullptr);

    TcpServerKind kind() const { return m_kind; }

    ConnectionTableModel *connectionModel() const { return m_connections; }

protected:
    void retranslate() override;
    void selectionChanged() override;
    void startSession(const ServerSettings &settings) override;
    void updateStatus() override;

private:
    void applyBatch(const LabEventBatch &batch);
    // Connections the kernel completed that this (simple) server has not accepted yet.
    int waitingInBacklog() const;

    TcpServerKind m_kind;
    ConnectionTableModel *m_connections;
    Endpoint m_servedClient; // simple server: the one client being served
};
