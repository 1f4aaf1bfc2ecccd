#include "network/capture/pcapfile.h"

#include "network/capture/pcapheader.h"
#include "network/capture/pcapngwriter.h"

#include "network/capture/capturesession.h"
#include "network/capture/capturestream.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

// Windows: classic .pcap written and read by SocketLab itself (no libpcap to lean on). It
// reads what it writes and what dumpcap and Wireshark save, .pcap or .pcapng.

namespace {


void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

bool savePcap(const QString &path, const QList<CapturedPacket> &packets, QString *error,
              PcapFileError *reason)
{
    if (hasSeveralLinkTypes(packets))
        return savePcapng(path, packets, error, reason);
    reportPcapError(error, reason, PcapFileError::None, QString());
    const std::optional<PcapHeader> header = pcapHeaderFor(packets, error, reason);
    if (!header)
        return false;
    const int linkType = header->linkType;
    const int snapLength = header->snapLength;
    QByteArray bytes;
    append32(bytes, 0xa1b2c3d4); // microsecond time stamps
    append16(bytes, 2);
    append16(bytes, 4);
    append32(bytes, 0);
    append32(bytes, 0);
    append32(bytes, quint32(snapLength));
    append32(bytes, quint32(linkType));
    for (const CapturedPacket &packet : packets) {
        append32(bytes, quint32(packet.timestampUs / 1000000));
        append32(bytes, quint32(packet.timestampUs % 1000000));
        append32(bytes, quint32(packet.data.size()));
        append32(bytes, quint32(packet.originalLength));
        bytes.append(packet.data);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        reportPcapError(error, reason, PcapFileError::CannotWrite, file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<CapturedPacket>> openPcap(const QString &path, QString *error,
                                              PcapFileError *reason)
{
    reportPcapError(error, reason, PcapFileError::None, QString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportPcapError(error, reason, PcapFileError::CannotOpen, file.errorString());
        return std::nullopt;
    }
    QByteArray buffer = file.readAll();
    CaptureStreamReader reader;
    CapturedPacketBatch packets;
    if (!reader.read(buffer, packets) || !reader.headerRead()) {
        reportPcapError(error, reason, PcapFileError::CannotOpen, QStringLiteral("not a pcap or pcapng file"));
        return std::nullopt;
    }
    if (!buffer.isEmpty()) {
        reportPcapError(error, reason, PcapFileError::CannotRead, QStringLiteral("truncated dump file"));
        return std::nullopt;
    }
    return packets;
}
