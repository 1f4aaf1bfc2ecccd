#include "network/capture/pcapfile.h"

#include "network/capture/pcapheader.h"

#include "network/capture/capturestream.h"

#include <QFile>

// Windows: capture files read by SocketLab itself (no libpcap to lean on): what it writes and
// what dumpcap and Wireshark save, .pcap or .pcapng.

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
