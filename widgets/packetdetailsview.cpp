#include "widgets/packetdetailsview.h"

#include <climits>
#include <QTreeWidgetItemIterator>

#include <QEvent>
#include <QHeaderView>

namespace {
enum ItemRole {
    OffsetRole = Qt::UserRole,
    LengthRole
};
} // namespace

PacketDetailsView::PacketDetailsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setAccessibleName(tr("Packet details"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT bytesSelected(item->data(0, OffsetRole).toInt(), item->data(0, LengthRole).toInt());
    });
}

QString PacketDetailsView::layerHeading(const DecodedLayer &layer)
{
    switch (layer.kind) {
    case DecodedLayer::Link:
        return tr("Link: %1 (TCP/IP: network access layer · OSI: layer 2, data link)").arg(layer.name);
    case DecodedLayer::Network:
        return tr("Network: %1 (TCP/IP: internet layer · OSI: layer 3, network)").arg(layer.name);
    case DecodedLayer::Transport:
        return tr("Transport: %1 (TCP/IP and OSI: layer 4, transport)").arg(layer.name);
    case DecodedLayer::Application:
        return tr("Application data: %1 (TCP/IP: application layer · OSI: layers 5 to 7)").arg(layer.name);
    }
    return layer.name;
}

void PacketDetailsView::setPacket(const DecodedPacket &packet, int frameNumber, int capturedLength)
{
    m_packet = packet;
    m_frameNumber = frameNumber;
    m_capturedLength = capturedLength;
    clear();
    // Wireshark's first line, "Frame 4: 66 bytes on wire, 66 bytes captured": N is the list's number.
    const QString onTheWire = tr("%n byte(s) on the wire", nullptr, int(qMin<quint32>(packet.wireLength, INT_MAX)));
    const QString captured = tr("%n byte(s) captured", nullptr, capturedLength);
    auto *frame = new QTreeWidgetItem(this, { tr("Frame %1: %2, %3").arg(frameNumber).arg(onTheWire, captured) });
    frame->setData(0, OffsetRole, 0);
    frame->setData(0, LengthRole, capturedLength);
    for (const DecodedLayer &layer : packet.layers) {
        auto *item = new QTreeWidgetItem(this, { layerHeading(layer) });
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setData(0, OffsetRole, layer.offset);
        item->setData(0, LengthRole, layer.length);
        for (const DecodedField &field : layer.fields) {
            auto *child = new QTreeWidgetItem(item, { QStringLiteral("%1: %2").arg(field.name, field.value) });
            child->setData(0, OffsetRole, field.offset);
            child->setData(0, LengthRole, field.offset < 0 ? 0 : field.length);
        }
        item->setExpanded(layer.kind != DecodedLayer::Link);
    }
    if (packet.truncated || packet.malformed) {
        auto *problem = new QTreeWidgetItem(this, { tr("[Problem: %1]").arg(packet.problem) });
        problem->setForeground(0, QColor(0xc6, 0x28, 0x28));
    }
    // A line longer than the pane is elided: hovering it reads it whole.
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        (*it)->setToolTip(0, (*it)->text(0));
}

void PacketDetailsView::clearPacket()
{
    m_packet = DecodedPacket();
    m_frameNumber = 0;
    clear();
}

void PacketDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_frameNumber > 0)
        setPacket(m_packet, m_frameNumber, m_capturedLength);
    QTreeWidget::changeEvent(event);
}
