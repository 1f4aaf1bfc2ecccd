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

// Transport layers (tcpdissector.cpp, udpdissector.cpp).
void decodeTcp(DecodeContext &c, int offset);
void decodeUdp(DecodeContext &c, int offset);

} // namespace PacketDissection
