#include "model/peertablemodel.h"
#include "model/timeformat.h"

#include <QLocale>

PeerTableModel::PeerTableModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

qsizetype PeerTableModel::rowTotal() const
{
    return m_rows.size();
}

QVariant PeerTableModel::rawValue(const Row &row, int column) const
{
    switch (Column(column)) {
    case IdColumn: return row.id;
    case AddressColumn: return row.peer.addressText();
    case PortColumn: return row.peer.port;
    case DatagramsInColumn: return row.datagramsIn;
    case BytesInColumn: return row.bytesIn;
    case DatagramsOutColumn: return row.datagramsOut;
    case BytesOutColumn: return row.bytesOut;
    case FirstSeenColumn: return row.firstSeen;
    case LastSeenColumn: return row.lastSeen;
    case ColumnCount: break;
    }
    return {};
}

QVariant PeerTableModel::cellData(int rowIndex, int column, int role) const
{
    const Row &row = m_rows.at(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case FirstSeenColumn:
        case LastSeenColumn:
            return clockText(rawValue(row, column).toDateTime());
        case DatagramsInColumn:
        case BytesInColumn:
        case DatagramsOutColumn:
        case BytesOutColumn:
            return QLocale().toString(rawValue(row, column).toLongLong());
        default:
            return rawValue(row, column).toString();
        }
    case Qt::TextAlignmentRole:
        return column == AddressColumn || column >= FirstSeenColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("Peer #%1: %2 (learned from its datagrams; UDP keeps no connection)").arg(row.id).arg(row.peer.toString());
    case RawValueRole:
        return rawValue(row, column);
    case PeerIdRole:
        return row.id;
    default:
        return {};
    }
}

void PeerTableModel::applyBatch(const LabEventBatch &batch)
{
    PendingRows<Row> pending(m_rows);
    for (const LabEvent &event : batch) {
        if (event.transport != Transport::Udp || event.connectionId <= 0
            || (event.kind != EventKind::Received && event.kind != EventKind::Sent))
            continue;
        int index = m_rowById.value(event.connectionId, -1);
        // A peer is its address and port: another endpoint under a known number (a session
        // from before a restart numbered its own) is another peer, on its own row.
        if (index < 0 || !(pending.at(index).peer == event.remote)) {
            Row fresh;
            fresh.id = event.connectionId;
            fresh.peer = event.remote;
            fresh.firstSeen = event.when;
            index = pending.add(fresh);
            m_rowById.insert(fresh.id, index);
        }
        Row &row = pending.edit(index);
        row.lastSeen = event.when;
        if (event.kind == EventKind::Received) {
            ++row.datagramsIn;
            row.bytesIn += event.payload.size();
        } else {
            // A burst's Sent carries its datagrams joined by "\n": count them, not the joins.
            const qint64 datagrams = qMax<qint64>(1, event.messageCount);
            row.datagramsOut += datagrams;
            row.bytesOut += event.payload.size() - (datagrams - 1);
        }
    }
    if (commitRows(pending) > 0)
        Q_EMIT peerCountChanged(int(m_rows.size()));
}

void PeerTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
    Q_EMIT peerCountChanged(0);
}
