#pragma once

#include "model/flattablemodel.h"
#include "network/capture/capturedpacket.h"
#include "network/capture/decodedpacket.h"
#include "network/capture/packetinfo.h"

#include <QList>

#include <iterator>

// The captured packets as Wireshark's packet list shows them: No., Time (from the first
// packet), Source, Destination, Protocol, Length, Info (relative sequence numbers), coloured by
// what they do (handshake, data, teardown, reset). Appended a batch at a time and bounded:
// past kMaxPackets the oldest go, and droppedCount() says how many.
class PacketListModel : public FlatTableModel
{
    Q_OBJECT
public:
    static constexpr int kMaxPackets = 200000;

    enum Column {
        NumberColumn,
        TimeColumn,
        SourceColumn,
        DestinationColumn,
        ProtocolColumn,
        LengthColumn,
        InfoColumn,
        ColumnCount
    };
    // The header's titles, in the order of Column.
    static constexpr ColumnTitle kColumnTitles[] = {
        QT_TRANSLATE_NOOP3("PacketListModel", "No.", ""),
        QT_TRANSLATE_NOOP3("PacketListModel", "Time", ""),
        QT_TRANSLATE_NOOP3("PacketListModel", "Source", ""),
        QT_TRANSLATE_NOOP3("PacketListModel", "Destination", ""),
        QT_TRANSLATE_NOOP3("PacketListModel", "Protocol", ""),
        QT_TRANSLATE_NOOP3("PacketListModel", "Length", ""),
        QT_TRANSLATE_NOOP3("PacketListModel", "Info", ""),
    };
    static_assert(std::size(kColumnTitles) == ColumnCount, "one title per column");

    enum Role {
        RawValueRole = Qt::UserRole,
        KindRole,            // Kind
        ConversationRole,    // QString key of the 4-tuple, the same both ways
        SourcePortRole,
        DestinationPortRole
    };
    enum Kind {
        HandshakeKind,  // SYN, SYN-ACK
        DataKind,       // TCP segments with data, UDP datagrams
        AckKind,        // TCP segments without data or flags of note
        TeardownKind,   // FIN
        ResetKind,      // RST
        OtherKind
    };

    explicit PacketListModel(QObject *parent = nullptr);

    void appendPackets(const CapturedPacketBatch &batch);
    void clear();

    // The packet of a row, as captured and taken apart again (details and hex dump).
    CapturedPacket packetAt(int row) const { return m_rows.at(row).packet; }
    DecodedPacket decodedAt(int row) const;
    QString infoAt(int row) const { return m_rows.at(row).info; }
    Endpoint sourceAt(int row) const { return m_rows.at(row).source; }
    Endpoint destinationAt(int row) const { return m_rows.at(row).destination; }
    QString protocolAt(int row) const { return m_rows.at(row).protocol; }
    // Seconds since the first packet.
    double relativeTimeAt(int row) const;
    QList<CapturedPacket> allPackets() const;
    qint64 droppedCount() const { return m_dropped; }

    // "a:1 b:2" with the two endpoints in a fixed order, for both directions of a 4-tuple.
    static QString conversationKey(const DecodedPacket &packet);

Q_SIGNALS:
    void droppedCountChanged(qint64 dropped);

private:
    qsizetype rowTotal() const override;
    QVariant cellData(int rowIndex, int column, int role) const override;
    struct Row
    {
        qint64 number = 0;
        CapturedPacket packet;
        Endpoint source;
        Endpoint destination;
        QString protocol;
        QString info;
        QString conversation;
        Kind kind = OtherKind;
    };
    static Kind kindOf(const DecodedPacket &packet);

    QList<Row> m_rows;
    TcpSequenceTracker m_sequences;
    qint64 m_firstTimestampUs = -1;
    qint64 m_nextNumber = 1;
    qint64 m_dropped = 0;
};
