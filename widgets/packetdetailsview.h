#pragma once

#include "network/capture/decodedpacket.h"

#include <QTreeWidget>

// One packet's layers as a tree, as Wireshark's details pane: each layer named with its place
// in the TCP/IP and OSI models, its fields beneath. Selecting a layer or field reports its
// bytes, for the hex dump.
class PacketDetailsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PacketDetailsView(QWidget *parent = nullptr);

    void setPacket(const DecodedPacket &packet, int frameNumber, int capturedLength);
    void clearPacket();
    // "Network: IPv4 (TCP/IP: internet layer · OSI: layer 3, network)" (translated).
    static QString layerHeading(const DecodedLayer &layer);

Q_SIGNALS:
    void bytesSelected(int offset, int length);

protected:
    void changeEvent(QEvent *event) override;

private:
    DecodedPacket m_packet;
    int m_frameNumber = 0;
    int m_capturedLength = 0;
};
