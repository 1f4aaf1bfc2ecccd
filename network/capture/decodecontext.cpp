#include "network/capture/decodecontext.h"

#include <QStringList>

#include <limits>

namespace PacketDissection {

namespace {

// Offsets and lengths in DecodedPacket are ints; a claimed wire length (up to 4 GiB in a pcap
// record) is capped so that lengths derived from it, such as a TSO packet's, always fit.
constexpr qint64 kMaxBytes = std::numeric_limits<int>::max();
// Wireshark's Data field ends in an ellipsis instead of printing a whole jumbo frame.
constexpr int kDataPreviewBytes = 32;
const QString kArrow = QStringLiteral(" \u2192 ");

QString etherTypeName(quint16 type)
{
    switch (type) {
    case kEtherTypeIPv4: return QStringLiteral("IPv4");
    case kEtherTypeArp: return QStringLiteral("ARP");
    case kEtherTypeVlan: return QStringLiteral("802.1Q Virtual LAN");
    case kEtherTypeIPv6: return QStringLiteral("IPv6");
    case 0x88a8: return QStringLiteral("802.1ad Provider Bridge (Q-in-Q)");
    case 0x88cc: return QStringLiteral("802.1 Link Layer Discovery Protocol (LLDP)");
    default: return QString();
    }
}

} // namespace

QString hex(quint32 value, int digits)
{
    return QStringLiteral("0x%1").arg(value, digits, 16, QLatin1Char('0'));
}

QString named(const QString &name, quint32 value)
{
    return QStringLiteral("%1 (%2)").arg(name.isEmpty() ? QStringLiteral("Unknown") : name)
        .arg(value);
}

QString namedHex(const QString &name, quint32 value, int digits)
{
    return QStringLiteral("%1 (%2)").arg(name.isEmpty() ? QStringLiteral("Unknown") : name,
                                         hex(value, digits));
}

QString etherTypeText(quint16 type)
{
    return namedHex(etherTypeName(type), type, 4);
}

DecodeContext::DecodeContext(const CapturedPacket &packet, DecodeDepth depth)
    : packet(packet)
    , withFields(depth == DecodeDepth::WithFields)
    , bytes(reinterpret_cast<const uchar *>(packet.data.constData()))
    , size(qMin<qint64>(packet.data.size(), kMaxBytes))
    , wire(qMin(qMax<qint64>(packet.originalLength, size), kMaxBytes))
    , end(wire)
{
}

DecodeContext::Fit DecodeContext::fit(qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0 || offset + length > end)
        return Fit::PastTheEnd;
    if (offset + length > size)
        return Fit::CutByCapture;
    return Fit::Whole;
}

bool DecodeContext::need(qint64 offset, qint64 length, const char *header)
{
    switch (fit(offset, length)) {
    case Fit::Whole:
        return true;
    case Fit::CutByCapture:
        markTruncated(header);
        return false;
    case Fit::PastTheEnd:
        markMalformed(QStringLiteral("The packet ends inside the %1 header").arg(QLatin1String(header)));
        return false;
    }
    return false;
}

int DecodeContext::captured(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= size)
        return 0;
    return int(qMin(length, size - offset));
}

QString DecodeContext::macText(int offset, int length) const
{
    QStringList octets;
    for (int i = 0; i < length; ++i)
        octets << QStringLiteral("%1").arg(u8(offset + i), 2, 16, QLatin1Char('0'));
    return octets.join(QLatin1Char(':'));
}

QString DecodeContext::hexText(int offset, int length) const
{
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(bytes + offset), length).toHex());
}

void DecodeContext::markTruncated(const char *header)
{
    result.truncated = true;
    if (result.problem.isEmpty())
        result.problem = QStringLiteral("Frame truncated in the %1 header").arg(QLatin1String(header));
}

void DecodeContext::markMalformed(const QString &problem)
{
    result.malformed = true;
    if (result.problem.isEmpty())
        result.problem = problem;
}

void DecodeContext::setInfoToProblem(const QString &problem)
{
    markMalformed(problem);
    result.info = problem;
    infoStatesProblem = true;
}

DecodedLayer &DecodeContext::beginLayer(DecodedLayer::Kind kind, const QString &name,
                                        qint64 offset, qint64 length)
{
    DecodedLayer layer;
    layer.kind = kind;
    layer.name = name;
    layer.offset = int(qMin(offset, size));
    layer.length = captured(offset, length);
    result.layers.append(layer);
    return result.layers.last();
}

// Wireshark's "Data" item: the bytes no dissector claimed. The layer covers what was captured;
// Length says how many were on the wire.
void DecodeContext::addData(qint64 offset, qint64 wireLength)
{
    if (wireLength <= 0)
        return;
    DecodedLayer &data = beginLayer(DecodedLayer::Application, QStringLiteral("Data"), offset, wireLength);
    if (data.length > 0) {
        const int shown = qMin(data.length, kDataPreviewBytes);
        addField(data, QStringLiteral("Data"), [&] {
            QString preview = hexText(data.offset, shown);
            if (shown < data.length)
                preview += QChar(0x2026);   // the ellipsis Wireshark ends long byte fields with
            return preview;
        }, data.offset, data.length);
    }
    addField(data, QStringLiteral("Length"), [&] { return QString::number(wireLength); }, -1, 0);
}

DecodedLayer *DecodeContext::beginTransport(const char *header, const QString &layerName, int o,
                                            int minHeaderBytes)
{
    result.protocolName = QLatin1String(header);
    DecodedLayer &layer = beginLayer(DecodedLayer::Transport, layerName, o, minHeaderBytes);
    if (!need(o, 2, header))
        return nullptr;
    result.source.port = be16(o);
    addField(layer, QStringLiteral("Source Port"), [&] { return QString::number(result.source.port); }, o, 2);
    if (!need(o + 2, 2, header))
        return nullptr;
    result.destination.port = be16(o + 2);
    addField(layer, QStringLiteral("Destination Port"), [&] { return QString::number(result.destination.port); },
             o + 2, 2);
    infoIsPorts = true; // what Wireshark's Info holds if the header stops here
    return &layer;
}

void DecodeContext::setTransport(DecodedPacket::Transport transport)
{
    result.transport = transport;
    result.info.clear();
    infoIsPorts = false;
}

QString DecodeContext::portsText() const
{
    return QString::number(result.source.port) + kArrow + QString::number(result.destination.port);
}


} // namespace PacketDissection
