#include "model/ladder.h"

#include "model/packetlistmodel.h"

namespace {

// The ports are the ends of the ladder: the label keeps what follows "50000 → 65432".
QString withoutPorts(const QString &info)
{
    const qsizetype arrow = info.indexOf(QStringLiteral(" → "));
    if (arrow < 0)
        return info;
    return info.mid(info.indexOf(QLatin1Char(' '), arrow + 3) + 1);
}

} // namespace

Ladder Ladder::forConversation(const PacketListModel &packets, const QString &key)
{
    Ladder ladder;
    if (key.isEmpty())
        return ladder;
    for (int row = 0; row < packets.rowCount(); ++row) {
        const QModelIndex index = packets.index(row, 0);
        if (index.data(PacketListModel::ConversationRole).toString() != key)
            continue;
        if (ladder.left.isNull()) {
            ladder.left = packets.sourceAt(row);
            ladder.right = packets.destinationAt(row);
        }
        ladder.steps.append({ packets.relativeTimeAt(row), packets.sourceAt(row) == ladder.left,
                              withoutPorts(packets.infoAt(row)), index.data(PacketListModel::KindRole).toInt() });
    }
    return ladder;
}
