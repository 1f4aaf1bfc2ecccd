// decodePacket() on a lab capture's frames (see labframes.h): SummaryOnly is what every captured
// packet goes through (the packet list), WithFields what the details pane asks for the selected
// one. And the packet list's whole per-packet work (decode, relative sequence numbers, Info
// column, row) for comparison.
#include "labframes.h"

#include "model/packetlistmodel.h"
#include "network/capture/packetdecoder.h"

#include <benchmark/benchmark.h>

namespace {

constexpr int kFrames = 10000;

const CapturedPacketBatch &frames()
{
    static const CapturedPacketBatch capture = LabFrames::capture(kFrames);
    return capture;
}

// The frames must decode as what they are, or the figure would time the error paths.
bool framesDecodeCleanly()
{
    for (const CapturedPacket &packet : frames()) {
        const DecodedPacket decoded = decodePacket(packet);
        if (decoded.truncated || decoded.malformed || decoded.transport == DecodedPacket::OtherTransport)
            return false;
    }
    return true;
}

void BM_PacketDecoder(benchmark::State &state)
{
    if (!framesDecodeCleanly()) {
        state.SkipWithError("a generated frame does not decode cleanly");
        return;
    }
    const auto depth = DecodeDepth(state.range(0));
    const CapturedPacketBatch &capture = frames();
    qsizetype next = 0;
    for (auto _ : state) {
        DecodedPacket decoded = decodePacket(capture.at(next), depth);
        benchmark::DoNotOptimize(decoded);
        if (++next == capture.size())
            next = 0;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["packets_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PacketDecoder)->ArgName("withFields")
    ->Arg(int(DecodeDepth::SummaryOnly))->Arg(int(DecodeDepth::WithFields));

void BM_PacketListAppend(benchmark::State &state)
{
    const int batchSize = int(state.range(0));
    const CapturedPacketBatch &capture = frames();
    PacketListModel model;
    qsizetype next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (next + batchSize > capture.size())
            next = 0;
        const CapturedPacketBatch batch = capture.mid(next, batchSize);
        next += batchSize;
        state.ResumeTiming();
        model.appendPackets(batch);
    }
    state.SetItemsProcessed(state.iterations() * batchSize);
    state.counters["packets_per_s"] = benchmark::Counter(double(state.iterations() * batchSize),
                                                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_PacketListAppend)->ArgName("batch")->Arg(1000)->Unit(benchmark::kMicrosecond);

} // namespace
