#include "network/capture/dissectors.h"

#include "network/capture/packetinfo.h"

#include <QStringList>

#include <utility>

namespace PacketDissection {

namespace {

constexpr int kTcpMinHeaderBytes = 20;
// RFC 7323 section 2.3: a shift above 14 is used as 14.
constexpr int kMaxWindowShift = 14;

constexpr quint8 kTcpOptionEol = 0;
constexpr quint8 kTcpOptionNop = 1;
constexpr quint8 kTcpOptionMss = 2;
constexpr quint8 kTcpOptionWindowScale = 3;
constexpr quint8 kTcpOptionSackPermitted = 4;
constexpr quint8 kTcpOptionSack = 5;
constexpr quint8 kTcpOptionTimestamps = 8;

QString tcpOptionName(quint8 kind)
{
    switch (kind) {
    case kTcpOptionEol: return QStringLiteral("End of Option List (EOL)");
    case kTcpOptionNop: return QStringLiteral("No-Operation (NOP)");
    case kTcpOptionMss: return QStringLiteral("Maximum segment size");
    case kTcpOptionWindowScale: return QStringLiteral("Window scale");
    case kTcpOptionSackPermitted: return QStringLiteral("SACK permitted");
    case kTcpOptionSack: return QStringLiteral("SACK");
    case kTcpOptionTimestamps: return QStringLiteral("Timestamps");
    case 19: return QStringLiteral("TCP MD5 signature");
    case 28: return QStringLiteral("User Timeout");
    case 29: return QStringLiteral("TCP Authentication Option");
    case 30: return QStringLiteral("Multipath TCP");
    case 34: return QStringLiteral("TCP Fast Open Cookie");
    case 253:
    case 254: return QStringLiteral("Experimental");
    default: return QStringLiteral("Unknown (kind %1)").arg(kind);
    }
}

// The length each option must have (RFC 9293, 7323, 2018); 0 when it varies.
int tcpOptionFixedLength(quint8 kind)
{
    switch (kind) {
    case kTcpOptionMss: return 4;
    case kTcpOptionWindowScale: return 3;
    case kTcpOptionSackPermitted: return 2;
    case kTcpOptionTimestamps: return 10;
    default: return 0;
    }
}


// One option's field, "TCP Option - Timestamps: TSval 1, TSecr 2", from its checked bytes.
void addTcpOption(DecodeContext &c, DecodedLayer &tcp, quint8 kind, int offset, int length)
{
    if (!c.withFields)
        return;
    QString value;
    switch (kind) {
    case kTcpOptionEol:
    case kTcpOptionNop:
    case kTcpOptionSackPermitted:
        break;
    case kTcpOptionMss:
        value = QStringLiteral("%1 bytes").arg(c.be16(offset + 2));
        break;
    case kTcpOptionWindowScale:
        value = QStringLiteral("%1 (multiply by %2)").arg(c.u8(offset + 2))
                    .arg(1u << qMin(int(c.u8(offset + 2)), kMaxWindowShift));
        break;
    case kTcpOptionSack: {
        QStringList blocks;
        for (int edge = offset + 2; edge + 8 <= offset + length; edge += 8)
            blocks << QStringLiteral("%1-%2").arg(c.be32(edge)).arg(c.be32(edge + 4));
        value = blocks.join(QLatin1Char(' '));
        break;
    }
    case kTcpOptionTimestamps:
        value = QStringLiteral("TSval %1, TSecr %2").arg(c.be32(offset + 2)).arg(c.be32(offset + 6));
        break;
    default:
        value = QStringLiteral("%1 bytes").arg(length);
        break;
    }
    tcp.fields.append(DecodedField { QStringLiteral("TCP Option - ") + tcpOptionName(kind), value, offset, length });
}

// What the summary keeps of one option (the packet list's MSS=, WS=, SACK_PERM, TSval=...),
// from its checked bytes.
void recordTcpOption(DecodeContext &c, quint8 kind, int offset, int length)
{
    switch (kind) {
    case kTcpOptionMss:
        c.result.mss = c.be16(offset + 2);
        break;
    case kTcpOptionWindowScale:
        c.result.windowScale = c.u8(offset + 2);
        break;
    case kTcpOptionSackPermitted:
        c.result.sackPermitted = true;
        break;
    case kTcpOptionSack:
        for (int edge = offset + 2; edge + 8 <= offset + length; edge += 8)
            c.result.sackEdges << c.be32(edge) << c.be32(edge + 4);
        break;
    case kTcpOptionTimestamps:
        c.result.hasTimestamps = true;
        c.result.timestampValue = c.be32(offset + 2);
        c.result.timestampEcho = c.be32(offset + 6);
        break;
    default:
        break;
    }
}

// False when the header length runs past the segment, so no payload can be placed.
bool decodeTcpOptions(DecodeContext &c, DecodedLayer &tcp, int start, int length)
{
    if (length <= 0)
        return true;
    switch (c.fit(start, length)) {
    case DecodeContext::Fit::PastTheEnd:
        c.markMalformed(QStringLiteral("TCP header length (%1 bytes) runs past the end of the segment")
                          .arg(length + kTcpMinHeaderBytes));
        return false;
    case DecodeContext::Fit::CutByCapture:
        c.markTruncated("TCP");
        break;
    case DecodeContext::Fit::Whole:
        break;
    }
    const int summaryIndex = tcp.fields.size();
    c.addField(tcp, QStringLiteral("Options"), [] { return QString(); }, start, c.captured(start, length));

    const int end = start + length;
    const int capturedEnd = int(qMin<qint64>(end, c.size));
    int p = start;
    while (p < capturedEnd) {
        const quint8 kind = c.u8(p);
        if (kind == kTcpOptionEol || kind == kTcpOptionNop) {
            addTcpOption(c, tcp, kind, p, 1);
            c.result.tcpOptionKinds.append(char(kind));
            if (kind == kTcpOptionEol)
                break;   // what follows is padding
            ++p;
            continue;
        }
        if (p + 1 >= end) {
            c.markMalformed(QStringLiteral("TCP option %1 has no room for its length").arg(tcpOptionName(kind)));
            break;
        }
        if (p + 1 >= capturedEnd)
            break;   // cut by the capture: already marked truncated
        const int optionLength = c.u8(p + 1);
        const int fixedLength = tcpOptionFixedLength(kind);
        const bool sackLengthOk = optionLength >= 10 && (optionLength - 2) % 8 == 0;
        if (optionLength < 2 || (fixedLength != 0 && optionLength != fixedLength)
            || (kind == kTcpOptionSack && !sackLengthOk)) {
            c.markMalformed(QStringLiteral("TCP option %1 has a bogus length (%2)").arg(tcpOptionName(kind)).arg(optionLength));
            break;
        }
        if (p + optionLength > end) {
            c.markMalformed(QStringLiteral("TCP option %1 runs past the end of the header").arg(tcpOptionName(kind)));
            break;
        }
        if (p + optionLength > capturedEnd)
            break;   // cut by the capture: already marked truncated

        recordTcpOption(c, kind, p, optionLength);
        addTcpOption(c, tcp, kind, p, optionLength);
        c.result.tcpOptionKinds.append(char(kind));
        p += optionLength;
    }
    if (c.withFields) {
        // Wireshark's summary line: "(20 bytes), Maximum segment size, SACK permitted, ..."
        QString summary = QStringLiteral("(%1 bytes)").arg(length);
        for (const char kind : std::as_const(c.result.tcpOptionKinds))
            summary += QStringLiteral(", ") + tcpOptionName(quint8(kind));
        tcp.fields[summaryIndex].value = summary;
    }
    return true;
}

} // namespace

void decodeTcp(DecodeContext &c, int o)
{
    const char *header = "TCP";
    DecodedLayer *layer = c.beginTransport(header, QStringLiteral("Transmission Control Protocol"), o,
                                           kTcpMinHeaderBytes);
    if (!layer || !c.need(o + 4, 4, header))
        return;
    DecodedLayer &tcp = *layer;
    c.addField(tcp, QStringLiteral("Sequence Number (raw)"), [&] { return QString::number(c.be32(o + 4)); }, o + 4, 4);
    if (!c.need(o + 8, 4, header))
        return;
    c.addField(tcp, QStringLiteral("Acknowledgment number (raw)"), [&] { return QString::number(c.be32(o + 8)); }, o + 8, 4);
    if (!c.need(o + 12, 2, header))
        return;
    const int headerLength = (c.u8(o + 12) >> 4) * 4;
    c.addField(tcp, QStringLiteral("Header Length"),
               [&] { return QStringLiteral("%1 bytes (%2)").arg(headerLength).arg(headerLength / 4); }, o + 12, 1);
    // Twelve bits: the eight classic flags, NS (RFC 3540) and three reserved bits.
    const quint16 flagBits = c.be16(o + 12) & 0x0fff;
    c.addField(tcp, QStringLiteral("Flags"), [&] {
        QStringList flagNames;
        if (flagBits & 0xff)
            flagNames << tcpFlagsText(quint8(flagBits & 0xff));
        if (flagBits & 0x100)
            flagNames << QStringLiteral("NS");
        if (flagBits & 0xe00)
            flagNames << QStringLiteral("Reserved");
        return QStringLiteral("%1 (%2)").arg(hex(flagBits, 3),
                                             flagNames.isEmpty() ? QStringLiteral("<None>")
                                                                 : flagNames.join(QStringLiteral(", ")));
    }, o + 12, 2);
    if (!c.need(o + 14, 2, header))
        return;
    c.addField(tcp, QStringLiteral("Window"), [&] { return QString::number(c.be16(o + 14)); }, o + 14, 2);
    if (!c.need(o + 16, 2, header))
        return;
    c.addField(tcp, QStringLiteral("Checksum"), [&] { return hex(c.be16(o + 16), 4); }, o + 16, 2);
    if (!c.need(o + 18, 2, header))
        return;
    c.addField(tcp, QStringLiteral("Urgent Pointer"), [&] { return QString::number(c.be16(o + 18)); }, o + 18, 2);

    // The fixed header is whole: the summary can say everything the Info column needs.
    c.setTransport(DecodedPacket::Tcp);
    c.result.sequence = c.be32(o + 4);
    c.result.acknowledgment = c.be32(o + 8);
    c.result.flags = c.u8(o + 13);
    c.result.window = c.be16(o + 14);
    c.result.urgentPointer = c.be16(o + 18);
    c.result.tcpHeaderLength = headerLength;
    if (headerLength < kTcpMinHeaderBytes) {
        c.markMalformed(QStringLiteral("Bogus TCP header length (%1, must be at least %2)")
                          .arg(headerLength).arg(kTcpMinHeaderBytes));
        return;
    }
    tcp.length = c.captured(o, headerLength);
    if (!decodeTcpOptions(c, tcp, o + kTcpMinHeaderBytes, headerLength - kTcpMinHeaderBytes))
        return;
    const int payload = o + headerLength;
    c.result.payloadLength = int(c.end - payload);
    c.result.payloadOffset = int(qMin<qint64>(payload, c.size));
    c.addData(payload, c.result.payloadLength);
}

} // namespace PacketDissection
