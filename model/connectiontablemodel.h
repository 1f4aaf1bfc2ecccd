#pragma once

#include "model/flattablemodel.h"
#include "network/labevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <iterator>

// One row per TCP connection, fed by event batches: the 4-tuple, its state, when it began,
// and what went through it. Closed connections stay (greyed) until clearClosed().
class ConnectionTableModel : public FlatTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        RemoteAddressColumn,
        RemotePortColumn,
        LocalAddressColumn,
        LocalPortColumn,
        StateColumn,
        ConnectedAtColumn,
        BytesInColumn,
        BytesOutColumn,
        MessagesInColumn,
        MessagesOutColumn,
        ColumnCount
    };
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "#", "connection number column"),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Remote address", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Remote port", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Local address", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Local port", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "State", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Connected at", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Bytes in", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Bytes out", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Messages in", ""),
        QT_TRANSLATE_NOOP3("ConnectionTableModel", "Messages out", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        RawValueRole = Qt::UserRole, // numbers as numbers, for sorting and tests
        ConnectionIdRole,
        IsOpenRole // open, or still connecting: the row's actions (disconnect, abort) apply
    };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    void applyBatch(const LabEventBatch &batch);
    // "Limpar": forgets the closed connections; open ones stay.
    void clearClosed();

    int openCount() const { return m_openCount; }
    int rowOfConnection(int connectionId) const { return m_rowById.value(connectionId, -1); }

Q_SIGNALS:
    void openCountChanged(int openConnections);

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
    struct Row
    {
        int id = 0;
        Endpoint local;
        Endpoint remote;
        QDateTime connectedAt;
        bool open = true;
        bool connecting = false;              // a client's attempt in SYN-SENT (open is false)
        LabError failure = LabError::None;    // the attempt failed (refused, no answer...)
        CloseReason closeReason = CloseReason::ClosedByPeer;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        qint64 messagesIn = 0;
        qint64 messagesOut = 0;
    };

    QVariant rawValue(const Row &row, int column) const;
    QString stateText(const Row &row) const;
    static bool isLive(const Row &row) { return row.open || row.connecting; }
    // What a Connecting, Connected or Error event does to a client's row; false: not such an event.
    bool applyAttempt(Row &row, const LabEvent &event);
    // What Received, Sent, Note and Closed do to a row.
    void applyTraffic(Row &row, const LabEvent &event);
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<int, int> m_rowById;
    int m_openCount = 0;
};
