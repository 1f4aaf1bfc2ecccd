#pragma once

#include "network/capture/captureinterfaces.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// Which interface a page's packets cross, decided from addresses alone (no I/O): the default
// capture follows the traffic, and a page can say which interface to choose when the chosen
// one cannot hold a connection's packets.
namespace CaptureInterfaceChoice {

// Where a page captures by default: "any" where listed (Linux's own; on Windows SocketLab's,
// through dumpcap), loopback and every network at once; otherwise the interface holding the first of pageAddresses that one holds,
// the loopback for loopback addresses, and the loopback when nothing matches (the lab's own
// machine). pageAddresses: a server's bind address, a client's server address.
QString defaultFor(const QList<CaptureInterface> &interfaces, const QList<QHostAddress> &pageAddresses);

// The interface a connection's packets cross: the loopback when either end is a loopback
// address or both ends are this machine's (the kernel short-cuts them), otherwise the
// interface holding local. Empty when no listed interface holds it.
QString interfaceFor(const QList<CaptureInterface> &interfaces, const QHostAddress &local, const QHostAddress &remote);

// Whether a capture on chosen sees the packets of a connection between local and remote
// ("any" sees everything; an unknown connection is given the benefit of the doubt).
bool sees(const QList<CaptureInterface> &interfaces, const QString &chosen, const QHostAddress &local,
          const QHostAddress &remote);

// The listed interface named name, or nullptr.
const CaptureInterface *find(const QList<CaptureInterface> &interfaces, const QString &name);

} // namespace CaptureInterfaceChoice
