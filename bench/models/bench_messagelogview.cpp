// The chat log as the app shows it (LogPanel: filter proxy, MessageLogView, bubble delegate)
// holding 1M messages, offscreen (QT_QPA_PLATFORM=offscreen). "Scrolls smoothly" is measured as
// the time to scroll one page and to jump to the end, each with a synchronous repaint of the
// viewport: both must fit in a frame (16 ms at 60 Hz).
#include "labtraffic.h"
#include "processmemory.h"

#include "model/messagelogmodel.h"
#include "widgets/logpanel.h"
#include "widgets/messagelogview.h"

#include <benchmark/benchmark.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>

#include <memory>

namespace {

constexpr int kMessages = 1000000;
constexpr int kClients = 50;
constexpr int kFeedBatch = 1000;
// The log panel's share of SocketLab's 1280x800 window.
constexpr int kPanelWidth = 520;
constexpr int kPanelHeight = 640;
// Gives up waiting for the view's layout after this long (and says so).
constexpr qint64 kLayoutPatienceMs = 300000;

// Runs the event loop until nothing is left to do: the view lays its rows out in batches from
// a zero-timer, so the layout is complete when no event is pending any more.
qint64 settle()
{
    QElapsedTimer timer;
    timer.start();
    QAbstractEventDispatcher *dispatcher = QCoreApplication::eventDispatcher();
    while (timer.elapsed() < kLayoutPatienceMs) {
        QCoreApplication::sendPostedEvents();
        if (!dispatcher->processEvents(QEventLoop::AllEvents))
            break;
    }
    return timer.elapsed();
}

struct FilledLog
{
    std::unique_ptr<MessageLogModel> model;
    std::unique_ptr<LogPanel> panel;
    LabTraffic traffic { kClients, LabTraffic::ClientsComeAndGo };
    qint64 fillMs = 0;
    qint64 layoutMs = 0;
    double rssMb = 0;

    explicit FilledLog(int maxEntries)
        : model(std::make_unique<MessageLogModel>(nullptr, maxEntries))
        , panel(std::make_unique<LogPanel>())
    {
        panel->setModel(model.get());
        panel->resize(kPanelWidth, kPanelHeight);
        panel->show();
        settle();
        QElapsedTimer timer;
        timer.start();
        const LabEventBatch opening = traffic.opening();
        model->applyBatch(opening);
        for (qint64 fed = opening.size(); fed < kMessages; fed += kFeedBatch)
            model->applyBatch(traffic.next(int(qMin<qint64>(kFeedBatch, kMessages - fed))));
        fillMs = timer.elapsed();
        layoutMs = settle();
        rssMb = ProcessMemory::residentMegabytes();
    }

    MessageLogView *view() const { return panel->view(); }
};

// Built once: filling 1M rows and laying them out is the expensive part, reported once. Never
// destroyed: a static would be destroyed after QApplication, which widgets must not outlive.
FilledLog &millionRows()
{
    static FilledLog *log = new FilledLog(kMessages);
    return *log;
}

bool lastRowVisible(MessageLogView *view)
{
    const QModelIndex last = view->model()->index(view->model()->rowCount() - 1, 0);
    const QRect rect = view->visualRect(last);
    return rect.isValid() && view->viewport()->rect().intersects(rect);
}

void BM_LogView1MFillAndLayout(benchmark::State &state)
{
    FilledLog &log = millionRows();
    for (auto _ : state)
        benchmark::DoNotOptimize(log.view());
    state.counters["fill_ms"] = double(log.fillMs);
    state.counters["layout_ms"] = double(log.layoutMs);
    state.counters["rss_mb"] = log.rssMb;
    state.counters["rows"] = log.view()->model()->rowCount();
    if (log.layoutMs >= kLayoutPatienceMs)
        state.SkipWithError("the view was still laying rows out after 300 s");
}
BENCHMARK(BM_LogView1MFillAndLayout)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_LogViewScrollPage(benchmark::State &state)
{
    MessageLogView *view = millionRows().view();
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    for (auto _ : state) {
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
    }
    state.counters["page_px"] = bar->pageStep();
}
BENCHMARK(BM_LogViewScrollPage)->Unit(benchmark::kMillisecond);

void BM_LogViewJumpToEnd(benchmark::State &state)
{
    MessageLogView *view = millionRows().view();
    for (auto _ : state) {
        state.PauseTiming();
        view->scrollToTop();
        view->viewport()->repaint();
        state.ResumeTiming();
        view->scrollToBottom();
        view->viewport()->repaint();
    }
    if (!lastRowVisible(view))
        state.SkipWithError("after scrollToBottom the last row is not on screen");
}
BENCHMARK(BM_LogViewJumpToEnd)->Unit(benchmark::kMillisecond);

// Live traffic on the full log: one network batch arrives (the oldest rows make room), and the
// view, following the newest message, lays out, scrolls and paints until it is idle again.
// QListView lays every row out again after an insertion; the delegate's remembered sizes make
// that pass cheap, and the view must end at the newest row.
void BM_LogViewLiveBatch(benchmark::State &state)
{
    FilledLog &log = millionRows();
    MessageLogView *view = log.view();
    view->scrollToBottom();
    const int batchSize = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        const LabEventBatch batch = log.traffic.next(batchSize);
        state.ResumeTiming();
        log.model->applyBatch(batch);
        settle();
        view->viewport()->repaint();
    }
    if (!lastRowVisible(view))
        state.SkipWithError("the view did not follow the newest message");
}
BENCHMARK(BM_LogViewLiveBatch)->ArgName("batch")->Arg(30)->Iterations(5)->Unit(benchmark::kMillisecond);

// The default cap fed 1M messages: 800,000 dropped, and the panel's note says so.
void BM_LogPanelCapNote(benchmark::State &state)
{
    for (auto _ : state) {
        FilledLog log(MessageLogModel::kDefaultMaxEntries);
        const QString dropped = QLocale().toString(qint64(kMessages - MessageLogModel::kDefaultMaxEntries));
        bool noteShown = false;
        for (const QLabel *label : log.panel->findChildren<QLabel *>())
            noteShown = noteShown || (label->isVisible() && label->text().contains(dropped));
        state.counters["dropped"] = double(log.model->droppedCount());
        state.counters["fill_ms"] = double(log.fillMs);
        state.counters["layout_ms"] = double(log.layoutMs);
        if (log.model->droppedCount() != kMessages - MessageLogModel::kDefaultMaxEntries)
            state.SkipWithError("the capped log did not drop exactly 800,000 messages");
        else if (!noteShown)
            state.SkipWithError("the log panel does not show the dropped-messages note");
    }
}
BENCHMARK(BM_LogPanelCapNote)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
