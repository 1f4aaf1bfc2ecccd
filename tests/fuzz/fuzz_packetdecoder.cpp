// libFuzzer target for the packet decoder: whatever the bytes, decodePacket() and the Info
// column must neither crash nor point the hex dump outside the frame, and the packet list's
// quick decoding (SummaryOnly) must say what the details pane's full one says.
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

// The packet list decodes with DecodeDepth::SummaryOnly, the details pane WithFields: the same
// packet but for the fields, so that the list and the details never disagree.
void checkSummaryMatches(const DecodedPacket &full, const DecodedPacket &summary)
{
    if (summary.layers.size() != full.layers.size())
        fail("SummaryOnly gave other layers", int(summary.layers.size()), int(full.layers.size()));
    for (qsizetype i = 0; i < full.layers.size(); ++i) {
        const DecodedLayer &a = full.layers.at(i);
        const DecodedLayer &b = summary.layers.at(i);
        if (a.kind != b.kind || a.name != b.name || a.offset != b.offset || a.length != b.length)
            fail("SummaryOnly gave another layer", b.offset, b.length);
        if (!b.fields.isEmpty())
            fail("SummaryOnly gave fields", b.offset, b.length);
    }
    const bool same = full.truncated == summary.truncated && full.malformed == summary.malformed
        && full.problem == summary.problem && full.ipVersion == summary.ipVersion
        && full.source == summary.source && full.destination == summary.destination
        && full.transport == summary.transport && full.protocolName == summary.protocolName
        && full.wireLength == summary.wireLength && full.sequence == summary.sequence
        && full.acknowledgment == summary.acknowledgment && full.flags == summary.flags
        && full.window == summary.window && full.mss == summary.mss && full.windowScale == summary.windowScale
        && full.sackPermitted == summary.sackPermitted && full.hasTimestamps == summary.hasTimestamps
        && full.timestampValue == summary.timestampValue && full.timestampEcho == summary.timestampEcho
        && full.payloadOffset == summary.payloadOffset && full.payloadLength == summary.payloadLength
        && full.info == summary.info && full.tcpHeaderLength == summary.tcpHeaderLength
        && full.urgentPointer == summary.urgentPointer && full.tcpOptionKinds == summary.tcpOptionKinds
        && full.sackEdges == summary.sackEdges;
    if (!same)
        fail("SummaryOnly gave another summary", summary.payloadOffset, summary.payloadLength);
    if (wiresharkInfo(full, 1, 1) != wiresharkInfo(summary, 1, 1))
        fail("SummaryOnly gave another Info column", 0, 0);
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
    const DecodedPacket summary = decodePacket(packet, DecodeDepth::SummaryOnly);
    checkInvariants(summary, int(packet.data.size()));
    checkSummaryMatches(decoded, summary);

    // Twice through one tracker: the second sees a known connection (a retransmission).
    TcpSequenceTracker tracker;
    for (int round = 0; round < 2; ++round) {
        const TcpSequenceTracker::Relative relative = tracker.relative(decoded);
        if (wiresharkInfo(decoded, relative).isEmpty())
            fail("an empty Info column", 0, 0);
    }
    return 0;
}
