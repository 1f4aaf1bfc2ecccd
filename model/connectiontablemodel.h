#pragma once

#include "network/labevent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

// One row per TCP connection, fed by event batches: the 4-tuple, its state, when it began,
// and what went through it. Closed connections stay (greyed) until clearClosed().
class ConnectionTableModel : public QAbstractTableModel
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
    enum Role {
        RawValueRole = Qt::UserRole, // numbers as numbers, for sorting and tests
        ConnectionIdRole,
        IsOpenRole // open, or still connecting: the row's actions (disconnect, abort) apply
    };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applyBatch(const LabEventBatch &batch);
    // "Limpar": forgets the closed connections; open ones stay.
    void clearClosed();
    // Re-words headers and states after a language switch.
    void retranslate();

    int openCount() const { return m_openCount; }
    int rowOfConnection(int connectionId) const { return m_rowById.value(connectionId, -1); }

Q_SIGNALS:
    void openCountChanged(int openConnections);

private:
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
