// MessageLogModel fed as the network thread feeds it: batches of events (EventBatcher hands
// over ~30 per second, so a batch is a few to a few thousand events). Time is applyBatch()
// only (making the events is the network thread's work); memory is the process's VmRSS with
// the filled model alive.
#include "labtraffic.h"
#include "processmemory.h"

#include "model/connectionfilterproxymodel.h"
#include "model/messagelogmodel.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <memory>

namespace {

constexpr qint64 kMessages = 1000000;
constexpr int kClients = 50;

struct Feeding
{
    double seconds = 0;
    qint64 events = 0;
};

// Appends kMessages events in batches of batchSize, timing only the model's own work.
Feeding feed(MessageLogModel &model, int batchSize)
{
    LabTraffic traffic(kClients, LabTraffic::ClientsComeAndGo);
    Feeding feeding;
    const LabEventBatch opening = traffic.opening();
    model.applyBatch(opening);
    feeding.events += opening.size();
    while (feeding.events < kMessages) {
        const LabEventBatch batch = traffic.next(int(qMin<qint64>(batchSize, kMessages - feeding.events)));
        const auto start = std::chrono::steady_clock::now();
        model.applyBatch(batch);
        feeding.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        feeding.events += batch.size();
    }
    return feeding;
}

void report(benchmark::State &state, const MessageLogModel &model, const Feeding &feeding,
            double rssBefore)
{
    const double rss = ProcessMemory::residentMegabytes();
    state.SetIterationTime(feeding.seconds);
    state.SetItemsProcessed(state.items_processed() + feeding.events);
    state.counters["ns_per_msg"] = feeding.seconds * 1e9 / double(feeding.events);
    state.counters["rows"] = model.rowCount();
    state.counters["dropped"] = double(model.droppedCount());
    state.counters["rss_mb"] = rss;
    state.counters["model_mb"] = rss - rssBefore;
    state.counters["bytes_per_row"] = (rss - rssBefore) * 1024 * 1024 / qMax(1, model.rowCount());
}

// 1M messages kept (maxEntries = 1,000,000): the memory target is this model's RSS.
void BM_MessageLog1M(benchmark::State &state)
{
    const int batchSize = int(state.range(0));
    for (auto _ : state) {
        ProcessMemory::returnFreedMemory();
        const double rssBefore = ProcessMemory::residentMegabytes();
        auto model = std::make_unique<MessageLogModel>(nullptr, int(kMessages));
        const Feeding feeding = feed(*model, batchSize);
        report(state, *model, feeding, rssBefore);
        if (model->rowCount() != kMessages || model->droppedCount() != 0)
            state.SkipWithError("the 1M model did not keep every message");
    }
}
BENCHMARK(BM_MessageLog1M)->ArgName("batch")->Arg(30)->Arg(100)->Arg(1000)
    ->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// The default cap (200,000 rows) fed 1M messages: the oldest 800,000 go, one removal per batch.
void BM_MessageLogCapped(benchmark::State &state)
{
    const int batchSize = int(state.range(0));
    for (auto _ : state) {
        ProcessMemory::returnFreedMemory();
        const double rssBefore = ProcessMemory::residentMegabytes();
        auto model = std::make_unique<MessageLogModel>();
        const Feeding feeding = feed(*model, batchSize);
        report(state, *model, feeding, rssBefore);
        if (model->rowCount() != MessageLogModel::kDefaultMaxEntries
            || model->droppedCount() != kMessages - MessageLogModel::kDefaultMaxEntries)
            state.SkipWithError("the capped model did not drop exactly the oldest 800,000");
    }
}
BENCHMARK(BM_MessageLogCapped)->ArgName("batch")->Arg(30)->Arg(1000)
    ->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

// As in the app: the log panel's connection filter proxy listens to the model (no filter set).
void BM_MessageLog1MWithFilterProxy(benchmark::State &state)
{
    const int batchSize = int(state.range(0));
    for (auto _ : state) {
        ProcessMemory::returnFreedMemory();
        const double rssBefore = ProcessMemory::residentMegabytes();
        auto model = std::make_unique<MessageLogModel>(nullptr, int(kMessages));
        ConnectionFilterProxyModel proxy;
        proxy.setConnectionIdRole(MessageLogModel::ConnectionIdRole);
        proxy.setSourceModel(model.get());
        const Feeding feeding = feed(*model, batchSize);
        report(state, *model, feeding, rssBefore);
        if (proxy.rowCount() != model->rowCount())
            state.SkipWithError("the proxy lost rows");
    }
}
BENCHMARK(BM_MessageLog1MWithFilterProxy)->ArgName("batch")->Arg(30)
    ->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
