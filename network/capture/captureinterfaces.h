#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

// A device libpcap can capture on, as pcap_findalldevs() lists it.
struct CaptureInterface
{
    QString name;        // what pcap_create() takes: "lo", "eth0", "any"
    QString description; // libpcap's description; often empty on Linux
    bool isLoopback = false;
    bool isUp = false;
    bool isAny = false;            // Linux's "any": every interface at once, loopback included
    QList<QHostAddress> addresses; // this machine's addresses on it (none for "any")
};

Q_DECLARE_METATYPE(CaptureInterface)

// Every capture device, loopback first, then the others in libpcap's order; "any" is included
// when libpcap lists it. Each with its addresses. Listing needs no capture permission. On
// failure: an empty list and libpcap's message in errorText.
QList<CaptureInterface> captureInterfaces(QString *errorText = nullptr);

// The loopback interface's name ("lo" on Linux, "lo0" on macOS and the BSDs).
QString defaultCaptureInterface();
// The same, from a list captureInterfaces() gave (listing asks the kernel: once is enough).
QString defaultCaptureInterface(const QList<CaptureInterface> &interfaces);
