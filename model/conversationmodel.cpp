#include "model/conversationmodel.h"

#include "model/packetlistmodel.h"

ConversationModel::ConversationModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

qsizetype ConversationModel::rowTotal() const
{
    return m_rows.size();
}

QVariant ConversationModel::rawValue(const Row &row, int column) const
{
    switch (Column(column)) {
    case ProtocolColumn: return row.protocol;
    case AddressAColumn: return row.a.addressText();
    case PortAColumn: return row.a.port;
    case AddressBColumn: return row.b.addressText();
    case PortBColumn: return row.b.port;
    case PacketsColumn: return row.packetsAToB + row.packetsBToA;
    case BytesColumn: return row.bytes;
    case PacketsAToBColumn: return row.packetsAToB;
    case PacketsBToAColumn: return row.packetsBToA;
    case ColumnCount: break;
    }
    return {};
}

QVariant ConversationModel::cellData(int rowIndex, int column, int role) const
{
    const Row &row = m_rows.at(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return rawValue(row, column);
    case Qt::TextAlignmentRole:
        return column >= PacketsColumn || column == PortAColumn || column == PortBColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ConversationRole:
        return row.key;
    default:
        return {};
    }
}

void ConversationModel::addPackets(const PacketListModel *list, int first, int last)
{
    QList<Row> added;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    for (int i = first; i <= last; ++i) {
        const QModelIndex index = list->index(i, 0);
        const QString key = index.data(PacketListModel::ConversationRole).toString();
        if (key.isEmpty())
            continue;
        const Endpoint source = list->sourceAt(i);
        int at = m_rowByKey.value(key, -1);
        Row *row = nullptr;
        if (at < 0) {
            Row fresh;
            fresh.key = key;
            fresh.protocol = list->protocolAt(i);
            fresh.a = source;
            fresh.b = list->destinationAt(i);
            m_rowByKey.insert(key, int(m_rows.size() + added.size()));
            added.append(fresh);
            row = &added.last();
        } else if (at < m_rows.size()) {
            firstChanged = qMin(firstChanged, at);
            lastChanged = qMax(lastChanged, at);
            row = &m_rows[at];
        } else {
            row = &added[at - m_rows.size()];
        }
        (source == row->a ? row->packetsAToB : row->packetsBToA) += 1;
        row->bytes += list->packetAt(i).originalLength;
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void ConversationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByKey.clear();
    endResetModel();
}
