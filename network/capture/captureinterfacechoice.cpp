#include "network/capture/captureinterfacechoice.h"

#include <algorithm>

namespace {

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::ConvertV4MappedToIPv4);
}

bool isLoopbackAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const QHostAddress plain(address.toIPv4Address(&isV4));
    return address.isLoopback() || (isV4 && plain.isLoopback());
}

const CaptureInterface *holding(const QList<CaptureInterface> &interfaces, const QHostAddress &address)
{
    for (const CaptureInterface &interface : interfaces) {
        if (std::any_of(interface.addresses.begin(), interface.addresses.end(),
                        [&address](const QHostAddress &own) { return sameAddress(own, address); }))
            return &interface;
    }
    return nullptr;
}

QString loopbackName(const QList<CaptureInterface> &interfaces)
{
    for (const CaptureInterface &interface : interfaces) {
        if (interface.isLoopback)
            return interface.name;
    }
    return defaultCaptureInterface(interfaces);
}

} // namespace

namespace CaptureInterfaceChoice {

const CaptureInterface *find(const QList<CaptureInterface> &interfaces, const QString &name)
{
    for (const CaptureInterface &interface : interfaces) {
        if (interface.name == name)
            return &interface;
    }
    return nullptr;
}

QString defaultFor(const QList<CaptureInterface> &interfaces, const QList<QHostAddress> &pageAddresses)
{
    for (const CaptureInterface &interface : interfaces) {
        if (interface.isAny)
            return interface.name;
    }
    for (const QHostAddress &address : pageAddresses) {
        if (isLoopbackAddress(address))
            return loopbackName(interfaces);
        if (const CaptureInterface *interface = holding(interfaces, address))
            return interface->name;
    }
    return loopbackName(interfaces);
}

QString interfaceFor(const QList<CaptureInterface> &interfaces, const QHostAddress &local, const QHostAddress &remote)
{
    if (isLoopbackAddress(local) || isLoopbackAddress(remote) || (holding(interfaces, local) && holding(interfaces, remote)))
        return loopbackName(interfaces);
    const CaptureInterface *interface = holding(interfaces, local);
    return interface ? interface->name : QString();
}

bool sees(const QList<CaptureInterface> &interfaces, const QString &chosen, const QHostAddress &local,
          const QHostAddress &remote)
{
    const CaptureInterface *interface = find(interfaces, chosen);
    if (!interface || interface->isAny)
        return true;
    const QString crossed = interfaceFor(interfaces, local, remote);
    return crossed.isEmpty() || crossed == chosen;
}

} // namespace CaptureInterfaceChoice
