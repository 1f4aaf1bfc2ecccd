#pragma once

#include "network/labevent.h"

#include <QAbstractListModel>
#include <QList>

// The chat-style log: one row per message or system event, appended a batch at a time.
// Bounded: past maxEntries (or the payload byte budget) the oldest rows go, and
// droppedCount() says how many, so the view can show a visible note.
class MessageLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxEntries = 200000;
    // A single message keeps at most this much for display; its full size is still counted.
    static constexpr int kMaxStoredPayloadBytes = 64 * 1024;
    // All kept payloads together stay under this.
    static constexpr qint64 kPayloadByteBudget = 128 * 1024 * 1024;

    enum Direction {
        ReceivedDirection,
        SentDirection,
        SystemDirection
    };
    enum Role {
        DirectionRole = Qt::UserRole,
        ConnectionIdRole,
        PeerRole,          // "ip:port" of the other side
        TimestampRole,     // QDateTime
        TimeTextRole,      // clockText(): local time to the millisecond
        PayloadRole,       // the bytes kept (QByteArray)
        ByteCountRole,     // how many bytes the message really had
        IsErrorRole,
        IsTruncatedRole,   // the message was larger than what is kept
        ShownAsHexRole,    // the text is hex (hex mode, or bytes that are not UTF-8)
        SerialRole         // qint64: the row's number since the model was made; it stays with
                           // the row when older rows go (views key caches on it)
    };

    explicit MessageLogModel(QObject *parent = nullptr, int maxEntries = kDefaultMaxEntries);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void applyBatch(const LabEventBatch &batch);
    void clear();

    bool hexMode() const { return m_hexMode; }
    void setHexMode(bool hex);
    int maxEntries() const { return m_maxEntries; }
    qint64 droppedCount() const { return m_droppedCount; }
    // Re-words system rows after a language switch.
    void retranslate();

    // The row as one line of plain text, for "Copy": "[12:00:01.123] 127.0.0.1:5000 → Hello".
    QString rowAsText(int row) const;

Q_SIGNALS:
    void droppedCountChanged(qint64 dropped);

private:
    struct Entry
    {
        LabEvent event;     // payload cut to kMaxStoredPayloadBytes
        qint64 byteCount = 0;
    };
    friend class QTypeInfo<Entry>; // declared below

    QString displayText(const Entry &entry) const;
    static Direction directionOf(const LabEvent &event);

    QList<Entry> m_entries;
    qint64 m_firstSerial = 0; // SerialRole of row 0: every row ever removed from the front
    int m_maxEntries;
    qint64 m_storedPayloadBytes = 0;
    qint64 m_droppedCount = 0;
    bool m_hexMode = false;
};

Q_DECLARE_TYPEINFO(MessageLogModel::Entry, Q_RELOCATABLE_TYPE); // as LabEvent (labevent.h)
