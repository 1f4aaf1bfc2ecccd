#include "network/burstmessages.h"

namespace BurstMessages {

QByteArray message(qint64 sequence, qint64 total)
{
    return '#' + QByteArray::number(sequence) + '/' + QByteArray::number(total);
}

std::optional<Number> parse(const QByteArray &message)
{
    QByteArray text = message;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    if (!text.startsWith('#') || text.size() > 24)
        return std::nullopt;
    const qsizetype slash = text.indexOf('/');
    if (slash < 2)
        return std::nullopt;
    bool sequenceOk = false;
    bool totalOk = false;
    const qint64 sequence = text.mid(1, slash - 1).toLongLong(&sequenceOk);
    const qint64 total = text.mid(slash + 1).toLongLong(&totalOk);
    if (!sequenceOk || !totalOk || total < 1 || total > kMaxCount || sequence < 1 || sequence > total)
        return std::nullopt;
    return Number { sequence, total };
}

} // namespace BurstMessages
