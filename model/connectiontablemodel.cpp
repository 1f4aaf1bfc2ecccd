#include "model/connectiontablemodel.h"
#include "model/timeformat.h"

#include "model/eventtext.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn: return tr("#", "connection number column");
    case RemoteAddressColumn: return tr("Remote address");
    case RemotePortColumn: return tr("Remote port");
    case LocalAddressColumn: return tr("Local address");
    case LocalPortColumn: return tr("Local port");
    case StateColumn: return tr("State");
    case ConnectedAtColumn: return tr("Connected at");
    case BytesInColumn: return tr("Bytes in");
    case BytesOutColumn: return tr("Bytes out");
    case MessagesInColumn: return tr("Messages in");
    case MessagesOutColumn: return tr("Messages out");
    case ColumnCount: break;
    }
    return {};
}

QString ConnectionTableModel::stateText(const Row &row) const
{
    if (row.open)
        return tr("Connected");
    return EventText::closedState(row.closeReason);
}

QVariant ConnectionTableModel::rawValue(const Row &row, int column) const
{
    switch (Column(column)) {
    case IdColumn: return row.id;
    case RemoteAddressColumn: return row.remote.addressText();
    case RemotePortColumn: return row.remote.port;
    case LocalAddressColumn: return row.local.addressText();
    case LocalPortColumn: return row.local.port;
    case StateColumn: return row.open;
    case ConnectedAtColumn: return row.connectedAt;
    case BytesInColumn: return row.bytesIn;
    case BytesOutColumn: return row.bytesOut;
    case MessagesInColumn: return row.messagesIn;
    case MessagesOutColumn: return row.messagesOut;
    case ColumnCount: break;
    }
    return {};
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StateColumn:
            return stateText(row);
        case ConnectedAtColumn:
            return clockText(row.connectedAt);
        case BytesInColumn:
        case BytesOutColumn:
        case MessagesInColumn:
        case MessagesOutColumn:
            return QLocale().toString(rawValue(row, index.column()).toLongLong());
        default:
            return rawValue(row, index.column()).toString();
        }
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case IdColumn:
        case RemotePortColumn:
        case LocalPortColumn:
        case BytesInColumn:
        case BytesOutColumn:
        case MessagesInColumn:
        case MessagesOutColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (!row.open)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("Connection #%1: client %2, server %3")
                          .arg(row.id)
                          .arg(row.remote.toString(), row.local.toString());
        if (!row.open)
            tip += QLatin1Char('\n') + EventText::closeReason(row.closeReason);
        return tip;
    }
    case RawValueRole:
        return rawValue(row, index.column());
    case ConnectionIdRole:
        return row.id;
    case IsOpenRole:
        return row.open;
    default:
        return {};
    }
}

void ConnectionTableModel::applyBatch(const LabEventBatch &batch)
{
    QList<Row> added;
    int firstChanged = INT_MAX;
    int lastChanged = -1;
    const int oldOpenCount = m_openCount;

    auto rowFor = [&](int id) -> Row * {
        const int index = m_rowById.value(id, -1);
        if (index < 0)
            return nullptr;
        if (index < m_rows.size()) {
            firstChanged = qMin(firstChanged, index);
            lastChanged = qMax(lastChanged, index);
            return &m_rows[index];
        }
        return &added[index - m_rows.size()];
    };

    for (const LabEvent &event : batch) {
        if (event.connectionId <= 0)
            continue;
        if (event.kind == EventKind::Accepted || event.kind == EventKind::Connected) {
            Row row;
            row.id = event.connectionId;
            row.local = event.local;
            row.remote = event.remote;
            row.connectedAt = event.when;
            m_rowById.insert(row.id, int(m_rows.size() + added.size()));
            added.append(row);
            ++m_openCount;
            continue;
        }
        Row *row = rowFor(event.connectionId);
        if (!row)
            continue;
        // TcpConnection counts what it read, line endings and cut tails included: the table
        // shows what Wireshark counts, whatever the framing kept of it.
        row->bytesIn = qMax(row->bytesIn, event.streamBytes);
        switch (event.kind) {
        case EventKind::Received:
            if (event.streamBytes == 0)
                row->bytesIn += event.payload.size();
            ++row->messagesIn;
            break;
        case EventKind::Sent:
            row->bytesOut += event.payload.size();
            row->messagesOut += qMax<qint64>(1, event.messageCount); // a burst counts each message
            break;
        case EventKind::Note:
            if (event.note == NoteKind::LineTruncated && event.streamBytes == 0)
                row->bytesIn += event.byteCount; // skipped bytes were received all the same
            break;
        case EventKind::Transfer: // a file's bytes: counted by the transfer, not as messages
            if (event.transfer && event.transfer->sending)
                row->bytesOut = qMax(row->bytesOut, event.transfer->bytes);
            else if (event.transfer)
                row->bytesIn = qMax(row->bytesIn, event.transfer->bytes);
            break;
        case EventKind::Closed:
            if (row->open) {
                row->open = false;
                row->closeReason = event.reason;
                --m_openCount;
            }
            break;
        default:
            break;
        }
    }

    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    if (m_openCount != oldOpenCount)
        Q_EMIT openCountChanged(m_openCount);
}

void ConnectionTableModel::clearClosed()
{
    // Remove runs of closed rows from the bottom up, one removal per run.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (m_rows.at(last).open) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !m_rows.at(first - 1).open)
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    rebuildIndex();
}

void ConnectionTableModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void ConnectionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
