#pragma once

#include "model/flattablemodel.h"
#include "network/labevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <iterator>

// UDP has no connections: this table lists the peers a UDP socket has heard from or sent to,
// learnt from each datagram (address, port, datagrams and bytes each way, first and last seen).
class PeerTableModel : public FlatTableModel
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
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("PeerTableModel", "#", "peer number column"),
        QT_TRANSLATE_NOOP3("PeerTableModel", "Peer address", ""),
        QT_TRANSLATE_NOOP3("PeerTableModel", "Peer port", ""),
        QT_TRANSLATE_NOOP3("PeerTableModel", "Datagrams in", ""),
        QT_TRANSLATE_NOOP3("PeerTableModel", "Bytes in", ""),
        QT_TRANSLATE_NOOP3("PeerTableModel", "Datagrams out", ""),
        QT_TRANSLATE_NOOP3("PeerTableModel", "Bytes out", ""),
        QT_TRANSLATE_NOOP3("PeerTableModel", "First seen", ""),
        QT_TRANSLATE_NOOP3("PeerTableModel", "Last seen", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        RawValueRole = Qt::UserRole,
        PeerIdRole
    };

    explicit PeerTableModel(QObject *parent = nullptr);

    void applyBatch(const LabEventBatch &batch);
    void clear();

Q_SIGNALS:
    void peerCountChanged(int peers);

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
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

    QList<Row> m_rows;
    QHash<int, int> m_rowById;
};
