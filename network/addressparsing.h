#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// Validation of what users type, shared by the pages and the command line.

// The ports a TCP or UDP socket can use (0 asks the system to pick one: never typed).
constexpr int kLowestPort = 1;
constexpr int kHighestPort = 65535;
// Below it, binding needs privileges (CAP_NET_BIND_SERVICE on Linux).
constexpr int kFirstUnprivilegedPort = 1024;

// A TCP/UDP port, kLowestPort..kHighestPort, digits only (spaces around are forgiven).
std::optional<quint16> parsePort(const QString &text);

// A literal bind address: "0.0.0.0", "::", "127.0.0.1", "::1", "[::1]", an IPv6 address with a
// scope ("fe80::1%eth0"), or the words "any"/"all" for all interfaces (IPv4 and IPv6). IPv4 is
// four decimal numbers: the old short forms ("0", "127.1", "65536" = 0.1.0.0) are refused, as
// they are almost always a port or a typo in the wrong field.
std::optional<QHostAddress> parseBindAddress(const QString &text);

// Why a typed host (a client's server, a port check's machine) cannot be used.
enum class HostProblem {
    None,
    Empty,
    ContainsSpaces,
    IncludesPort,   // "127.0.0.1:65432", "[::1]:65432": the port has its own field
    NotAnAddress,   // numbers that are no IP address: "1.2.3.4.5", "256.0.0.1", "65536", "::1::2"
    InvalidName,    // characters or dashes a host name cannot have: "-1", "a..b", "<b>x</b>"
    Unspecified     // 0.0.0.0 or ::, "any address": a server's, not a destination
};

// The host to look up or connect to: a name ("lab-pc", "exemplo.com.br", "já.br") or a literal
// address ("192.168.0.12", "::1", "[::1]", "fe80::1%eth0"). Only the form is checked: whether the
// name exists is the resolver's answer. nullopt and *problem when it cannot be a host.
std::optional<QString> parseHost(const QString &text, HostProblem *problem = nullptr);
