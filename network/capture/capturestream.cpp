#include "network/capture/capturestream.h"

#include <QtEndian>

namespace {
constexpr quint32 kMagicMicroseconds = 0xa1b2c3d4;
constexpr quint32 kMagicNanoseconds = 0xa1b23c4d;
constexpr int kPcapFileHeaderBytes = 24;
constexpr int kPcapRecordHeaderBytes = 16;
constexpr quint32 kMaxRecordBytes = 262144 * 4; // larger than any snaplen: a corrupt stream

// pcapng (draft-ietf-opsawg-pcapng): every block is type, total length, body, total length.
constexpr quint32 kSectionHeaderBlock = 0x0a0d0d0a;
constexpr quint32 kInterfaceDescriptionBlock = 1;
constexpr quint32 kSimplePacketBlock = 3;
constexpr quint32 kEnhancedPacketBlock = 6;
constexpr quint32 kByteOrderMagic = 0x1a2b3c4d;
constexpr quint16 kOptionEnd = 0;
constexpr quint16 kOptionTimeResolution = 9; // if_tsresol
constexpr int kBlockFrameBytes = 12;

quint64 power(quint64 base, int exponent)
{
    quint64 result = 1;
    while (exponent-- > 0)
        result *= base;
    return result;
}

qint64 toMicroseconds(quint64 stamp, quint64 unitsPerSecond)
{
    const quint64 seconds = stamp / unitsPerSecond;
    const quint64 rest = stamp % unitsPerSecond;
    return qint64(seconds * 1000000 + quint64(double(rest) * 1e6 / double(unitsPerSecond)));
}
} // namespace

quint16 CaptureStreamReader::read16(const char *data) const
{
    const quint16 value = qFromLittleEndian<quint16>(data);
    return m_swapped ? qbswap(value) : value;
}

quint32 CaptureStreamReader::read32(const char *data) const
{
    const quint32 value = qFromLittleEndian<quint32>(data);
    return m_swapped ? qbswap(value) : value;
}

bool CaptureStreamReader::read(QByteArray &buffer, CapturedPacketBatch &packets)
{
    qsizetype position = 0;
    if (m_format == Format::Unknown) {
        if (buffer.size() < 4)
            return true;
        const quint32 magic = qFromLittleEndian<quint32>(buffer.constData());
        if (magic == kSectionHeaderBlock)
            m_format = Format::Pcapng;
        else if (magic == kMagicMicroseconds || magic == kMagicNanoseconds || qbswap(magic) == kMagicMicroseconds
                 || qbswap(magic) == kMagicNanoseconds)
            m_format = Format::Pcap;
        else
            return false;
    }
    const bool ok = m_format == Format::Pcap ? readPcap(buffer, position, packets) : readPcapng(buffer, position, packets);
    buffer.remove(0, position);
    return ok;
}

bool CaptureStreamReader::readPcap(QByteArray &buffer, qsizetype &position, CapturedPacketBatch &packets)
{
    if (m_linkType < 0) {
        if (buffer.size() < kPcapFileHeaderBytes)
            return true;
        const quint32 magic = qFromLittleEndian<quint32>(buffer.constData());
        m_swapped = magic != kMagicMicroseconds && magic != kMagicNanoseconds;
        m_nanoseconds = read32(buffer.constData()) == kMagicNanoseconds;
        m_linkType = int(read32(buffer.constData() + 20) & 0x0fffffff);
        position = kPcapFileHeaderBytes;
    }
    while (buffer.size() - position >= kPcapRecordHeaderBytes) {
        const char *header = buffer.constData() + position;
        const quint32 captured = read32(header + 8);
        if (captured > kMaxRecordBytes)
            return false;
        if (buffer.size() - position - kPcapRecordHeaderBytes < qsizetype(captured))
            break; // the rest of this packet is still on its way
        CapturedPacket packet;
        const quint32 fraction = read32(header + 4);
        packet.timestampUs = qint64(read32(header)) * 1000000 + (m_nanoseconds ? fraction / 1000 : fraction);
        packet.linkType = m_linkType;
        packet.originalLength = read32(header + 12);
        packet.data = buffer.mid(position + kPcapRecordHeaderBytes, captured);
        packets.append(std::move(packet));
        position += kPcapRecordHeaderBytes + captured;
    }
    return true;
}

