#include "network/capture/pcapngwriter.h"

#include "network/capture/pcapheader.h"

#include <algorithm>

namespace {
constexpr quint32 kSectionHeaderBlock = 0x0a0d0d0a;
constexpr quint32 kInterfaceDescriptionBlock = 1;
constexpr quint32 kEnhancedPacketBlock = 6;
constexpr quint32 kByteOrderMagic = 0x1a2b3c4d;

// type, total length, body padded to 4 bytes, total length again
void appendBlock(QByteArray &out, quint32 type, const QByteArray &body)
{
    const quint32 padding = (4 - body.size() % 4) % 4;
    const auto total = quint32(12 + body.size() + padding);
    appendLittleEndian(out, type);
    appendLittleEndian(out, total);
    out.append(body);
    out.append(int(padding), '\0');
    appendLittleEndian(out, total);
}

QByteArray sectionHeader()
{
    QByteArray body;
    appendLittleEndian(body, kByteOrderMagic);
    appendLittleEndian(body, quint16(1)); // version 1.0
    appendLittleEndian(body, quint16(0));
    appendLittleEndian(body, qint64(-1)); // section length not given
    return body;
}

QByteArray interfaceDescription(int linkType)
{
    QByteArray body;
    appendLittleEndian(body, quint16(linkType));
    appendLittleEndian(body, quint16(0));
    appendLittleEndian(body, quint32(0)); // no snapshot length: an opened file's packets may be longer than ours
    return body;
}

QByteArray enhancedPacket(quint32 interfaceId, const CapturedPacket &packet)
{
    QByteArray body;
    const auto stamp = quint64(qMax<qint64>(packet.timestampUs, 0));
    appendLittleEndian(body, interfaceId);
    appendLittleEndian(body, quint32(stamp >> 32));
    appendLittleEndian(body, quint32(stamp));
    appendLittleEndian(body, quint32(packet.data.size()));
    appendLittleEndian(body, qMax<quint32>(packet.originalLength, quint32(packet.data.size())));
    body.append(packet.data);
    return body;
}
} // namespace

bool hasSeveralLinkTypes(const QList<CapturedPacket> &packets)
{
    return std::any_of(packets.cbegin(), packets.cend(), [&packets](const CapturedPacket &packet) {
        return packet.linkType != packets.first().linkType;
    });
}

bool savePcapng(const QString &path, const QList<CapturedPacket> &packets, QString *error, PcapFileError *reason)
{
    reportPcapError(error, reason, PcapFileError::None, QString());
    QByteArray bytes;
    appendBlock(bytes, kSectionHeaderBlock, sectionHeader());
    QList<int> linkTypes; // an interface's number is its link type's place here
    for (const CapturedPacket &packet : packets) {
        qsizetype interfaceId = linkTypes.indexOf(packet.linkType);
        if (interfaceId < 0) {
            interfaceId = linkTypes.size();
            linkTypes.append(packet.linkType);
            appendBlock(bytes, kInterfaceDescriptionBlock, interfaceDescription(packet.linkType));
        }
        appendBlock(bytes, kEnhancedPacketBlock, enhancedPacket(quint32(interfaceId), packet));
    }
    return writeCaptureFile(path, bytes, error, reason);
}
