#pragma once

#include "network/capture/capturedpacket.h"
#include "network/capture/pcapfile.h"

#include <QList>
#include <QString>

// Whether packets hold several link types (Windows's "any": Npcap's loopback and Ethernet),
// which one classic .pcap cannot.
bool hasSeveralLinkTypes(const QList<CapturedPacket> &packets);

// Writes packets as pcapng, one interface per link type, microsecond time stamps; Wireshark and
// tshark open it whatever the file is called. Through QSaveFile: a failed save leaves nothing.
bool savePcapng(const QString &path, const QList<CapturedPacket> &packets, QString *error,
                PcapFileError *reason = nullptr);
