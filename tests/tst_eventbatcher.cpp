#include "network/eventbatcher.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>
#include <vector>

class tst_EventBatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsOfOneTickMakeOneBatch();
    void flushHandsOverAtOnce();
    void nothingPendingNothingEmitted();
    void eventsFromOtherThreadsKeepTheirOrder();
    void payloadInFlightIsCountedUntilTheMainThreadHasIt();
};

namespace {
LabEvent received(int id, const QByteArray &payload)
{
    LabEvent event = LabEvent::make(EventKind::Received, id);
    event.payload = payload;
    return event;
}

QByteArrayList payloads(const LabEventBatch &batch)
{
    QByteArrayList result;
    for (const LabEvent &event : batch)
        result.append(event.payload);
    return result;
}
} // namespace

void tst_EventBatcher::eventsOfOneTickMakeOneBatch()
{
    EventBatcher batcher;
    QList<LabEventBatch> batches;
    connect(&batcher, &EventBatcher::batchReady, this,
            [&](const LabEventBatch &batch) { batches.append(batch); });

    QElapsedTimer clock;
    clock.start();
    batcher.post(received(1, "a"));
    batcher.post(received(2, "b"));
    batcher.post(received(1, "c"));
    QCOMPARE(batches.size(), 0); // never synchronously

    QTRY_COMPARE(batches.size(), 1);
    QVERIFY2(clock.elapsed() >= EventBatcher::kFlushIntervalMs - 5,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(payloads(batches.at(0)), (QByteArrayList { "a", "b", "c" })); // in order
    QCOMPARE(batches.at(0).at(1).connectionId, 2);

    // The next event starts a new tick.
    batcher.post(received(1, "d"));
    QTRY_COMPARE(batches.size(), 2);
    QCOMPARE(payloads(batches.at(1)), QByteArrayList { "d" });
    QTest::qWait(2 * EventBatcher::kFlushIntervalMs);
    QCOMPARE(batches.size(), 2);
}

void tst_EventBatcher::flushHandsOverAtOnce()
{
    EventBatcher batcher;
    QList<LabEventBatch> batches;
    connect(&batcher, &EventBatcher::batchReady, this,
            [&](const LabEventBatch &batch) { batches.append(batch); });

    batcher.post(received(1, "x"));
    batcher.post(received(1, "y"));
    batcher.flush();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(payloads(batches.at(0)), (QByteArrayList { "x", "y" }));

    // The timer was stopped with the flush: no empty or repeated batch follows.
    QTest::qWait(2 * EventBatcher::kFlushIntervalMs);
    QCOMPARE(batches.size(), 1);
}

void tst_EventBatcher::nothingPendingNothingEmitted()
{
    EventBatcher batcher;
    int emitted = 0;
    connect(&batcher, &EventBatcher::batchReady, this, [&] { ++emitted; });
    batcher.flush();
    QCOMPARE(emitted, 0);
}

void tst_EventBatcher::eventsFromOtherThreadsKeepTheirOrder()
{
    // A server's connections are served on several threads, all posting to one batcher.
    EventBatcher batcher;
    LabEventBatch received;
    int batches = 0;
    connect(&batcher, &EventBatcher::batchReady, this, [&](const LabEventBatch &batch) {
        received += batch;
        ++batches;
    });

    constexpr int kThreads = 4;
    constexpr int kEventsEach = 20000;
    std::vector<std::thread> posters;
    for (int thread = 1; thread <= kThreads; ++thread) {
        posters.emplace_back([&batcher, thread] {
            for (int sequence = 0; sequence < kEventsEach; ++sequence) {
                LabEvent event = LabEvent::make(EventKind::Received, thread);
                event.messageCount = sequence;
                batcher.post(event);
            }
        });
    }
    for (std::thread &poster : posters)
        poster.join();

    // The batches leave from the batcher's thread, on its timer: none while nobody runs it.
    QCOMPARE(batches, 0);
    QTRY_COMPARE(received.size(), kThreads * kEventsEach);
    QVERIFY(batches >= 1);
    std::vector<qint64> next(kThreads + 1, 0);
    for (const LabEvent &event : std::as_const(received)) {
        QCOMPARE(event.messageCount, next[size_t(event.connectionId)]);
        ++next[size_t(event.connectionId)];
    }
}

void tst_EventBatcher::payloadInFlightIsCountedUntilTheMainThreadHasIt()
{
    // Connections stop reading while too much payload waits for the main thread (the models):
    // counted from post() until the main thread has handled the batch.
    EventBatcher batcher;
    int batches = 0;
    connect(&batcher, &EventBatcher::batchReady, this, [&] { ++batches; });
    const QByteArray mebibyte(1024 * 1024, 'x');
    for (int i = 0; i < 32; ++i)
        batcher.post(received(1, mebibyte));
    QCOMPARE(batcher.payloadInFlight(), qint64(32) * mebibyte.size());
    QVERIFY(!batcher.isFlooded()); // exactly the limit
    batcher.post(received(1, "one byte more"));
    QVERIFY(batcher.isFlooded());

    batcher.flush();
    QCOMPARE(batches, 1);
    QVERIFY(batcher.isFlooded()); // handed over, not yet handled by the main thread
    QTRY_COMPARE(batcher.payloadInFlight(), qint64(0));
    QVERIFY(!batcher.isFlooded());
}

QTEST_GUILESS_MAIN(tst_EventBatcher)
#include "tst_eventbatcher.moc"
