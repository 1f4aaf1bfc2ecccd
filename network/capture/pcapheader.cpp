#include "network/capture/pcapheader.h"

#include "network/capture/capturesession.h"

#include <QSaveFile>

namespace {
constexpr int kEthernet = 1; // DLT_EN10MB: what an empty capture claims to be
}

void reportPcapError(QString *error, PcapFileError *reason, PcapFileError kind, const QString &message)
{
    if (error)
        *error = message;
    if (reason)
        *reason = kind;
}

PcapHeader pcapHeaderFor(const QList<CapturedPacket> &packets)
{
    PcapHeader header { packets.isEmpty() ? kEthernet : packets.first().linkType, CaptureSession::kSnapLength };
    // A packet from an opened file may be longer than our own snapshot length; readers reject
    // a packet longer than the header's snapshot length.
    for (const CapturedPacket &packet : packets)
        header.snapLength = qMax(header.snapLength, int(packet.data.size()));
    return header;
}

bool writeCaptureFile(const QString &path, const QByteArray &bytes, QString *error, PcapFileError *reason)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        reportPcapError(error, reason, PcapFileError::CannotWrite, file.errorString());
        return false;
    }
    return true;
}
