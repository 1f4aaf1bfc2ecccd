#include "network/capture/dissectors.h"

#include <QHostAddress>

namespace PacketDissection {

namespace {

constexpr int kArpFixedBytes = 8;

QString arpOpcodeText(quint16 opcode)
{
    switch (opcode) {
    case 1: return named(QStringLiteral("request"), opcode);
    case 2: return named(QStringLiteral("reply"), opcode);
    case 3: return named(QStringLiteral("request-reverse"), opcode);
    case 4: return named(QStringLiteral("reply-reverse"), opcode);
    default: return named(QString(), opcode);
    }
}

// Wireshark's sentences for the two messages students see, over Ethernet and IPv4.
QString arpSentence(quint16 opcode, const QString &senderIp, const QString &targetIp, const QString &senderMac)
{
    if (opcode == 1) {
        return senderIp == targetIp ? QStringLiteral("Gratuitous ARP for %1 (Request)").arg(senderIp)
                                    : QStringLiteral("Who has %1? Tell %2").arg(targetIp, senderIp);
    }
    if (opcode == 2) {
        return senderIp == targetIp ? QStringLiteral("Gratuitous ARP for %1 (Reply)").arg(senderIp)
                                    : QStringLiteral("%1 is at %2").arg(senderIp, senderMac);
    }
    return {};
}

} // namespace

void decodeArp(DecodeContext &c, int o)
{
    const char *header = "ARP";
    c.result.protocolName = QStringLiteral("ARP");
    c.result.info = QStringLiteral("ARP");
    DecodedLayer &arp = c.beginLayer(DecodedLayer::Network, QStringLiteral("Address Resolution Protocol"),
                                     o, kArpFixedBytes);
    if (!c.need(o, 2, header))
        return;
    const quint16 hardwareType = c.be16(o);
    c.addField(arp, QStringLiteral("Hardware type"),
               [&] { return named(hardwareType == 1 ? QStringLiteral("Ethernet") : QString(), hardwareType); }, o, 2);
    if (!c.need(o + 2, 2, header))
        return;
    const quint16 protocolType = c.be16(o + 2);
    c.addField(arp, QStringLiteral("Protocol type"), [&] { return etherTypeText(protocolType); }, o + 2, 2);
    if (!c.need(o + 4, 2, header))
        return;
    const int hardwareSize = c.u8(o + 4);
    const int protocolSize = c.u8(o + 5);
    c.addField(arp, QStringLiteral("Hardware size"), [&] { return QString::number(hardwareSize); }, o + 4, 1);
    c.addField(arp, QStringLiteral("Protocol size"), [&] { return QString::number(protocolSize); }, o + 5, 1);
    if (!c.need(o + 6, 2, header))
        return;
    const quint16 opcode = c.be16(o + 6);
    c.addField(arp, QStringLiteral("Opcode"), [&] { return arpOpcodeText(opcode); }, o + 6, 2);

    const int messageLength = kArpFixedBytes + 2 * hardwareSize + 2 * protocolSize;
    arp.length = c.captured(o, messageLength);
    c.networkEnd = o + messageLength;
    const bool ethernetIPv4 = hardwareSize == 6 && protocolSize == 4 && protocolType == kEtherTypeIPv4;
    const QString hardwareWord = hardwareSize == 6 ? QStringLiteral("MAC") : QStringLiteral("hardware");
    const QString protocolWord = ethernetIPv4 ? QStringLiteral("IP") : QStringLiteral("protocol");
    const auto hardwareText = [&](int at) { return hardwareSize == 6 ? c.macText(at, 6) : c.hexText(at, hardwareSize); };
    const auto protocolText = [&](int at) {
        return ethernetIPv4 ? QHostAddress(c.be32(at)).toString() : c.hexText(at, protocolSize);
    };
    const int senderHardware = o + kArpFixedBytes;
    const int senderProtocol = senderHardware + hardwareSize;
    const int targetHardware = senderProtocol + protocolSize;
    const int targetProtocol = targetHardware + hardwareSize;
    const struct {
        QString name;
        int offset;
        int length;
        bool isHardware;
    } addresses[] = {
        {QStringLiteral("Sender %1 address").arg(hardwareWord), senderHardware, hardwareSize, true},
        {QStringLiteral("Sender %1 address").arg(protocolWord), senderProtocol, protocolSize, false},
        {QStringLiteral("Target %1 address").arg(hardwareWord), targetHardware, hardwareSize, true},
        {QStringLiteral("Target %1 address").arg(protocolWord), targetProtocol, protocolSize, false},
    };
    for (const auto &address : addresses) {
        if (!c.need(address.offset, address.length, header))
            return;
        if (address.length > 0) {
            c.addField(arp, address.name,
                       [&] { return address.isHardware ? hardwareText(address.offset) : protocolText(address.offset); },
                       address.offset, address.length);
        }
    }
    if (!ethernetIPv4)
        return;
    const QString info = arpSentence(opcode, protocolText(senderProtocol), protocolText(targetProtocol),
                                  hardwareText(senderHardware));
    if (!info.isEmpty())
        c.result.info = info;
}

} // namespace PacketDissection
