#pragma once

#include "network/endpoint.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class PacketListModel;

// One row per 4-tuple seen in the capture, as Wireshark's Statistics > Conversations: with
// several clients on the multi-client server, one server port and many client ports.
// Endpoint A is the one that sent the conversation's first packet (usually the client).
class ConversationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProtocolColumn,
        AddressAColumn,
        PortAColumn,
        AddressBColumn,
        PortBColumn,
        PacketsColumn,
        BytesColumn,
        PacketsAToBColumn,
        PacketsBToAColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,
        ConversationRole // the key PacketListModel::ConversationRole gives its packets
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Follows packets: counts the rows [first, last] that list has just added.
    void addPackets(const PacketListModel *list, int first, int last);
    void clear();
    void retranslate();

private:
    struct Row
    {
        QString key;
        QString protocol;
        Endpoint a;
        Endpoint b;
        qint64 packetsAToB = 0;
        qint64 packetsBToA = 0;
        qint64 bytes = 0;
    };
    QVariant rawValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};
