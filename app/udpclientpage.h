#pragma once

#include "app/clientpage.h"
#include "network/udpsession.h"

class PeerTableModel;

// The UDP client page: one socket with an ephemeral port, datagrams to one host:port, the
// answers, and ICMP "port unreachable" shown as "nothing is listening there".
class UdpClientPage : public ClientPage
{
    Q_OBJECT
public:
    explicit UdpClientPage(UdpSession *session, QWidget *parent = nullptr);

    PeerTableModel *peerModel() const { return m_peers; }

protected:
    void retranslate() override;
    void openSession(const ClientSettings &settings) override;
    void closeSession() override;
    void sendBurst(int count) override;

private:
    void applyBatch(const LabEventBatch &batch);
    void setOpen(bool open);
    void updateInfo();

    QPointer<UdpSession> m_session;
    PeerTableModel *m_peers;
    bool m_open = false;
    Endpoint m_local;
    Endpoint m_target;
};
