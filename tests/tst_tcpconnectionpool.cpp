// The threads that serve a TCP server's connections: real loopback sockets, accepted here and
// handed to the pool as the server does.
#include "network/eventbatcher.h"
#include "network/tcpconnectionpool.h"
#include "tests/support/rawsocket.h"
#include "tests/support/rawtcppeer.h"
#include "tests/support/wine.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

using RawSocket::Descriptor;

// Reads until `expected` bytes came, or the peer closed, or 5 s passed.
QByteArray receiveExactly(Descriptor socket, qsizetype expected)
{
    QByteArray data;
    while (data.size() < expected) {
        if (!RawSocket::waitReadable(socket, 5000))
            break;
        char buffer[4096];
        const qint64 got = RawSocket::receive(socket, buffer, sizeof buffer);
        if (got <= 0)
            break;
        data.append(buffer, got);
    }
    return data;
}

struct Collected
{
    LabEventBatch events;
    QList<LabEvent> of(int connectionId) const
    {
        QList<LabEvent> found;
        for (const LabEvent &event : events) {
            if (event.connectionId == connectionId)
                found.append(event);
        }
        return found;
    }
};

} // namespace

class tst_TcpConnectionPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsAreSpreadOverTheThreads();
    void eachConnectionsEventsStayInOrder();
    void commandsReachTheThreadThatServesTheConnection();
    void stopServingPostsEveryClosedEventBeforeReturning();
    void oneThreadServesTheSimpleServersClient();
};

