#include "network/capture/captureinterfaces.h"

#include "network/capture/dumpcapprogram.h"
#include "network/localaddresses.h"

#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace {

// A lab PC's traffic crosses Npcap's loopback adapter (this machine) and its network adapters
// (a classmate's): "any" captures on all of them with one dumpcap, as Linux's "any" does.
// Adapters without an address (WAN miniports, virtual switches) carry none of it.
void addAnyInterface(QList<CaptureInterface> &interfaces)
{
    CaptureInterface any;
    any.name = QStringLiteral("any");
    any.isAny = true;
    any.isUp = true;
    for (const CaptureInterface &interface : interfaces) {
        if (interface.isLoopback || !interface.addresses.isEmpty())
            any.members.append(interface.name);
    }
    if (any.members.size() > 1)
        interfaces.append(any);
}

// Windows: the interfaces as Wireshark's dumpcap lists them (`dumpcap -D`), each line
// "1. \Device\NPF_{GUID} (Ethernet)": Npcap's device name, then the friendly name.
QList<CaptureInterface> listWithDumpcap(QString *errorText)
{
    const QString program = dumpcapProgram();
    if (program.isEmpty()) {
        if (errorText)
            *errorText = QStringLiteral("Wireshark's dumpcap.exe was not found");
        return {};
    }
    QProcess dumpcap;
    dumpcap.start(program, { QStringLiteral("-D") });
    if (!dumpcap.waitForFinished(10000) || dumpcap.exitCode() != 0) {
        if (errorText)
            *errorText = QString::fromLocal8Bit(dumpcap.readAllStandardError()).trimmed();
        dumpcap.kill();
        return {};
    }
    static const QRegularExpression line(QStringLiteral("^\\d+\\.\\s+(\\S+)(?:\\s+\\((.*)\\))?\\s*$"));
    const QList<LocalAddress> addresses = localAddresses();
    QList<CaptureInterface> interfaces;
    for (const QString &text : QString::fromLocal8Bit(dumpcap.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text.trimmed());
        if (!match.hasMatch())
            continue;
        CaptureInterface interface;
        interface.name = match.captured(1);
        interface.description = match.captured(2);
        interface.isLoopback = interface.name.contains(QLatin1String("Loopback"), Qt::CaseInsensitive);
        interface.isUp = true;
        // Qt names a Windows interface by the friendly name dumpcap shows in brackets.
        for (const LocalAddress &local : addresses) {
            if (local.interfaceName == interface.description || (interface.isLoopback && local.isLoopback))
                interface.addresses.append(local.address);
        }
        interfaces.append(interface);
    }
    std::stable_partition(interfaces.begin(), interfaces.end(),
                          [](const CaptureInterface &interface) { return interface.isLoopback; });
    addAnyInterface(interfaces);
    if (errorText)
        errorText->clear();
    return interfaces;
}

struct Listing
{
    QList<CaptureInterface> interfaces;
    QString error;
};

} // namespace

// Asked once per run: every page lists the interfaces, and dumpcap takes about a second.
QList<CaptureInterface> captureInterfaces(QString *errorText)
{
    static const Listing listing = [] {
        Listing result;
        result.interfaces = listWithDumpcap(&result.error);
        return result;
    }();
    if (errorText)
        *errorText = listing.error;
    return listing.interfaces;
}

QString defaultCaptureInterface()
{
    return defaultCaptureInterface(captureInterfaces());
}

QString defaultCaptureInterface(const QList<CaptureInterface> &interfaces)
{
    if (!interfaces.isEmpty() && interfaces.first().isLoopback)
        return interfaces.first().name;
    return QStringLiteral("\\Device\\NPF_Loopback"); // Npcap's loopback adapter
}
