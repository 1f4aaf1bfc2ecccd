#include "network/capture/dissectors.h"

namespace PacketDissection {

namespace {

constexpr int kUdpHeaderBytes = 8;

} // namespace

void decodeUdp(DecodeContext &c, int o)
{
    const char *header = "UDP";
    DecodedLayer *udp = c.beginTransport(header, QStringLiteral("User Datagram Protocol"), o, kUdpHeaderBytes);
    if (!udp || !c.need(o + 4, 2, header))
        return;
    const quint16 udpLength = c.be16(o + 4);
    c.addField(*udp, QStringLiteral("Length"), [&] { return QString::number(udpLength); }, o + 4, 2);
    if (!c.need(o + 6, 2, header))
        return;
    c.addField(*udp, QStringLiteral("Checksum"), [&] { return hex(c.be16(o + 6), 4); }, o + 6, 2);

    c.setTransport(DecodedPacket::Udp);
    c.result.payloadOffset = int(qMin<qint64>(o + kUdpHeaderBytes, c.size));
    if (udpLength < kUdpHeaderBytes) {
        c.markMalformed(QStringLiteral("Bogus UDP length (%1, must be at least %2)").arg(udpLength).arg(kUdpHeaderBytes));
        c.result.info = c.portsText() + QStringLiteral(" [BAD UDP LENGTH %1 < 8]").arg(udpLength);
        c.infoStatesProblem = true;
        return;
    }
    const qint64 datagramLength = c.end - o;
    qint64 length = udpLength;
    if (length > datagramLength) {
        c.markMalformed(QStringLiteral("Bogus UDP length (%1, more than the IP payload length %2)")
                          .arg(udpLength).arg(datagramLength));
        c.result.info = c.portsText() + QStringLiteral(" [BAD UDP LENGTH %1 > IP PAYLOAD LENGTH]").arg(udpLength);
        c.infoStatesProblem = true;
        length = datagramLength;
    }
    c.result.payloadLength = int(length - kUdpHeaderBytes);
    c.addData(o + kUdpHeaderBytes, c.result.payloadLength);
}

} // namespace PacketDissection
