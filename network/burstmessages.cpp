#include "network/burstmessages.h"

namespace BurstMessages {

QByteArray message(qint64 sequence, qint64 total)
{
    return '#' + QByteArray::number(sequence) + '/' + QByteArray::number(total);
}

namespace {
// Digits only, no sign, no spaces, no leading zero: exactly what message() writes.
std::optional<qint64> number(const QByteArray &digits)
{
    if (digits.isEmpty() || digits.size() > 9 || digits.startsWith('0'))
        return std::nullopt;
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

std::optional<Number> parse(const QByteArray &message)
{
    QByteArray text = message;
    if (text.endsWith('\n')) {
        text.chop(1);
        if (text.endsWith('\r'))
            text.chop(1);
    }
    if (!text.startsWith('#') || text.size() > 24)
        return std::nullopt;
    const qsizetype slash = text.indexOf('/');
    if (slash < 2)
        return std::nullopt;
    const std::optional<qint64> sequence = number(text.mid(1, slash - 1));
    const std::optional<qint64> total = number(text.mid(slash + 1));
    if (!sequence || !total || *total > kMaxCount || *sequence > *total)
        return std::nullopt;
    return Number { *sequence, *total };
}

} // namespace BurstMessages
