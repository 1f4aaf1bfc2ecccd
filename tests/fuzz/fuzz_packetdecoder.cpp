// libFuzzer target for the packet decoder: whatever the bytes, decodePacket() and the Info
// column must neither crash nor point the hex dump outside the frame.
//
// Input: the first byte picks the link type (its value modulo the number of supported types,
// see kLinkTypes) and how much longer the frame was on the wire than what was captured
// (the byte divided by that number, times 64: snapshot-length cuts; the largest quotient claims
// 4 GiB, what a hostile .pcap record may say); the rest is the frame.
// The seed corpus (corpus/packetdecoder/) uses first bytes 0..6, i.e. frames captured whole.

#include "network/capture/packetdecoder.h"
#include "network/capture/packetinfo.h"
#include "network/capture/tcpsequencetracker.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace {

constexpr int kLinkTypes[] = {
    LinkLayer::Null,
    LinkLayer::Ethernet,
    LinkLayer::Raw,
    LinkLayer::LinktypeRaw,
    LinkLayer::Loop,
    LinkLayer::LinuxSll,
    LinkLayer::LinuxSll2,
};
constexpr int kLinkTypeCount = int(sizeof(kLinkTypes) / sizeof(kLinkTypes[0]));
constexpr quint32 kWireExtraStep = 64;
constexpr int kHugeWireSelector = 255 / kLinkTypeCount;

[[noreturn]] void fail(const char *what, int offset, int length)
{
    std::fprintf(stderr, "fuzz_packetdecoder: %s at %d+%d\n", what, offset, length);
    std::abort();
}

bool inside(int offset, int length, int size)
{
    return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
}

// The promises the hex dump and the packet list rely on.
void checkInvariants(const DecodedPacket &packet, int size)
{
    for (const DecodedLayer &layer : packet.layers) {
        if (!inside(layer.offset, layer.length, size))
            fail("layer outside the frame", layer.offset, layer.length);
        for (const DecodedField &field : layer.fields) {
            const bool generated = field.offset == -1 && field.length == 0;
            if (!generated && !inside(field.offset, field.length, size))
                fail("field outside the frame", field.offset, field.length);
        }
    }
    if (packet.payloadOffset < -1 || packet.payloadOffset > size || packet.payloadLength < 0)
        fail("payload outside the frame", packet.payloadOffset, packet.payloadLength);
    if ((packet.truncated || packet.malformed) && packet.problem.isEmpty())
        fail("a problem without words", 0, 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    CapturedPacket packet;
    packet.linkType = kLinkTypes[data[0] % kLinkTypeCount];
    packet.data = QByteArray(reinterpret_cast<const char *>(data + 1), int(size - 1));
    const int wireSelector = data[0] / kLinkTypeCount;
    packet.originalLength = wireSelector == kHugeWireSelector
        ? std::numeric_limits<quint32>::max()
        : quint32(size - 1) + quint32(wireSelector) * kWireExtraStep;

    const DecodedPacket decoded = decodePacket(packet);
    checkInvariants(decoded, int(packet.data.size()));

    // Twice through one tracker: the second sees a known connection (a retransmission).
    TcpSequenceTracker tracker;
    for (int round = 0; round < 2; ++round) {
        const TcpSequenceTracker::Relative relative = tracker.relative(decoded);
        if (wiresharkInfo(decoded, relative.seq, relative.ack).isEmpty())
            fail("an empty Info column", 0, 0);
    }
    return 0;
}
