#pragma once

#include "network/capture/capturedpacket.h"

#include <QList>
#include <QString>

#include <optional>

// Why a .pcap could not be saved or opened; the message that comes with it is libpcap's or
// the system's own (English) text, and app/ puts it into words.
enum class PcapFileError {
    None,
    MixedLinkTypes, // one .pcap holds one link type; the packets have several
    CannotWrite,    // the folder is read-only, the disk is full...
    CannotOpen,     // missing, unreadable, or not a capture file libpcap knows
    CannotRead      // a capture file broken part way (e.g. truncated)
};

// Writes packets as a classic .pcap (microsecond time stamps, snapshot length 262144) that
// Wireshark and tcpdump open. Written to a temporary file in the same folder and renamed, so
// a failed save never leaves half a file. An empty list gives an empty Ethernet capture.
bool savePcap(const QString &path, const QList<CapturedPacket> &packets, QString *error,
              PcapFileError *reason = nullptr);

// Reads every packet of a .pcap or .pcapng file libpcap understands (time stamps in
// microseconds). The whole file is loaded: the caller caps how much it keeps.
std::optional<QList<CapturedPacket>> openPcap(const QString &path, QString *error,
                                              PcapFileError *reason = nullptr);
