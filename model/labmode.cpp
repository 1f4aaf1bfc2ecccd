#include "model/labmode.h"

namespace {
const char *const kNames[] = { "tcp-simple", "tcp-multi", "udp-server", "tcp-client", "udp-client", "file-server", "file-client" };
}

QString modeName(LabMode mode)
{
    return QString::fromLatin1(kNames[int(mode)]);
}

std::optional<LabMode> modeFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kNames)); ++i) {
        if (name == QLatin1String(kNames[i]))
            return LabMode(i);
    }
    return std::nullopt;
}

bool isClientMode(LabMode mode)
{
    return mode == LabMode::TcpClient || mode == LabMode::UdpClient || mode == LabMode::FileClient;
}
