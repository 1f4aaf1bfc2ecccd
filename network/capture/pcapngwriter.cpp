#include "network/capture/pcapngwriter.h"

#include "network/capture/pcapheader.h"

#include <QSaveFile>
#include <QtEndian>

#include <algorithm>

namespace {
constexpr quint32 kSectionHeaderBlock = 0x0a0d0d0a;
constexpr quint32 kInterfaceDescriptionBlock = 1;
constexpr quint32 kEnhancedPacketBlock = 6;
constexpr quint32 kByteOrderMagic = 0x1a2b3c4d;

template<typename T>
void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// type, total length, body padded to 4 bytes, total length again
void appendBlock(QByteArray &out, quint32 type, const QByteArray &body)
{
    const quint32 padding = (4 - body.size() % 4) % 4;
    const auto total = quint32(12 + body.size() + padding);
    append(out, type);
    append(out, total);
    out.append(body);
    out.append(int(padding), '\0');
    append(out, total);
}

QByteArray sectionHeader()
{
    QByteArray body;
    append(body, kByteOrderMagic);
    append(body, quint16(1)); // version 1.0
    append(body, quint16(0));
    append(body, qint64(-1)); // section length not given
    return body;
}

QByteArray interfaceDescription(int linkType)
{
    QByteArray body;
    append(body, quint16(linkType));
    append(body, quint16(0));
    append(body, quint32(0)); // no snapshot length: an opened file's packets may be longer than ours
    return body;
}

QByteArray enhancedPacket(quint32 interfaceId, const CapturedPacket &packet)
{
    QByteArray body;
    const auto stamp = quint64(qMax<qint64>(packet.timestampUs, 0));
    append(body, interfaceId);
    append(body, quint32(stamp >> 32));
    append(body, quint32(stamp));
    append(body, quint32(packet.data.size()));
    append(body, qMax<quint32>(packet.originalLength, quint32(packet.data.size())));
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        reportPcapError(error, reason, PcapFileError::CannotWrite, file.errorString());
        return false;
    }
    return true;
}
