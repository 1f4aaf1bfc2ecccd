#pragma once

#include <QList>
#include <QString>

#include <optional>

// The ports of one port check, as the user types them: "80", "22, 80, 443", "8000-8010", or a
// mix ("22,80,8000-8010"). Only ports the user named are ever checked, and a bounded number of
// them: the lab checks a classmate's server, it does not sweep a machine.

// At most this many distinct ports per check (a range counts every port in it).
constexpr int kMaxPortsPerCheck = 1024;

// Why a port list was rejected; the UI words the message.
enum class PortListError {
    Empty,          // nothing but spaces
    NotANumber,     // an item is not digits or digits-digits ("http", "-5", "22,,80", "1-2-3")
    OutOfRange,     // 0, or above 65535
    ReversedRange,  // "10-5"
    TooMany         // more than kMaxPortsPerCheck distinct ports
};

// Items are separated by commas; spaces around items and around the dash of a range are
// allowed. The result is ascending with duplicates removed. On failure returns nothing and,
// when error is given, sets it to the first problem in reading order (TooMany only when every
// item is otherwise valid).
std::optional<QList<quint16>> parsePortList(const QString &text, PortListError *error = nullptr);
