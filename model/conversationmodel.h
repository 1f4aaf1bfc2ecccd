#pragma once

#include "model/flattablemodel.h"
#include "network/endpoint.h"

#include <QHash>
#include <QList>

#include <iterator>

class PacketListModel;

// One row per 4-tuple seen in the capture, as Wireshark's Statistics > Conversations: with
// several clients on the multi-client server, one server port and many client ports.
// Endpoint A is the one that sent the conversation's first packet (usually the client).
class ConversationModel : public FlatTableModel
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
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("ConversationModel", "Protocol", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Address A", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Port A", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Address B", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Port B", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Packets", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Bytes", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Packets A → B", ""),
        QT_TRANSLATE_NOOP3("ConversationModel", "Packets B → A", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        RawValueRole = Qt::UserRole,
        ConversationRole // the key PacketListModel::ConversationRole gives its packets
    };

    explicit ConversationModel(QObject *parent = nullptr);

    // Follows packets: counts the rows [first, last] that list has just added.
    void addPackets(const PacketListModel *list, int first, int last);
    void clear();

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
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
