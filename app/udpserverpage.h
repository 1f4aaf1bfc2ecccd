#pragma once

#include "app/labpage.h"
#include "network/udpsession.h"
#include "widgets/servercontrols.h"

class PeerTableModel;

// The UDP server page: bind a port, answer each datagram to its sender, and list the peers
// seen (there are no connections to list), with the burst counter for "UDP may lose".
class UdpServerPage : public LabPage
{
    Q_OBJECT
public:
    explicit UdpServerPage(UdpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    static QString pageTitle();
    void startWith(const ServerSettings &settings);
    void stop();

    ServerControls *controls() const { return m_controls; }
    PeerTableModel *peerModel() const { return m_peers; }

protected:
    void retranslate() override;
    QList<QPair<QString, QString>> reportSettings() const override;
    const QAbstractItemModel *reportTable() const override;
    QString reportTableTitle() const override;
    void selectionChanged() override;

private:
    void applyBatch(const LabEventBatch &batch);
    void requestStart(const ServerSettings &settings);
    void setRunning(bool running);
    void updateInfo();

    QPointer<UdpSession> m_session;
    PeerTableModel *m_peers;
    ServerControls *m_controls;
    bool m_running = false;
    bool m_starting = false;
    Endpoint m_boundTo;
};
