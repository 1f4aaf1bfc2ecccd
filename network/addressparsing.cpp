#include "network/addressparsing.h"

#include <QStringList>

namespace {

// Four decimal numbers separated by dots (their range is QHostAddress's to check).
bool isDottedQuad(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
    }
    return true;
}

bool isAsciiDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

std::optional<QString> refuse(HostProblem *problem, HostProblem why)
{
    if (problem)
        *problem = why;
    return std::nullopt;
}

} // namespace

std::optional<quint16> parsePort(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 5)
        return std::nullopt;
    for (const QChar c : trimmed) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const int value = trimmed.toInt();
    if (value < kLowestPort || value > kHighestPort)
        return std::nullopt;
    return quint16(value);
}

std::optional<QHostAddress> parseBindAddress(const QString &text)
{
    QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    if (lower == QLatin1String("any") || lower == QLatin1String("all") || lower == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']')))
        trimmed = trimmed.mid(1, trimmed.size() - 2);
    QHostAddress address;
    if (trimmed.isEmpty() || !address.setAddress(trimmed))
        return std::nullopt;
    if (!trimmed.contains(QLatin1Char(':')) && !isDottedQuad(trimmed))
        return std::nullopt;
    return address;
}

std::optional<QString> parseHost(const QString &text, HostProblem *problem)
{
    if (problem)
        *problem = HostProblem::None;
    QString host = text.trimmed();
    if (host.isEmpty())
        return refuse(problem, HostProblem::Empty);
    for (const QChar c : host) {
        if (c.isSpace())
            return refuse(problem, HostProblem::ContainsSpaces);
    }
    // "[::1]:65432" and "127.0.0.1:65432", as in URLs; "[::1]" alone is "::1".
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close > 0 && close + 1 < host.size() && host.at(close + 1) == QLatin1Char(':'))
            return refuse(problem, HostProblem::IncludesPort);
        if (close != host.size() - 1)
            return refuse(problem, HostProblem::NotAnAddress);
        host = host.mid(1, host.size() - 2);
    } else if (host.count(QLatin1Char(':')) == 1 && isAsciiDigits(host.section(QLatin1Char(':'), 1))) {
        return refuse(problem, HostProblem::IncludesPort);
    }

    QHostAddress address;
    if (host.contains(QLatin1Char(':'))) {
        if (!address.setAddress(host))
            return refuse(problem, HostProblem::NotAnAddress);
    } else {
        // A name whose last label is a number is an IPv4 address (as browsers read it), and
        // then only the four-number form: "65536" or "1.2.3" would silently mean another one.
        QString name = host;
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        if (isAsciiDigits(name.section(QLatin1Char('.'), -1))) {
            if (!isDottedQuad(name) || !address.setAddress(name))
                return refuse(problem, HostProblem::NotAnAddress);
            host = name;
        } else {
            const QStringList labels = name.split(QLatin1Char('.'));
            for (const QString &label : labels) {
                if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
                    return refuse(problem, HostProblem::InvalidName);
                for (const QChar c : label) {
                    // Letters of any script (internationalized names), digits, '-' and '_'.
                    if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
                        return refuse(problem, HostProblem::InvalidName);
                }
            }
        }
    }
    if (!address.isNull() && (address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6))
        return refuse(problem, HostProblem::Unspecified);
    return host;
}
