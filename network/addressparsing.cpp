#include "network/addressparsing.h"

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
    if (value < 1 || value > 65535)
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
    return address;
}
