#pragma once

#include "network/capture/capturedpacket.h"
#include "network/capture/pcapfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>


// What saving a .pcap (pcapfile.cpp) and a .pcapng (pcapngwriter.cpp) share.

// Sets *error and *reason where given.
void reportPcapError(QString *error, PcapFileError *reason, PcapFileError kind, const QString &message);

// The file header's fields for these packets, all of one link type: that link type (Ethernet
// for none) and a snapshot length no packet exceeds.
struct PcapHeader
{
    int linkType;
    int snapLength;
};
PcapHeader pcapHeaderFor(const QList<CapturedPacket> &packets);

// Both formats are written little-endian (readers take either byte order).
template<typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// Writes a whole capture file through QSaveFile: it writes beside the target and renames on
// commit(), so a failed save never leaves half a file under path. CannotWrite on failure.
bool writeCaptureFile(const QString &path, const QByteArray &bytes, QString *error, PcapFileError *reason);
