#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// Validation of what users type, shared by the pages and the command line.

// A TCP/UDP port, 1..65535, digits only (spaces around are forgiven).
std::optional<quint16> parsePort(const QString &text);

// A literal bind address: "0.0.0.0", "::", "127.0.0.1", "::1", "[::1]", an IPv6 address with a
// scope ("fe80::1%eth0"), or the words "any"/"all" for all interfaces (IPv4 and IPv6).
std::optional<QHostAddress> parseBindAddress(const QString &text);
