#pragma once

#include "app/replyingserverpage.h"
#include "network/udpsession.h"

class PeerTableModel;

// The UDP server page: bind a port, answer each datagram to its sender, and list the peers
// seen (there are no connections to list), with the burst counter for "UDP may lose".
class UdpServerPage : public ReplyingServerPage<UdpSession>
{
    Q_OBJECT
public:
    explicit UdpServerPage(UdpSession *session, QWidget *parent = nullptr);

    PeerTableModel *peerModel() const { return m_peers; }

protected:
    void retranslate() override;
    void selectionChanged() override;
    void startSession(const ServerSettings &settings) override;

private:
    void applyBatch(const LabEventBatch &batch);

    PeerTableModel *m_peers;
};
