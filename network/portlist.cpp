#include "network/portlist.h"

#include "network/addressparsing.h"

#include <QStringView>

#include <vector>

namespace {

// A port number: ASCII digits only (not the other scripts' digits QChar::isDigit() accepts).
// Leading zeros are forgiven; a number too long to be a port is out of range, not "not a number".
std::optional<int> parseNumber(QStringView text, PortListError *error)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        *error = PortListError::NotANumber;
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *error = PortListError::NotANumber;
            return std::nullopt;
        }
    }
    while (text.size() > 1 && text.front() == QLatin1Char('0'))
        text = text.mid(1);
    const int value = text.size() > 5 ? 0 : text.toInt();
    if (value < kLowestPort || value > kHighestPort) {
        *error = PortListError::OutOfRange;
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<QList<quint16>> parsePortList(const QString &text, PortListError *error)
{
    PortListError ignored = PortListError::Empty;
    PortListError &reason = error ? *error : ignored;
    if (text.trimmed().isEmpty()) {
        reason = PortListError::Empty;
        return std::nullopt;
    }

    // A bitmap instead of a set: "1-65535" must be rejected quickly too, and the result comes
    // out ascending and without duplicates for free.
    std::vector<bool> wanted(kHighestPort + 1, false);
    const QList<QStringView> items = QStringView(text).split(QLatin1Char(','));
    for (const QStringView item : items) {
        const QList<QStringView> bounds = item.split(QLatin1Char('-'));
        if (bounds.size() > 2) {
            reason = PortListError::NotANumber;
            return std::nullopt;
        }
        const std::optional<int> first = parseNumber(bounds.at(0), &reason);
        if (!first)
            return std::nullopt;
        const std::optional<int> last = bounds.size() == 2 ? parseNumber(bounds.at(1), &reason) : first;
        if (!last)
            return std::nullopt;
        if (*last < *first) {
            reason = PortListError::ReversedRange;
            return std::nullopt;
        }
        for (int port = *first; port <= *last; ++port)
            wanted[size_t(port)] = true;
    }

    QList<quint16> ports;
    for (int port = kLowestPort; port <= kHighestPort; ++port) {
        if (!wanted[size_t(port)])
            continue;
        if (ports.size() == kMaxPortsPerCheck) {
            reason = PortListError::TooMany;
            return std::nullopt;
        }
        ports.append(quint16(port));
    }
    return ports;
}
