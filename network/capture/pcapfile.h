#pragma once

#include "network/capture/capturedpacket.h"

#include <QList>
#include <QString>

#include <optional>

// Why a capture file could not be saved or opened; the message that comes with it is the
// system's own or the reader's (English) text, and app/ puts it into words.
enum class PcapFileError {
    None,
    CannotWrite,    // the folder is read-only, the disk is full...
    CannotOpen,     // missing, unreadable, or neither .pcap nor .pcapng
    CannotRead      // a capture file broken part way (e.g. truncated)
};

// Writes packets as a classic .pcap (microsecond time stamps, snapshot length 262144) that
// Wireshark and tcpdump open, or as pcapng when they hold several link types (one .pcap holds
// one). Written to a temporary file in the same folder and renamed, so a failed save never
// leaves half a file. An empty list gives an empty Ethernet capture.
bool savePcap(const QString &path, const QList<CapturedPacket> &packets, QString *error,
              PcapFileError *reason = nullptr);

// Reads every packet of a .pcap (micro- or nanosecond, either byte order) or .pcapng file (time
// stamps in microseconds). The whole file is loaded: the caller caps how much it keeps.
std::optional<QList<CapturedPacket>> openPcap(const QString &path, QString *error,
                                              PcapFileError *reason = nullptr);
