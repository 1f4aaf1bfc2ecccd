#pragma once

#include "network/capture/decodecontext.h"

// One dissector per protocol, as in Wireshark: each reads its header at an offset, adds its
// layer and hands the rest of the frame to the next one. Link layers start at offset 0.
namespace PacketDissection {

// Link layers (linkdissectors.cpp).
void decodeEthernet(DecodeContext &c);
void decodeSll(DecodeContext &c);
void decodeSll2(DecodeContext &c);
void decodeNull(DecodeContext &c, bool networkByteOrder);
void decodeRaw(DecodeContext &c);
void decodeEtherType(DecodeContext &c, quint16 type, int offset);

// Network layers (arpdissector.cpp, ipdissectors.cpp).
void decodeArp(DecodeContext &c, int offset);
void decodeIPv4(DecodeContext &c, int offset);
void decodeIPv6(DecodeContext &c, int offset);

// ICMP travels in IP but belongs to the internet layer (icmpdissector.cpp, icmpv6dissector.cpp).
// ttl / hopLimit: the enclosing IP header's, for Info as Wireshark writes it.
void decodeIcmp(DecodeContext &c, int offset, quint8 ttl);
void decodeIcmpv6(DecodeContext &c, int offset, quint8 hopLimit);
// An ICMP error's quoted datagram: the ports of its TCP or UDP header at offset, if there.
void decodeQuotedPorts(DecodeContext &c, DecodedLayer &layer, quint8 protocol, int offset);
struct IcmpNames
{
    QString type;       // "Destination unreachable"
    QString code;       // "Port unreachable"; empty for types whose codes Wireshark does not name
    QString typeField;  // the Type line's value: "3 (Destination unreachable)" / "Destination Unreachable (1)"
};
// ICMP's and ICMPv6's common 8 bytes: type and code (fields, summary, Info "Type (Code)"), the
// checksum verified (plus a pseudo-header's sum for ICMPv6). False when the header stops first.
bool decodeIcmpHeader(DecodeContext &c, DecodedLayer &layer, int offset, const char *header,
                      IcmpNames (*namesOf)(quint8 type, quint8 code), quint32 pseudoHeaderSum);

// Transport layers (tcpdissector.cpp, udpdissector.cpp).
void decodeTcp(DecodeContext &c, int offset);
void decodeUdp(DecodeContext &c, int offset);

constexpr quint8 kIpProtoIcmp = 1;
constexpr quint8 kIpProtoTcp = 6;
constexpr quint8 kIpProtoUdp = 17;
constexpr quint8 kIpProtoIcmpv6 = 58;
// "UDP (17)": an IP protocol number as Wireshark shows it (ipdissectors.cpp).
QString ipProtocolText(quint8 protocol);

} // namespace PacketDissection
