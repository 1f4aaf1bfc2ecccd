#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

// This machine's addresses, interface by interface: what a classmate types to reach a server
// here, and the choices for a server's bind address.
struct LocalAddress
{
    QString interfaceName;   // "lo", "eth0", "wlp2s0"
    QHostAddress address;
    bool isUp = false;
    bool isLoopback = false;
};

QList<LocalAddress> localAddresses();

// The addresses a client can use to reach a server bound to bindAddress: every address of an
// interface that is up for "all interfaces", otherwise the bound address itself. Link-local
// IPv6 addresses are left out (they need a scope that students would have to type).
QList<QHostAddress> reachableAddresses(const QHostAddress &bindAddress);
