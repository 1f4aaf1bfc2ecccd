#include "network/platformfacts.h"

#include <QCoreApplication>

namespace PlatformFacts {

QString socketTableCommand()
{
    return QStringLiteral("netstat -ano");
}

QString udpSocketTableCommand()
{
    return QStringLiteral("netstat -ano -p UDP");
}

QString captureSetupHelp()
{
    return QCoreApplication::translate(
        "PlatformFacts",
        "SocketLab captures packets through Wireshark's dumpcap. Install Wireshark from wireshark.org "
        "and, when its installer asks, Npcap with \"Support loopback traffic\" ticked (the lab's "
        "traffic on 127.0.0.1 goes through Npcap's loopback adapter); then restart SocketLab. The rest "
        "of SocketLab works without it.");
}

} // namespace PlatformFacts
