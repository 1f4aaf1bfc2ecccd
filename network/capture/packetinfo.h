#pragma once

#include "network/capture/decodedpacket.h"
// The relative numbers wiresharkInfo() takes come from a TcpSequenceTracker.
#include "network/capture/tcpsequencetracker.h"

#include <QString>

// The Info column exactly as Wireshark 4.0 writes it, from a decoded packet:
//   TCP  "53048 → 65432 [SYN] Seq=0 Win=65495 Len=0 MSS=65495 SACK_PERM TSval=123 TSecr=0 WS=128"
//   UDP  "53048 → 65431 Len=12"
//   else what the decoder wrote in packet.info ("Who has 10.0.0.2? Tell 10.0.0.1",
//        "Destination unreachable (Port unreachable)", "Fragmented IP protocol (proto=UDP 17, off=1480, ID=1c46)").
// relativeSeq and relativeAck are Wireshark's relative sequence numbers (TcpSequenceTracker);
// pass packet.sequence and packet.acknowledgment for absolute ones. Ack= appears only when ACK
// is set; options follow in the order they are in the header. Not translated: protocol vocabulary.
// Win= is relative.window: scaled as Wireshark scales it once both SYNs were seen.
QString wiresharkInfo(const DecodedPacket &packet, const TcpSequenceTracker::Relative &relative);
// The same with the window field as sent (what Wireshark shows before it knows the scale).
QString wiresharkInfo(const DecodedPacket &packet, quint32 relativeSeq, quint32 relativeAck);

// Wireshark's names for the set TCP flags, lowest bit first: "SYN, ACK", "FIN, PSH, ACK";
// "<None>" when no flag is set.
QString tcpFlagsText(quint8 flags);
