#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A device libpcap can capture on, as pcap_findalldevs() lists it.
struct CaptureInterface
{
    QString name;        // what pcap_create() takes: "lo", "eth0", "any"
    QString description; // libpcap's description; often empty on Linux
    bool isLoopback = false;
    bool isUp = false;
    bool isAny = false;            // "any": every interface at once, loopback included
    QList<QHostAddress> addresses; // this machine's addresses on it (none for "any")
    // Windows's "any" is SocketLab's (dumpcap has none): the interfaces dumpcap captures on
    // together. Empty for a device the system captures on by itself.
    QStringList members;
};

Q_DECLARE_METATYPE(CaptureInterface)

// Every capture device, loopback first, then the others in libpcap's order; "any" is included
// when libpcap lists it (Linux), or made of the loopback and every interface with an address
// when there are several (Windows). Each with its addresses. Listing needs no capture permission. On
// failure: an empty list and libpcap's message in errorText.
QList<CaptureInterface> captureInterfaces(QString *errorText = nullptr);

// The loopback interface's name ("lo" on Linux, "lo0" on macOS and the BSDs).
QString defaultCaptureInterface();
// The same, from a list captureInterfaces() gave (listing asks the kernel: once is enough).
QString defaultCaptureInterface(const QList<CaptureInterface> &interfaces);
