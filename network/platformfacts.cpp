#include "network/platformfacts.h"

#include <QCoreApplication>

namespace PlatformFacts {

QString socketTableCommand()
{
    return QString::fromLatin1(kThisSystem.socketTableCommand);
}

QString captureSetupHelp()
{
    return QCoreApplication::translate("PlatformFacts", kThisSystem.captureSetupHelp);
}

} // namespace PlatformFacts
