#pragma once

#include "app/serverpage.h"
#include "network/udpsession.h"

class PeerTableModel;

// The UDP server page: bind a port, answer each datagram to its sender, and list the peers
// seen (there are no connections to list), with the burst counter for "UDP may lose".
class UdpServerPage : public ServerPage
{
    Q_OBJECT
public:
    explicit UdpServerPage(UdpSession *session, QWidget *parent = nullptr);

    PeerTableModel *peerModel() const { return m_peers; }

protected:
    void retranslate() override;
    QList<QPair<QString, QString>> reportSettings() const override;
    void selectionChanged() override;
    void startSession(const ServerSettings &settings) override;
    void stopSession() override;
    void setSessionReplyMode(ReplyMode reply) override;

private:
    void applyBatch(const LabEventBatch &batch);

    QPointer<UdpSession> m_session;
    PeerTableModel *m_peers;
};
