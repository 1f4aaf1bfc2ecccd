// ConnectionTableModel with 1,000 open connections whose counters change (Received and Sent
// for random connections), seen through what the app puts on it: the page's sorting proxy
// (RawValueRole) and a listener counting dataChanged, as a view would receive it.
#include "labtraffic.h"

#include "model/connectiontablemodel.h"

#include <benchmark/benchmark.h>

#include <QSortFilterProxyModel>

namespace {

constexpr int kConnections = 1000;
// Batches made before timing and replayed: making events is not the model's work.
constexpr int kPreparedBatches = 64;

void BM_ConnectionTableUpdate(benchmark::State &state)
{
    const int batchSize = int(state.range(0));
    const int sortColumn = int(state.range(1));
    LabTraffic traffic(kConnections, LabTraffic::ClientsStay);
    ConnectionTableModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ConnectionTableModel::RawValueRole);
    sorted.sort(sortColumn, Qt::DescendingOrder);
    qint64 changedSignals = 0;
    QObject::connect(&sorted, &QAbstractItemModel::dataChanged, &sorted, [&changedSignals] { ++changedSignals; });
    model.applyBatch(traffic.opening());

    QList<LabEventBatch> batches;
    for (int i = 0; i < kPreparedBatches; ++i)
        batches.append(traffic.next(batchSize));

    qint64 next = 0;
    for (auto _ : state)
        model.applyBatch(batches.at(next++ % kPreparedBatches));

    state.SetItemsProcessed(state.iterations() * batchSize);
    state.counters["rows"] = sorted.rowCount();
    state.counters["dataChanged_per_batch"] = double(changedSignals) / double(state.iterations());
    if (sorted.rowCount() != kConnections)
        state.SkipWithError("the table does not have one row per connection");
}
BENCHMARK(BM_ConnectionTableUpdate)
    ->ArgNames({ "batch", "sortColumn" })
    ->ArgsProduct({ { 30, 100, 1000 },
                    { ConnectionTableModel::IdColumn, ConnectionTableModel::BytesInColumn } })
    ->Unit(benchmark::kMicrosecond);

} // namespace
