#include "network/platformfacts.h"

#include <QCoreApplication>

namespace PlatformFacts {

QString socketTableCommand()
{
    return QString::fromLatin1(kThisSystem.socketTableCommand);
}

QString udpSocketTableCommand()
{
    return QString::fromLatin1(kThisSystem.udpSocketTableCommand);
}

QString captureSetupHelp()
{
    return QCoreApplication::translate("PlatformFacts", kThisSystem.captureSetupHelp);
}

} // namespace PlatformFacts
