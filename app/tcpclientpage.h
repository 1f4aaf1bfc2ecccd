#pragma once

#include "app/clientpage.h"
#include "network/tcpclientsession.h"

class ConnectionTableModel;

// The TCP client page: one or many connections to a server; each row shows the client's own
// ephemeral port (highlighted) next to the server's one port.
class TcpClientPage : public ClientPage
{
    Q_OBJECT
public:
    explicit TcpClientPage(TcpClientSession *session, QWidget *parent = nullptr);


    ConnectionTableModel *connectionModel() const { return m_connections; }

protected:
    void retranslate() override;
    void selectionChanged() override;
    void openSession(const ClientSettings &settings) override;
    void closeSession() override;
    void sendBurst(int count) override;

private:
    void applyBatch(const LabEventBatch &batch);
    void updateStatus();

    QPointer<TcpClientSession> m_session;
    ConnectionTableModel *m_connections;
};
