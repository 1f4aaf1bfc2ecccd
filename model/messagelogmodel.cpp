#include "model/messagelogmodel.h"
#include "model/timeformat.h"

#include "model/eventtext.h"
#include "model/payloadtext.h"

MessageLogModel::MessageLogModel(QObject *parent, int maxEntries)
    : QAbstractListModel(parent)
    , m_maxEntries(qMax(1, maxEntries))
{
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

MessageLogModel::Direction MessageLogModel::directionOf(const LabEvent &event)
{
    switch (event.kind) {
    case EventKind::Received:
        return ReceivedDirection;
    case EventKind::Sent:
        return SentDirection;
    default:
        return SystemDirection;
    }
}

QString MessageLogModel::displayText(const Entry &entry) const
{
    if (directionOf(entry.event) == SystemDirection)
        return EventText::describe(entry.event);
    const QByteArray &payload = entry.event.payload;
    QString text = m_hexMode ? PayloadText::hex(payload) : PayloadText::display(payload);
    if (entry.byteCount > payload.size())
        text += QLatin1Char(' ') + tr("[… not shown: %1]").arg(EventText::byteCount(entry.byteCount - payload.size()));
    if (entry.byteCount == 0)
        text = tr("(empty message)");
    return text;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const LabEvent &event = entry.event;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry);
    case Qt::ToolTipRole:
        if (directionOf(event) == SystemDirection)
            return PayloadText::toolTip(displayText(entry)); // may quote a typed host name
        return EventText::transfer(event.kind, entry.byteCount, event.remote); // the real size
    case DirectionRole:
        return directionOf(event);
    case ConnectionIdRole:
        return event.connectionId;
    case PeerRole:
        return event.remote.isNull() ? QString() : event.remote.toString();
    case TimestampRole:
        return event.when;
    case TimeTextRole:
        return clockText(event.when);
    case PayloadRole:
        return event.payload;
    case ByteCountRole:
        return entry.byteCount;
    case IsErrorRole:
        return event.kind == EventKind::Error;
    case IsTruncatedRole:
        return entry.byteCount > event.payload.size();
    case ShownAsHexRole:
        return directionOf(event) != SystemDirection
            && (m_hexMode || !PayloadText::isText(event.payload));
    case SerialRole:
        return m_firstSerial + index.row();
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DirectionRole, "direction");
    names.insert(ConnectionIdRole, "connectionId");
    names.insert(PeerRole, "peer");
    names.insert(TimestampRole, "timestamp");
    names.insert(PayloadRole, "payload");
    names.insert(ByteCountRole, "byteCount");
    return names;
}

void MessageLogModel::applyBatch(const LabEventBatch &batch)
{
    if (batch.isEmpty())
        return;
    const qint64 droppedBefore = m_droppedCount;
    QList<Entry> incoming;
    incoming.reserve(batch.size());
    qint64 incomingBytes = 0;
    for (const LabEvent &event : batch) {
        Entry entry { event, event.payload.size() };
        if (entry.event.payload.size() > kMaxStoredPayloadBytes)
            entry.event.payload.truncate(kMaxStoredPayloadBytes);
        incomingBytes += entry.event.payload.size();
        incoming.append(std::move(entry));
    }
    // A batch larger than the cap keeps only its newest part.
    if (incoming.size() > m_maxEntries) {
        const qsizetype skip = incoming.size() - m_maxEntries;
        for (qsizetype i = 0; i < skip; ++i)
            incomingBytes -= incoming.at(i).event.payload.size();
        incoming.remove(0, skip);
        m_droppedCount += skip;
    }

    // Make room first (oldest rows), then insert: one removal and one insertion per batch.
    int removeCount = qMax<int>(0, int(m_entries.size() + incoming.size()) - m_maxEntries);
    qint64 bytesAfter = m_storedPayloadBytes + incomingBytes;
    for (int i = 0; i < removeCount; ++i)
        bytesAfter -= m_entries.at(i).event.payload.size();
    while (bytesAfter > kPayloadByteBudget && removeCount < m_entries.size()) {
        bytesAfter -= m_entries.at(removeCount).event.payload.size();
        ++removeCount;
    }
    if (removeCount > 0) {
        beginRemoveRows({}, 0, removeCount - 1);
        m_entries.remove(0, removeCount);
        m_firstSerial += removeCount;
        endRemoveRows();
        m_droppedCount += removeCount;
    }
    m_storedPayloadBytes = bytesAfter;

    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(incoming.size()) - 1);
    m_entries.append(std::move(incoming));
    endInsertRows();
    if (m_droppedCount != droppedBefore)
        Q_EMIT droppedCountChanged(m_droppedCount);
}

void MessageLogModel::clear()
{
    beginResetModel();
    m_firstSerial += m_entries.size();
    m_entries.clear();
    m_storedPayloadBytes = 0;
    endResetModel();
    if (m_droppedCount != 0) {
        m_droppedCount = 0;
        Q_EMIT droppedCountChanged(0);
    }
}

void MessageLogModel::setHexMode(bool hex)
{
    if (hex == m_hexMode)
        return;
    m_hexMode = hex;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::DisplayRole, ShownAsHexRole });
}

void MessageLogModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

QString MessageLogModel::rowAsText(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(row);
    const QString time = clockText(entry.event.when);
    const QString text = displayText(entry);
    switch (directionOf(entry.event)) {
    case ReceivedDirection:
        return QStringLiteral("[%1] %2 → %3").arg(time, entry.event.remote.toString(), text);
    case SentDirection:
        return QStringLiteral("[%1] → %2: %3").arg(time, entry.event.remote.toString(), text);
    case SystemDirection:
        break;
    }
    return QStringLiteral("[%1] * %2").arg(time, text);
}
