// The ladder diagram's rows, built from the packet list: which packets belong to the chosen
// conversation, which way each arrow points, and what its label keeps.
#include "model/ladder.h"
#include "model/packetlistmodel.h"
#include "tests/support/udpframe.h"

#include <QLocale>
#include <QTest>

namespace {

// udpFrame() goes 127.0.0.1:50000 -> 127.0.0.1:65495; back swaps the UDP ports.
CapturedPacket udpPacket(const QByteArray &payload, bool back, int millisecond)
{
    CapturedPacket packet;
    packet.linkType = 1; // Ethernet
    packet.timestampUs = 1700000000000000 + millisecond * 1000;
    packet.data = udpFrame(payload);
    if (back) {
        constexpr int udp = 14 + 20;
        const QByteArray source = packet.data.mid(udp, 2);
        packet.data.replace(udp, 2, packet.data.mid(udp + 2, 2));
        packet.data.replace(udp + 2, 2, source);
    }
    packet.originalLength = quint32(packet.data.size());
    return packet;
}

} // namespace

class tst_Ladder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsOfOneConversation();
    void unknownConversationIsEmpty();
    void longRunsAreSummarised();
};

void tst_Ladder::stepsOfOneConversation()
{
    PacketListModel packets;
    packets.appendPackets({ udpPacket("ping", false, 0), udpPacket("pong!", true, 250),
                            udpPacket("again", false, 500) });
    const QString key = packets.index(0, 0).data(PacketListModel::ConversationRole).toString();
    QVERIFY(!key.isEmpty());

    const Ladder ladder = Ladder::forConversation(packets, key);
    QCOMPARE(ladder.left.toString(), QStringLiteral("127.0.0.1:50000"));
    QCOMPARE(ladder.right.toString(), QStringLiteral("127.0.0.1:65495"));
    QCOMPARE(ladder.steps.size(), 3);
    QCOMPARE(ladder.steps.at(0).leftToRight, true);
    QCOMPARE(ladder.steps.at(1).leftToRight, false);
    QCOMPARE(ladder.steps.at(2).leftToRight, true);
    // The ports are the ladder's ends: the label keeps what follows them.
    QCOMPARE(ladder.steps.at(0).label, QStringLiteral("Len=4"));
    QCOMPARE(ladder.steps.at(1).label, QStringLiteral("Len=5"));
    QCOMPARE(ladder.steps.at(0).seconds, 0.0);
    QCOMPARE(ladder.steps.at(1).seconds, 0.25);
    QCOMPARE(ladder.steps.at(0).kind, packets.index(0, 0).data(PacketListModel::KindRole).toInt());
}

void tst_Ladder::unknownConversationIsEmpty()
{
    PacketListModel packets;
    packets.appendPackets({ udpPacket("ping", false, 0) });
    for (const QString &key : { QString(), QStringLiteral("no such conversation") }) {
        const Ladder ladder = Ladder::forConversation(packets, key);
        QVERIFY(ladder.steps.isEmpty());
        QVERIFY(ladder.left.isNull());
        QVERIFY(ladder.right.isNull());
    }
}

void tst_Ladder::longRunsAreSummarised()
{
    // A transfer: 1,000 data packets one way, an answer every tenth, then one last packet back.
    PacketListModel packets;
    QList<CapturedPacket> batch;
    int millisecond = 0;
    for (int i = 0; i < 1000; ++i) {
        batch.append(udpPacket("data", false, millisecond++));
        if (i % 10 == 9)
            batch.append(udpPacket("ack", true, millisecond++));
    }
    packets.appendPackets(batch);
    const QString key = packets.index(0, 0).data(PacketListModel::ConversationRole).toString();
    const Ladder ladder = Ladder::forConversation(packets, key);
    QCOMPARE(ladder.steps.size(), 2 * Ladder::kRunEdge + 1);
    const LadderStep &middle = ladder.steps.at(Ladder::kRunEdge);
    QCOMPARE(middle.packets, 1100 - 2 * Ladder::kRunEdge);
    QVERIFY(middle.leftToRight); // most of them went from the client
    QVERIFY2(middle.label.contains(QLocale().toString(1092)), qPrintable(middle.label));
    int total = 0;
    for (const LadderStep &step : ladder.steps)
        total += step.packets;
    QCOMPARE(total, 1100); // every packet is accounted for
    QCOMPARE(ladder.steps.constLast().leftToRight, false);
}

QTEST_GUILESS_MAIN(tst_Ladder)
#include "tst_ladder.moc"
