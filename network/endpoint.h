#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// One end of a connection or datagram exchange: an address and a port.
// IPv4-mapped IPv6 addresses (::ffff:127.0.0.1, what a dual-stack server sees for an IPv4
// client) are shown as the IPv4 address students typed, so both sides of a table agree.
struct Endpoint
{
    Endpoint() = default;
    Endpoint(const QHostAddress &address, quint16 port);

    QHostAddress address;
    quint16 port = 0;

    bool isNull() const { return address.isNull() && port == 0; }
    // "127.0.0.1:65432" or "[::1]:65432", the notation of ss and Wireshark.
    QString toString() const;
    // The address alone, normalised as above.
    QString addressText() const;

    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

// Moved in memory as plain bytes (QHostAddress is): a growing QList of events or rows is then
// realloc()ed in place instead of copied, element by element, into fresh memory.
Q_DECLARE_TYPEINFO(Endpoint, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Endpoint)
