#include "network/capture/dissectors.h"

#include <QStringList>

namespace PacketDissection {

namespace {

constexpr int kEthernetHeaderBytes = 14;
constexpr int kVlanTagBytes = 4;
constexpr int kSllHeaderBytes = 16;
constexpr int kSll2HeaderBytes = 20;
constexpr int kLinkAddressFieldBytes = 8;   // SLL's address field, whatever the address length
constexpr int kNullHeaderBytes = 4;
constexpr int kMaxEthernetLength = 1500;    // a Type at or below this is an 802.3 length

QString sllPacketTypeText(quint32 type)
{
    switch (type) {
    case 0: return named(QStringLiteral("Unicast to us"), type);
    case 1: return named(QStringLiteral("Broadcast"), type);
    case 2: return named(QStringLiteral("Multicast"), type);
    case 3: return named(QStringLiteral("Unicast to another host"), type);
    case 4: return named(QStringLiteral("Sent by us"), type);
    default: return named(QString(), type);
    }
}

// Linux's ARPHRD_* values, as SLL's link-layer address type shows them.
QString arphrdText(quint16 type)
{
    switch (type) {
    case 1: return named(QStringLiteral("Ethernet"), type);
    case 512: return named(QStringLiteral("PPP"), type);
    case 772: return named(QStringLiteral("Loopback"), type);
    case 776: return named(QStringLiteral("IPv6-in-IPv4"), type);
    case 778: return named(QStringLiteral("GRE over IP"), type);
    case 824: return named(QStringLiteral("Netlink"), type);
    case 65534: return named(QStringLiteral("None"), type);
    default: return named(QString(), type);
    }
}

// BSD's AF_* values in a Null/Loopback header. IPv6 has three: each BSD picked its own.
QString nullFamilyText(quint32 family)
{
    switch (family) {
    case 2: return named(QStringLiteral("IP"), family);
    case 7: return named(QStringLiteral("OSI"), family);
    case 16: return named(QStringLiteral("Appletalk"), family);
    case 23: return named(QStringLiteral("Netware IPX/SPX"), family);
    case 24:
    case 28:
    case 30: return named(QStringLiteral("IPv6"), family);
    default: return named(QString(), family);
    }
}

QString vlanPriorityText(int priority)
{
    static const char *const names[] = {
        "Best Effort (default)", "Background", "Excellent Effort", "Critical Applications",
        "Video, < 100ms latency and jitter", "Voice, < 10ms latency and jitter",
        "Internetwork Control", "Network Control"};
    return named(QLatin1String(names[priority & 0x07]), quint32(priority));
}

// Frames shorter than 60 bytes are padded after the IP packet; Wireshark shows the padding in
// the Ethernet tree so the hex dump has no unexplained bytes.
void addEthernetPadding(DecodeContext &c)
{
    if (c.networkEnd < 0 || c.networkEnd >= c.size || c.result.layers.isEmpty())
        return;
    const int offset = int(c.networkEnd);
    const int length = int(c.size - c.networkEnd);
    c.addField(c.result.layers.first(), QStringLiteral("Padding"), [&] { return c.hexText(offset, length); }, offset, length);
}

// SLL's 8-byte address field: the address (its length says how much of it) and what is unused.
void decodeLinkAddress(DecodeContext &c, DecodedLayer &layer, int offset, int addressLength)
{
    const int shown = qMin(addressLength, kLinkAddressFieldBytes);
    if (shown > 0) {
        c.addField(layer, QStringLiteral("Source"),
                   [&] { return shown == 6 ? c.macText(offset, shown) : c.hexText(offset, shown); }, offset, shown);
    }
    if (shown < kLinkAddressFieldBytes) {
        c.addField(layer, QStringLiteral("Unused"), [&] { return c.hexText(offset + shown, kLinkAddressFieldBytes - shown); },
                   offset + shown, kLinkAddressFieldBytes - shown);
    }
}

} // namespace

void decodeEthernet(DecodeContext &c)
{
    const char *header = "Ethernet II";
    DecodedLayer &ethernet = c.beginLayer(DecodedLayer::Link, QStringLiteral("Ethernet II"), 0,
                                          kEthernetHeaderBytes);
    if (!c.need(0, 6, header))
        return;
    c.addField(ethernet, QStringLiteral("Destination"), [&] { return c.macText(0, 6); }, 0, 6);
    if (!c.need(6, 6, header))
        return;
    c.addField(ethernet, QStringLiteral("Source"), [&] { return c.macText(6, 6); }, 6, 6);
    if (!c.need(12, 2, header))
        return;
    const quint16 type = c.be16(12);
    if (type <= kMaxEthernetLength) {
        // 802.3 with an LLC header (spanning tree, NetBIOS...): nothing a socket lab sends.
        ethernet.name = QStringLiteral("IEEE 802.3 Ethernet");
        c.addField(ethernet, QStringLiteral("Length"), [&] { return QString::number(type); }, 12, 2);
        c.result.protocolName = QStringLiteral("LLC");
        c.result.info = QStringLiteral("IEEE 802.3 Ethernet, length %1").arg(type);
        return;
    }
    c.addField(ethernet, QStringLiteral("Type"), [&] { return etherTypeText(type); }, 12, 2);

    if (type != kEtherTypeVlan) {
        decodeEtherType(c, type, kEthernetHeaderBytes);
        addEthernetPadding(c);
        return;
    }
    // One 802.1Q tag; a second one (Q-in-Q) is shown as an unknown EtherType.
    const char *vlanHeader = "802.1Q";
    const int tag = kEthernetHeaderBytes;
    DecodedLayer &vlan = c.beginLayer(DecodedLayer::Link, QStringLiteral("802.1Q Virtual LAN"), tag,
                                      kVlanTagBytes);
    if (!c.need(tag, 2, vlanHeader))
        return;
    const quint16 tci = c.be16(tag);
    c.addField(vlan, QStringLiteral("Priority"), [&] { return vlanPriorityText(tci >> 13); }, tag, 2);
    c.addField(vlan, QStringLiteral("DEI"), [&] { return (tci & 0x1000) ? QStringLiteral("Eligible")
                                                          : QStringLiteral("Ineligible"); }, tag, 2);
    c.addField(vlan, QStringLiteral("ID"), [&] { return QString::number(tci & 0x0fff); }, tag, 2);
    if (!c.need(tag + 2, 2, vlanHeader))
        return;
    const quint16 innerType = c.be16(tag + 2);
    c.addField(vlan, QStringLiteral("Type"), [&] { return etherTypeText(innerType); }, tag + 2, 2);
    decodeEtherType(c, innerType, tag + kVlanTagBytes);
    addEthernetPadding(c);
}

void decodeSll(DecodeContext &c)
{
    const char *header = "Linux cooked capture";
    DecodedLayer &sll = c.beginLayer(DecodedLayer::Link, QStringLiteral("Linux cooked capture v1"), 0,
                                     kSllHeaderBytes);
    if (!c.need(0, 2, header))
        return;
    c.addField(sll, QStringLiteral("Packet type"), [&] { return sllPacketTypeText(c.be16(0)); }, 0, 2);
    if (!c.need(2, 2, header))
        return;
    c.addField(sll, QStringLiteral("Link-layer address type"), [&] { return arphrdText(c.be16(2)); }, 2, 2);
    if (!c.need(4, 2, header))
        return;
    const quint16 addressLength = c.be16(4);
    c.addField(sll, QStringLiteral("Link-layer address length"), [&] { return QString::number(addressLength); }, 4, 2);
    if (!c.need(6, kLinkAddressFieldBytes, header))
        return;
    decodeLinkAddress(c, sll, 6, addressLength);
    if (!c.need(14, 2, header))
        return;
    const quint16 protocol = c.be16(14);
    c.addField(sll, QStringLiteral("Protocol"), [&] { return etherTypeText(protocol); }, 14, 2);
    decodeEtherType(c, protocol, kSllHeaderBytes);
}

void decodeSll2(DecodeContext &c)
{
    const char *header = "Linux cooked capture";
    DecodedLayer &sll = c.beginLayer(DecodedLayer::Link, QStringLiteral("Linux cooked capture v2"), 0,
                                     kSll2HeaderBytes);
    if (!c.need(0, 2, header))
        return;
    const quint16 protocol = c.be16(0);
    c.addField(sll, QStringLiteral("Protocol"), [&] { return etherTypeText(protocol); }, 0, 2);
    if (!c.need(2, 2, header))
        return;
    c.addField(sll, QStringLiteral("Reserved (MBZ)"), [&] { return hex(c.be16(2), 4); }, 2, 2);
    if (!c.need(4, 4, header))
        return;
    c.addField(sll, QStringLiteral("Interface index"), [&] { return QString::number(c.be32(4)); }, 4, 4);
    if (!c.need(8, 2, header))
        return;
    c.addField(sll, QStringLiteral("Link-layer address type"), [&] { return arphrdText(c.be16(8)); }, 8, 2);
    if (!c.need(10, 1, header))
        return;
    c.addField(sll, QStringLiteral("Packet type"), [&] { return sllPacketTypeText(c.u8(10)); }, 10, 1);
    if (!c.need(11, 1, header))
        return;
    const quint8 addressLength = c.u8(11);
    c.addField(sll, QStringLiteral("Link-layer address length"), [&] { return QString::number(addressLength); }, 11, 1);
    if (!c.need(12, kLinkAddressFieldBytes, header))
        return;
    decodeLinkAddress(c, sll, 12, addressLength);
    decodeEtherType(c, protocol, kSll2HeaderBytes);
}

void decodeNull(DecodeContext &c, bool networkByteOrder)
{
    DecodedLayer &loopback = c.beginLayer(DecodedLayer::Link, QStringLiteral("Null/Loopback"), 0,
                                          kNullHeaderBytes);
    if (!c.need(0, kNullHeaderBytes, "Null/Loopback"))
        return;
    quint32 family = networkByteOrder ? c.be32(0) : c.le32(0);
    // DLT_NULL is in the byte order of the machine that captured; families are small numbers,
    // so non-zero upper bytes mean the other order (Wireshark's test).
    if (!networkByteOrder && (family & 0xffff0000u) != 0)
        family = c.be32(0);
    c.addField(loopback, QStringLiteral("Family"), [&] { return nullFamilyText(family); }, 0, kNullHeaderBytes);
    switch (family) {
    case 2:
        decodeIPv4(c, kNullHeaderBytes);
        break;
    case 24:
    case 28:
    case 30:
        decodeIPv6(c, kNullHeaderBytes);
        break;
    default:
        c.result.protocolName = QStringLiteral("NULL");
        c.result.info = QStringLiteral("Null/Loopback, family %1").arg(family);
        break;
    }
}

void decodeRaw(DecodeContext &c)
{
    // Wireshark shows an empty "Raw packet data" item: there is no link header to show.
    c.beginLayer(DecodedLayer::Link, QStringLiteral("Raw packet data"), 0, 0);
    if (!c.need(0, 1, "IP"))
        return;
    const int version = c.u8(0) >> 4;
    if (version == 4) {
        decodeIPv4(c, 0);
    } else if (version == 6) {
        decodeIPv6(c, 0);
    } else {
        c.result.protocolName = QStringLiteral("Raw");
        c.setInfoToProblem(QStringLiteral("Bogus IP version (%1)").arg(version));
    }
}

void decodeEtherType(DecodeContext &c, quint16 type, int offset)
{
    switch (type) {
    case kEtherTypeIPv4:
        decodeIPv4(c, offset);
        break;
    case kEtherTypeIPv6:
        decodeIPv6(c, offset);
        break;
    case kEtherTypeArp:
        decodeArp(c, offset);
        break;
    default:
        c.result.protocolName = hex(type, 4);
        c.result.info = QStringLiteral("EtherType %1").arg(hex(type, 4));
        break;
    }
}

} // namespace PacketDissection
