#include "network/localaddresses.h"

#include <QNetworkInterface>

QList<LocalAddress> localAddresses()
{
    QList<LocalAddress> result;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const bool up = interface.flags().testFlag(QNetworkInterface::IsUp);
        const bool loopback = interface.flags().testFlag(QNetworkInterface::IsLoopBack);
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            result.append(LocalAddress { interface.humanReadableName(), entry.ip(), up, loopback });
    }
    return result;
}

QList<QHostAddress> reachableAddresses(const QHostAddress &bindAddress)
{
    const bool any = bindAddress == QHostAddress::Any;
    const bool anyIPv4 = bindAddress == QHostAddress::AnyIPv4;
    const bool anyIPv6 = bindAddress == QHostAddress::AnyIPv6;
    if (!any && !anyIPv4 && !anyIPv6)
        return { bindAddress };
    QList<QHostAddress> result;
    QList<QHostAddress> loopbacks; // listed last: they reach only this machine
    for (const LocalAddress &local : localAddresses()) {
        if (!local.isUp || local.address.isLinkLocal())
            continue;
        const bool ipv4 = local.address.protocol() == QAbstractSocket::IPv4Protocol;
        if ((anyIPv4 && !ipv4) || (anyIPv6 && ipv4))
            continue;
        (local.isLoopback ? loopbacks : result).append(local.address);
    }
    return result + loopbacks;
}
