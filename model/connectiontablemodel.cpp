#include "model/connectiontablemodel.h"
#include "model/timeformat.h"

#include "model/eventtext.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : FlatTableModel(kColumnTitles, parent)
{
}

qsizetype ConnectionTableModel::rowTotal() const
{
    return m_rows.size();
}

QString ConnectionTableModel::stateText(const Row &row) const
{
    if (row.open)
        return tr("Connected");
    if (row.connecting)
        return tr("Connecting (SYN-SENT)");
    if (row.failure != LabError::None)
        return tr("Failed: %1").arg(EventText::shortError(row.failure));
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

QVariant ConnectionTableModel::cellData(int rowIndex, int column, int role) const
{
    const Row &row = m_rows.at(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case StateColumn:
            return stateText(row);
        case ConnectedAtColumn:
            return clockText(row.connectedAt);
        case LocalPortColumn: // an attempt that never connected has no local port to show
            return row.local.port == 0 ? QString() : QString::number(row.local.port);
        case BytesInColumn:
        case BytesOutColumn:
        case MessagesInColumn:
        case MessagesOutColumn:
            return QLocale().toString(rawValue(row, column).toLongLong());
        default:
            return rawValue(row, column).toString();
        }
    case Qt::TextAlignmentRole:
        switch (Column(column)) {
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
        if (!isLive(row))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("Connection #%1: client %2, server %3")
                          .arg(row.id)
                          .arg(row.remote.toString(), row.local.toString());
        if (row.failure != LabError::None)
            tip += QLatin1Char('\n') + EventText::errorMessage(row.failure, row.remote.port);
        else if (!isLive(row))
            tip += QLatin1Char('\n') + EventText::closeReason(row.closeReason);
        return tip;
    }
    case RawValueRole:
        return rawValue(row, column);
    case ConnectionIdRole:
        return row.id;
    case IsOpenRole:
        return isLive(row);
    default:
        return {};
    }
}

void ConnectionTableModel::applyBatch(const LabEventBatch &batch)
{
    PendingRows<Row> pending(m_rows);
    const int oldOpenCount = m_openCount;
    for (const LabEvent &event : batch) {
        if (event.connectionId <= 0)
            continue;
        int index = m_rowById.value(event.connectionId, -1);
        const bool opens = event.kind == EventKind::Accepted || event.kind == EventKind::Connected
            || event.kind == EventKind::Connecting;
        if (index < 0 && opens) {
            Row fresh;
            fresh.id = event.connectionId;
            fresh.open = false;
            index = pending.add(fresh);
            m_rowById.insert(fresh.id, index);
        }
        if (index < 0)
            continue;
        Row &row = pending.edit(index);
        if (event.kind == EventKind::Accepted) {
            row.local = event.local;
            row.remote = event.remote;
            row.connectedAt = event.when;
            row.open = true;
            ++m_openCount;
        } else if (!applyAttempt(row, event)) {
            applyTraffic(row, event);
        }
    }
    commitRows(pending);
    if (m_openCount != oldOpenCount)
        Q_EMIT openCountChanged(m_openCount);
}

bool ConnectionTableModel::applyAttempt(Row &row, const LabEvent &event)
{
    switch (event.kind) {
    case EventKind::Connecting: // one row per attempt, from its SYN on (each address in turn)
        row.remote = event.remote;
        row.connecting = !row.open;
        return true;
    case EventKind::Connected:
        row.local = event.local;
        row.remote = event.remote;
        row.connectedAt = event.when;
        row.connecting = false;
        if (!row.open) {
            row.open = true;
            ++m_openCount;
        }
        return true;
    case EventKind::Error:
        if (row.connecting) { // every address failed: the row says why, in its number's place
            row.connecting = false;
            row.failure = event.error;
        }
        return true;
    default:
        return false;
    }
}

void ConnectionTableModel::applyTraffic(Row &row, const LabEvent &event)
{
    // TcpConnection counts what it read, line endings and cut tails included: the table
    // shows what Wireshark counts, whatever the framing kept of it.
    row.bytesIn = qMax(row.bytesIn, event.streamBytes);
    switch (event.kind) {
    case EventKind::Received:
        if (event.streamBytes == 0)
            row.bytesIn += event.payload.size();
        ++row.messagesIn;
        break;
    case EventKind::Sent:
        row.bytesOut += event.payload.size();
        row.messagesOut += qMax<qint64>(1, event.messageCount); // a burst counts each message
        break;
    case EventKind::Note:
        if (event.note == NoteKind::LineTruncated && event.streamBytes == 0)
            row.bytesIn += event.byteCount; // skipped bytes were received all the same
        break;
    case EventKind::Transfer: // a file's bytes: counted by the transfer, not as messages
        if (event.transfer && event.transfer->sending)
            row.bytesOut = qMax(row.bytesOut, event.transfer->bytes);
        else if (event.transfer)
            row.bytesIn = qMax(row.bytesIn, event.transfer->bytes);
        break;
    case EventKind::Closed:
        if (!isLive(row))
            break; // a second Closed changes nothing
        if (row.open)
            --m_openCount;
        row.open = false;
        row.connecting = false; // an attempt given up (CancelledByUs)
        row.closeReason = event.reason;
        break;
    default:
        break;
    }
}

void ConnectionTableModel::clearClosed()
{
    // Remove runs of closed rows from the bottom up, one removal per run.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (isLive(m_rows.at(last))) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !isLive(m_rows.at(first - 1)))
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
