#include "model/ladder.h"

#include "model/packetlistmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// The ports are the ends of the ladder: the label keeps what follows "50000 → 65432".
QString withoutPorts(const QString &info)
{
    const qsizetype arrow = info.indexOf(QStringLiteral(" → "));
    if (arrow < 0)
        return info;
    return info.mid(info.indexOf(QLatin1Char(' '), arrow + 3) + 1);
}

bool isBulk(const LadderStep &step)
{
    return step.kind == PacketListModel::DataKind || step.kind == PacketListModel::AckKind;
}

// One step for the middle of a run: how many packets went each way, and over how long.
LadderStep summary(const QList<LadderStep> &steps, qsizetype first, qsizetype last)
{
    int right = 0;
    int left = 0;
    for (qsizetype i = first; i <= last; ++i)
        (steps.at(i).leftToRight ? right : left) += 1;
    LadderStep step;
    step.seconds = steps.at(first).seconds;
    step.leftToRight = right >= left;
    step.kind = PacketListModel::DataKind;
    step.packets = int(last - first + 1);
    const QLocale locale;
    step.label = QCoreApplication::translate("Ladder", "… %1 packets in %2 s: %3 →, %4 ← (data segments and ACKs; every one is in the packet list) …")
                     .arg(locale.toString(step.packets), locale.toString(steps.at(last).seconds - step.seconds, 'f', 3),
                          locale.toString(right), locale.toString(left));
    return step;
}

// Runs of data segments and ACKs longer than kMaxRun shrink to their edges and one summary.
QList<LadderStep> summariseRuns(const QList<LadderStep> &steps)
{
    QList<LadderStep> kept;
    qsizetype i = 0;
    while (i < steps.size()) {
        qsizetype end = i;
        while (end < steps.size() && isBulk(steps.at(end)))
            ++end;
        if (end - i > Ladder::kMaxRun) {
            kept += steps.mid(i, Ladder::kRunEdge);
            kept.append(summary(steps, i + Ladder::kRunEdge, end - Ladder::kRunEdge - 1));
            kept += steps.mid(end - Ladder::kRunEdge, Ladder::kRunEdge);
        } else {
            kept += steps.mid(i, end - i);
        }
        if (end < steps.size())
            kept.append(steps.at(end));
        i = end + 1;
    }
    return kept;
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
    ladder.steps = summariseRuns(ladder.steps);
    return ladder;
}
