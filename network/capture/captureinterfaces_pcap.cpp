#include "network/capture/captureinterfaces.h"

#include "network/localaddresses.h"

#include <pcap/pcap.h>

#include <algorithm>

QList<CaptureInterface> captureInterfaces(QString *errorText)
{
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_if_t *devices = nullptr;
    if (pcap_findalldevs(&devices, errbuf) != 0) {
        if (errorText)
            *errorText = QString::fromLocal8Bit(errbuf);
        return {};
    }

    const QList<LocalAddress> addresses = localAddresses();
    QList<CaptureInterface> interfaces;
    for (const pcap_if_t *device = devices; device; device = device->next) {
        CaptureInterface interface;
        interface.name = QString::fromLocal8Bit(device->name);
        if (device->description)
            interface.description = QString::fromLocal8Bit(device->description);
        interface.isLoopback = (device->flags & PCAP_IF_LOOPBACK) != 0;
        interface.isUp = (device->flags & PCAP_IF_UP) != 0;
        interface.isAny = interface.name == QLatin1String("any");
        for (const LocalAddress &local : addresses) {
            if (local.interfaceName == interface.name)
                interface.addresses.append(local.address);
        }
        interfaces.append(interface);
    }
    pcap_freealldevs(devices);

    // Stable, so the rest keeps libpcap's order (it already puts running interfaces first).
    std::stable_partition(interfaces.begin(), interfaces.end(),
                          [](const CaptureInterface &interface) { return interface.isLoopback; });
    if (errorText)
        errorText->clear();
    return interfaces;
}

QString defaultCaptureInterface()
{
    return defaultCaptureInterface(captureInterfaces());
}

QString defaultCaptureInterface(const QList<CaptureInterface> &interfaces)
{
    if (!interfaces.isEmpty() && interfaces.first().isLoopback)
        return interfaces.first().name;
    // Listing failed: fall back to the name the platform always gives its loopback device.
#if defined(Q_OS_LINUX)
    return QStringLiteral("lo");
#else
    return QStringLiteral("lo0");
#endif
}
