#pragma once

#include "network/capture/capturedpacket.h"
#include "network/capture/pcapfile.h"

#include <QList>
#include <QString>

#include <optional>

// What the two .pcap writers (libpcap's on Linux, our own on Windows) decide the same way.

// Sets *error and *reason where given.
void reportPcapError(QString *error, PcapFileError *reason, PcapFileError kind, const QString &message);

// The file header's fields for these packets: their one link type (Ethernet for none) and a
// snapshot length no packet exceeds. Mixed link types: nothing, with MixedLinkTypes reported.
struct PcapHeader
{
    int linkType;
    int snapLength;
};
std::optional<PcapHeader> pcapHeaderFor(const QList<CapturedPacket> &packets, QString *error,
                                        PcapFileError *reason);