void tst_TcpConnectionPool::connectionsAreSpreadOverTheThreads()
{
    EventBatcher events;
    TcpConnectionPool pool(2, &events);
    QCOMPARE(pool.threadCount(), 2);
    LoopbackListener listener;
    QVERIFY(listener.isListening());
    std::vector<Descriptor> clients;
    for (int id = 1; id <= 6; ++id) {
        const auto [client, served] = listener.connectClient();
        QVERIFY(client != RawSocket::kNone && served != RawSocket::kNone);
        clients.push_back(client);
        pool.adopt(id, served, FramingMode::Raw, ReplyMode::Echo, false);
    }
    QCOMPARE(pool.openCount(), 6);
    QCOMPARE(pool.openPerThread(), (QList<int> { 3, 3 })); // each goes to the least busy

    // A client that leaves frees its thread's place: the next one goes there.
    RawSocket::close(clients[0]);
    QSignalSpy finished(&pool, &TcpConnectionPool::connectionFinished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QCOMPARE(pool.openPerThread(), (QList<int> { 2, 3 }));
    const auto [client, served] = listener.connectClient();
    pool.adopt(7, served, FramingMode::Raw, ReplyMode::Echo, false);
    QCOMPARE(pool.openPerThread(), (QList<int> { 3, 3 }));
    clients.push_back(client);
    for (size_t index = 1; index < clients.size(); ++index)
        RawSocket::close(clients[index]);
    QTRY_COMPARE(pool.openCount(), 0);
}

void tst_TcpConnectionPool::eachConnectionsEventsStayInOrder()
{
    // 8 clients on 2 threads, 200 lines each, all at once: every connection's events come in
    // the order they happened (Accepted, then Received and Sent per line, then Closed).
    EventBatcher events;
    Collected collected;
    connect(&events, &EventBatcher::batchReady, this, [&](const LabEventBatch &batch) { collected.events += batch; });
    TcpConnectionPool pool(2, &events);
    LoopbackListener listener;
    constexpr int kClients = 8;
    constexpr int kLines = 200;
    std::vector<Descriptor> clients;
    QByteArray allLines;
    for (int line = 0; line < kLines; ++line)
        allLines += "line " + QByteArray::number(line) + '\n';
    for (int id = 1; id <= kClients; ++id) {
        const auto [client, served] = listener.connectClient();
        QVERIFY(client != RawSocket::kNone && served != RawSocket::kNone);
        clients.push_back(client);
        pool.adopt(id, served, FramingMode::Line, ReplyMode::Echo, false);
    }
    for (Descriptor client : clients)
        QCOMPARE(RawSocket::send(client, allLines.constData(), allLines.size()), qint64(allLines.size()));
    for (Descriptor client : clients) {
        QCOMPARE(receiveExactly(client, allLines.size()), allLines); // echoed, in order
        RawSocket::close(client);
    }
    QTRY_COMPARE(pool.openCount(), 0);
    events.flush();

    for (int id = 1; id <= kClients; ++id) {
        const QList<LabEvent> mine = collected.of(id);
        QCOMPARE(mine.size(), 2 + 2 * kLines);
        QCOMPARE(mine.first().kind, EventKind::Accepted);
        QCOMPARE(mine.last().kind, EventKind::Closed);
        QCOMPARE(mine.last().reason, CloseReason::ClosedByPeer);
        for (int line = 0; line < kLines; ++line) {
            const LabEvent &in = mine.at(1 + 2 * line);
            const LabEvent &out = mine.at(2 + 2 * line);
            QCOMPARE(in.kind, EventKind::Received);
            QCOMPARE(in.payload, "line " + QByteArray::number(line));
            QCOMPARE(out.kind, EventKind::Sent);
            QCOMPARE(out.payload, "line " + QByteArray::number(line) + '\n');
        }
    }
}

void tst_TcpConnectionPool::commandsReachTheThreadThatServesTheConnection()
{
    EventBatcher events;
    Collected collected;
    connect(&events, &EventBatcher::batchReady, this, [&](const LabEventBatch &batch) { collected.events += batch; });
    TcpConnectionPool pool(2, &events);
    LoopbackListener listener;
    std::vector<Descriptor> clients;
    for (int id = 1; id <= 4; ++id) {
        const auto [client, served] = listener.connectClient();
        clients.push_back(client);
        pool.adopt(id, served, FramingMode::Raw, ReplyMode::None, false);
    }
    QCOMPARE(pool.openPerThread(), (QList<int> { 2, 2 }));

    // To two connections on different threads, then to all, then one closed and one reset.
    pool.send({ 1, 2 }, "chosen");
    pool.send({}, "all");
    QCOMPARE(receiveExactly(clients[0], 9), "chosenall");
    QCOMPARE(receiveExactly(clients[1], 9), "chosenall");
    QCOMPARE(receiveExactly(clients[2], 3), "all");
    QCOMPARE(receiveExactly(clients[3], 3), "all");
    pool.closeGracefully(3);
    pool.abortWithReset(4);
    QCOMPARE(receiveExactly(clients[2], 1), QByteArray()); // FIN: recv() == 0
    QTRY_COMPARE(pool.openCount(), 2);
    events.flush();
    QCOMPARE(collected.of(3).last().reason, CloseReason::ClosedByUs);
    QCOMPARE(collected.of(4).last().reason, CloseReason::AbortedByUs);
    const auto closeClients = qScopeGuard([&clients] {
        for (Descriptor client : clients)
            RawSocket::close(client);
    });
    if (runningUnderWine())
        QSKIP("Wine 8 closes a socket whose SO_LINGER is 0 with FIN, not RST: recv() reads 0 there.");
    char byte;
    QVERIFY(RawSocket::waitReadable(clients[3], 5000));
    QCOMPARE(RawSocket::receive(clients[3], &byte, 1), qint64(-1));
    QCOMPARE(RawSocket::lastError(), RawSocket::connectionResetError());
}

void tst_TcpConnectionPool::stopServingPostsEveryClosedEventBeforeReturning()
{
    EventBatcher events;
    Collected collected;
    connect(&events, &EventBatcher::batchReady, this, [&](const LabEventBatch &batch) { collected.events += batch; });
    auto pool = std::make_unique<TcpConnectionPool>(2, &events);
    LoopbackListener listener;
    std::vector<Descriptor> clients;
    constexpr int kClients = 40;
    for (int id = 1; id <= kClients; ++id) {
        const auto [client, served] = listener.connectClient();
        clients.push_back(client);
        // Adopted and stopped in the same turn: the adoptions are still on their way.
        pool->adopt(id, served, FramingMode::Raw, ReplyMode::Echo, false);
    }
    pool->stopServing();
    QCOMPARE(pool->openCount(), 0);
    events.flush(); // no event loop turn in between: stopServing() waited for the threads
    int closed = 0;
    for (const LabEvent &event : std::as_const(collected.events)) {
        if (event.kind == EventKind::Closed) {
            QCOMPARE(event.reason, CloseReason::ServerStopped);
            ++closed;
        }
    }
    QCOMPARE(closed, kClients);
    pool.reset(); // joins the threads; nothing left to report
    for (Descriptor client : clients) {
        QCOMPARE(receiveExactly(client, 1), QByteArray()); // each client sees the FIN
        RawSocket::close(client);
    }
}

void tst_TcpConnectionPool::oneThreadServesTheSimpleServersClient()
{
    EventBatcher events;
    Collected collected;
    connect(&events, &EventBatcher::batchReady, this, [&](const LabEventBatch &batch) { collected.events += batch; });
    TcpConnectionPool pool(1, &events);
    LoopbackListener listener;
    const auto [client, served] = listener.connectClient();
    pool.adopt(1, served, FramingMode::Raw, ReplyMode::Echo, true);
    QCOMPARE(pool.openPerThread(), QList<int> { 1 });
    QTRY_VERIFY(collected.of(1).size() >= 2);
    // Its note comes right after its Accepted event, from the same thread.
    QCOMPARE(collected.of(1).at(0).kind, EventKind::Accepted);
    QCOMPARE(collected.of(1).at(1).kind, EventKind::Note);
    QCOMPARE(collected.of(1).at(1).note, NoteKind::ServingOneClient);
    RawSocket::close(client);
    QTRY_COMPARE(pool.openCount(), 0);
}

QTEST_GUILESS_MAIN(tst_TcpConnectionPool)
#include "tst_tcpconnectionpool.moc"
