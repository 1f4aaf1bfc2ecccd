#pragma once

#include "app/labpage.h"
#include "network/udpsession.h"
#include "widgets/clientcontrols.h"

class BurstControls;
class PeerTableModel;

// The UDP client page: one socket with an ephemeral port, datagrams to one host:port, the
// answers, and ICMP "port unreachable" shown as "nothing is listening there".
class UdpClientPage : public LabPage
{
    Q_OBJECT
public:
    explicit UdpClientPage(UdpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    static QString pageTitle();
    // Fills the controls and opens the socket; then does first, once.
    void openWith(const ClientSettings &settings, const FirstActions &first = {});

    ClientControls *controls() const { return m_controls; }
    BurstControls *burstControls() const { return m_burstControls; }
    PeerTableModel *peerModel() const { return m_peers; }

protected:
    void retranslate() override;
    QList<QPair<QString, QString>> reportSettings() const override;
    const QAbstractItemModel *reportTable() const override;

private:
    void applyBatch(const LabEventBatch &batch);
    void requestOpen(const ClientSettings &settings);
    void setOpen(bool open);
    void updateInfo();

    QPointer<UdpSession> m_session;
    PeerTableModel *m_peers;
    ClientControls *m_controls;
    BurstControls *m_burstControls;
    FirstActions m_first;
    bool m_open = false;
    Endpoint m_local;
    Endpoint m_target;
};
