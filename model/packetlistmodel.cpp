#include "model/packetlistmodel.h"

#include "network/capture/packetdecoder.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

PacketListModel::PacketListModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

qsizetype PacketListModel::rowTotal() const
{
    return m_rows.size();
}

QString PacketListModel::conversationKey(const DecodedPacket &packet)
{
    const QString a = packet.source.toString();
    const QString b = packet.destination.toString();
    const QString transport = packet.transport == DecodedPacket::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
    return a < b ? QStringLiteral("%1 %2 %3").arg(transport, a, b) : QStringLiteral("%1 %2 %3").arg(transport, b, a);
}

PacketListModel::Kind PacketListModel::kindOf(const DecodedPacket &packet)
{
    if (packet.transport == DecodedPacket::Udp)
        return DataKind;
    if (packet.transport != DecodedPacket::Tcp)
        return OtherKind;
    if (packet.flags & DecodedPacket::Rst)
        return ResetKind;
    if (packet.flags & DecodedPacket::Syn)
        return HandshakeKind;
    if (packet.flags & DecodedPacket::Fin)
        return TeardownKind;
    return packet.payloadLength > 0 ? DataKind : AckKind;
}

double PacketListModel::relativeTimeAt(int row) const
{
    return double(m_rows.at(row).packet.timestampUs - m_firstTimestampUs) / 1e6;
}

DecodedPacket PacketListModel::decodedAt(int row) const
{
    return decodePacket(m_rows.at(row).packet);
}

QList<CapturedPacket> PacketListModel::allPackets() const
{
    QList<CapturedPacket> packets;
    packets.reserve(m_rows.size());
    for (const Row &row : m_rows)
        packets.append(row.packet);
    return packets;
}

QVariant PacketListModel::cellData(int rowIndex, int column, int role) const
{
    const Row &row = m_rows.at(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case NumberColumn: return row.number;
        case TimeColumn: return QLocale::c().toString(relativeTimeAt(rowIndex), 'f', 6);
        case SourceColumn: return row.source.addressText();
        case DestinationColumn: return row.destination.addressText();
        case ProtocolColumn: return row.protocol;
        case LengthColumn: return row.packet.originalLength;
        case InfoColumn: return row.info;
        case ColumnCount: break;
        }
        return {};
    case Qt::BackgroundRole: {
        // Wireshark-like colouring rules, soft enough for a projector.
        switch (row.kind) {
        case HandshakeKind: return QBrush(QColor(0xd6, 0xf5, 0xd6));
        case DataKind: return QBrush(row.protocol == QLatin1String("UDP") ? QColor(0xda, 0xee, 0xff) : QColor(0xe7, 0xe6, 0xff));
        case TeardownKind: return QBrush(QColor(0xe0, 0xe0, 0xe0));
        case ResetKind: return QBrush(QColor(0xff, 0xd0, 0xd0));
        default: return {};
        }
    }
    case Qt::ForegroundRole:
        return row.kind == OtherKind ? QVariant() : QVariant(QBrush(QColor(0x12, 0x12, 0x12)));
    case Qt::TextAlignmentRole:
        return column == NumberColumn || column == TimeColumn || column == LengthColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        switch (Column(column)) {
        case NumberColumn: return row.number;
        case TimeColumn: return relativeTimeAt(rowIndex);
        case LengthColumn: return row.packet.originalLength;
        default: return cellData(rowIndex, column, Qt::DisplayRole);
        }
    case KindRole:
        return int(row.kind);
    case ConversationRole:
        return row.conversation;
    case SourcePortRole:
        return row.source.port;
    case DestinationPortRole:
        return row.destination.port;
    default:
        return {};
    }
}

void PacketListModel::appendPackets(const CapturedPacketBatch &batch)
{
    if (batch.isEmpty())
        return;
    QList<Row> incoming;
    incoming.reserve(batch.size());
    for (const CapturedPacket &packet : batch) {
        if (m_firstTimestampUs < 0)
            m_firstTimestampUs = packet.timestampUs;
        const DecodedPacket decoded = decodePacket(packet, DecodeDepth::SummaryOnly);
        const TcpSequenceTracker::Relative relative = m_sequences.relative(decoded);
        Row row;
        row.number = m_nextNumber++;
        row.packet = packet;
        row.source = decoded.source;
        row.destination = decoded.destination;
        row.protocol = decoded.protocolName;
        row.info = wiresharkInfo(decoded, relative);
        row.conversation = decoded.transport == DecodedPacket::OtherTransport ? QString() : conversationKey(decoded);
        row.kind = kindOf(decoded);
        incoming.append(std::move(row));
    }
    const qint64 droppedBefore = m_dropped;
    if (incoming.size() > kMaxPackets) {
        m_dropped += incoming.size() - kMaxPackets;
        incoming.remove(0, incoming.size() - kMaxPackets);
    }
    const int overflow = int(m_rows.size() + incoming.size()) - kMaxPackets;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.remove(0, overflow);
        endRemoveRows();
        m_dropped += overflow;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming.size()) - 1);
    m_rows.append(std::move(incoming));
    endInsertRows();
    if (m_dropped != droppedBefore)
        Q_EMIT droppedCountChanged(m_dropped);
}

void PacketListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_sequences.clear();
    m_firstTimestampUs = -1;
    m_nextNumber = 1;
    m_dropped = 0;
    endResetModel();
    Q_EMIT droppedCountChanged(0);
}
