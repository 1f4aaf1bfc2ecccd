#include "network/capture/pcapfile.h"

#include "network/capture/capturestream.h"
#include "network/capture/pcapheader.h"
#include "network/capture/pcapngwriter.h"

#include <QFile>

// The classic .pcap format is a 24-byte file header and a 16-byte header before each packet,
// so SocketLab writes it itself on every platform, and reads it, and pcapng, with the reader
// of dumpcap's output. libpcap would refuse a pcapng whose interfaces have different link types,
// which is what a capture on Windows's "any" saves.

namespace {

void appendFileHeader(QByteArray &out, const PcapHeader &header)
{
    appendLittleEndian(out, quint32(0xa1b2c3d4)); // microsecond time stamps
    appendLittleEndian(out, quint16(2));          // format version 2.4
    appendLittleEndian(out, quint16(4));
    appendLittleEndian(out, qint32(0));           // time zone: UTC
    appendLittleEndian(out, quint32(0));          // time stamp accuracy: unused
    appendLittleEndian(out, quint32(header.snapLength));
    appendLittleEndian(out, quint32(header.linkType));
}

void appendPacket(QByteArray &out, const CapturedPacket &packet)
{
    // Floor division, so a time stamp before 1970 still gets 0 <= microseconds < 10^6.
    qint64 seconds = packet.timestampUs / 1000000;
    qint64 micros = packet.timestampUs % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --seconds;
    }
    const auto captured = quint32(packet.data.size());
    appendLittleEndian(out, quint32(seconds));
    appendLittleEndian(out, quint32(micros));
    appendLittleEndian(out, captured);
    appendLittleEndian(out, qMax(packet.originalLength, captured));
    out.append(packet.data);
}

} // namespace

bool savePcap(const QString &path, const QList<CapturedPacket> &packets, QString *error,
              PcapFileError *reason)
{
    if (hasSeveralLinkTypes(packets))
        return savePcapng(path, packets, error, reason);
    reportPcapError(error, reason, PcapFileError::None, QString());
    QByteArray bytes;
    appendFileHeader(bytes, pcapHeaderFor(packets));
    for (const CapturedPacket &packet : packets)
        appendPacket(bytes, packet);
    return writeCaptureFile(path, bytes, error, reason);
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
