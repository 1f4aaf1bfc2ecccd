#pragma once

#include "network/capture/capturedpacket.h"
#include "network/capture/decodedpacket.h"

// libpcap's link-layer types (DLT_* / LINKTYPE_*) the decoder takes apart. Plain numbers, so
// neither this header nor its callers need pcap.h.
namespace LinkLayer {
constexpr int Null = 0;        // DLT_NULL: BSD loopback, 4-byte family in the capturer's byte order
constexpr int Ethernet = 1;    // DLT_EN10MB
constexpr int Raw = 12;        // DLT_RAW: IPv4 or IPv6, no link header
constexpr int LinktypeRaw = 101; // LINKTYPE_RAW: what DLT_RAW is written as in .pcap files
constexpr int Loop = 108;      // DLT_LOOP: OpenBSD loopback, family in network byte order
constexpr int LinuxSll = 113;  // DLT_LINUX_SLL: Linux cooked capture v1 ("any" device)
constexpr int LinuxSll2 = 276; // DLT_LINUX_SLL2: Linux cooked capture v2
} // namespace LinkLayer

// True for the link types above.
bool isSupportedLinkType(int linkType);

enum class DecodeDepth {
    SummaryOnly, // layers without their fields: what the packet list needs for every packet
    WithFields   // everything, for the details pane and the hex dump (one packet at a time)
};

// Takes one captured frame apart into Wireshark's layers and fields (names, values, and the
// bytes each covers for the hex dump) and fills the packet list's summary. A pure function: no
// I/O, no state, and it never reads outside packet.data whatever the bytes say (it is fuzzed).
// Frames cut short by the snapshot length come back with truncated = true, frames whose
// lengths contradict each other with malformed = true; both say why in problem.
// SummaryOnly gives the same packet with every layer's fields left empty, several times faster
// (formatting field values is most of the work).
DecodedPacket decodePacket(const CapturedPacket &packet, DecodeDepth depth = DecodeDepth::WithFields);
