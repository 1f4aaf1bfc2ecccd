#include "model/conversationmodel.h"

#include "model/packetlistmodel.h"

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ProtocolColumn: return tr("Protocol");
    case AddressAColumn: return tr("Address A");
    case PortAColumn: return tr("Port A");
    case AddressBColumn: return tr("Address B");
    case PortBColumn: return tr("Port B");
    case PacketsColumn: return tr("Packets");
    case BytesColumn: return tr("Bytes");
    case PacketsAToBColumn: return tr("Packets A → B");
    case PacketsBToAColumn: return tr("Packets B → A");
    case ColumnCount: break;
    }
    return {};
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

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return rawValue(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= PacketsColumn || index.column() == PortAColumn || index.column() == PortBColumn
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

void ConversationModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
