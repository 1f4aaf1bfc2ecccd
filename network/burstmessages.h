#pragma once

#include <QByteArray>

#include <optional>

// The numbered messages of a burst ("#17/10000"), so the receiving side can count what arrived,
// what is missing, duplicated or out of order from what really came, with nothing simulated.
namespace BurstMessages {

constexpr int kMaxCount = 100000;

struct Number
{
    qint64 sequence = 0; // 1..total
    qint64 total = 0;
};

// "#<sequence>/<total>", without line ending.
QByteArray message(qint64 sequence, qint64 total);
// Recognises one message (a trailing "\n" or "\r\n" is allowed).
std::optional<Number> parse(const QByteArray &message);

} // namespace BurstMessages