bool CaptureStreamReader::readPcapng(QByteArray &buffer, qsizetype &position, CapturedPacketBatch &packets)
{
    while (buffer.size() - position >= kBlockFrameBytes) {
        const char *block = buffer.constData() + position;
        // A section header's type reads the same in both byte orders; its magic says which.
        if (qFromLittleEndian<quint32>(block) == kSectionHeaderBlock) {
            const quint32 magic = qFromLittleEndian<quint32>(block + 8);
            if (magic != kByteOrderMagic && qbswap(magic) != kByteOrderMagic)
                return false;
            m_swapped = magic != kByteOrderMagic;
            m_interfaces.clear(); // interfaces are numbered per section
        }
        const quint32 total = read32(block + 4);
        if (total < kBlockFrameBytes || total % 4 != 0 || total > kMaxRecordBytes + 64)
            return false;
        if (buffer.size() - position < qsizetype(total))
            break; // the rest of this block is still on its way
        if (!readBlock(read32(block), block + 8, total - kBlockFrameBytes, packets))
            return false;
        position += total;
    }
    return true;
}

bool CaptureStreamReader::readBlock(quint32 type, const char *body, quint32 length, CapturedPacketBatch &packets)
{
    switch (type) {
    case kInterfaceDescriptionBlock:
        return readInterface(body, length);
    case kEnhancedPacketBlock:
        return readEnhancedPacket(body, length, packets);
    case kSimplePacketBlock: {
        if (length < 4 || m_interfaces.isEmpty())
            return false;
        CapturedPacket packet;
        packet.originalLength = read32(body);
        packet.linkType = m_interfaces.first().linkType;
        packet.data = QByteArray(body + 4, qMin<qsizetype>(packet.originalLength, length - 4));
        packets.append(std::move(packet)); // a simple packet has no time stamp
        return true;
    }
    default:
        return true; // section headers (read above), statistics, name resolution...: nothing to show
    }
}

bool CaptureStreamReader::readInterface(const char *body, quint32 length)
{
    if (length < 8)
        return false;
    Interface interface;
    interface.linkType = read16(body);
    for (quint32 offset = 8; offset + 4 <= length;) {
        const quint16 code = read16(body + offset);
        const quint16 size = read16(body + offset + 2);
        if (code == kOptionEnd || offset + 4 + size > length)
            break;
        if (code == kOptionTimeResolution && size >= 1) {
            const auto resolution = quint8(body[offset + 4]);
            const int exponent = qMin(resolution & 0x7f, (resolution & 0x80) ? 63 : 19);
            interface.unitsPerSecond = (resolution & 0x80) ? power(2, exponent) : power(10, exponent);
        }
        offset += 4 + ((size + 3u) & ~3u);
    }
    m_interfaces.append(interface);
    if (m_linkType < 0)
        m_linkType = interface.linkType;
    return true;
}

bool CaptureStreamReader::readEnhancedPacket(const char *body, quint32 length, CapturedPacketBatch &packets)
{
    if (length < 20)
        return false;
    const quint32 interfaceId = read32(body);
    const quint32 captured = read32(body + 12);
    if (interfaceId >= quint32(m_interfaces.size()) || captured > length - 20)
        return false;
    const Interface &interface = m_interfaces.at(interfaceId);
    CapturedPacket packet;
    const quint64 stamp = (quint64(read32(body + 4)) << 32) | read32(body + 8);
    packet.timestampUs = toMicroseconds(stamp, interface.unitsPerSecond);
    packet.linkType = interface.linkType;
    packet.originalLength = read32(body + 16);
    packet.data = QByteArray(body + 20, captured);
    packets.append(std::move(packet));
    return true;
}
