#pragma once

#include <QString>

#include <optional>

// The pages, and their names on the command line (a public interface: keep them stable).
enum class LabMode {
    TcpSimple, // tcp-simple
    TcpMulti,  // tcp-multi
    UdpServer, // udp-server
    TcpClient, // tcp-client
    UdpClient, // udp-client
    FileServer, // file-server
    FileClient  // file-client
};
// For arrays with one entry per mode.
constexpr int kLabModeCount = int(LabMode::FileClient) + 1;

QString modeName(LabMode mode);
std::optional<LabMode> modeFromName(const QString &name);
bool isClientMode(LabMode mode);
