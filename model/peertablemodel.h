#pragma once

#include "network/labevent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

// UDP has no connections: this table lists the peers a UDP socket has heard from or sent to,
// learnt from each datagram (address, port, datagrams and bytes each way, first and last seen).
class PeerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        AddressColumn,
        PortColumn,
        DatagramsInColumn,
        BytesInColumn,
        DatagramsOutColumn,
        BytesOutColumn,
        FirstSeenColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,
        PeerIdRole
    };

    explicit PeerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applyBatch(const LabEventBatch &batch);
    void clear();
    void retranslate();

Q_SIGNALS:
    void peerCountChanged(int peers);

private:
    struct Row
    {
        int id = 0;
        Endpoint peer;
        qint64 datagramsIn = 0;
        qint64 bytesIn = 0;
        qint64 datagramsOut = 0;
        qint64 bytesOut = 0;
        QDateTime firstSeen;
        QDateTime lastSeen;
    };
    QVariant rawValue(const Row &row, int column) const;
    // A row by its index in m_rows followed by the rows a batch is adding.
    const Row &rowAt(int index, const QList<Row> &added) const;

    QList<Row> m_rows;
    QHash<int, int> m_rowById;
};
