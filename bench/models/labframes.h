#pragma once

#include "network/capture/capturedpacket.h"

// Frames as a lab capture holds them: whole TCP conversations (handshake with Linux's SYN
// options, data and its ACKs with timestamps, FIN in both directions), UDP request/reply
// pairs, over Ethernet and the loopback "any" device (Linux cooked capture), about a fifth of
// them IPv6. Checksums are zero: the decoder shows them, it does not validate them.
namespace LabFrames {

// At least count frames, whole conversations, in capture order.
CapturedPacketBatch capture(int count);

} // namespace LabFrames
