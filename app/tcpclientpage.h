#pragma once

#include "app/labpage.h"
#include "network/tcpclientsession.h"
#include "widgets/clientcontrols.h"

class BurstControls;
class ConnectionTableModel;

// The TCP client page: one or many connections to a server; each row shows the client's own
// ephemeral port (highlighted) next to the server's one port.
class TcpClientPage : public LabPage
{
    Q_OBJECT
public:
    explicit TcpClientPage(TcpClientSession *session, QWidget *parent = nullptr);

    QString title() const override;
    static QString pageTitle();
    // Fills the controls and opens the connections (command line, tests); then does first on
    // each connection as soon as it is established.
    void connectWith(const ClientSettings &settings, const FirstActions &first = {});

    ClientControls *controls() const { return m_controls; }
    BurstControls *burstControls() const { return m_burstControls; }
    ConnectionTableModel *connectionModel() const { return m_connections; }

protected:
    void retranslate() override;
    QList<QPair<QString, QString>> reportSettings() const override;
    const QAbstractItemModel *reportTable() const override;
    void selectionChanged() override;

private:
    void applyBatch(const LabEventBatch &batch);
    void requestConnect(const ClientSettings &settings);
    void updateStatus();

    QPointer<TcpClientSession> m_session;
    ConnectionTableModel *m_connections;
    ClientControls *m_controls;
    BurstControls *m_burstControls;
    FirstActions m_first;
};
