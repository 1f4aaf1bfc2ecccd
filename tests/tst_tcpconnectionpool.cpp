// The threads that serve a TCP server's connections: real loopback sockets, accepted here and
// handed to the pool as the server does.
#include "network/eventbatcher.h"
#include "network/tcpconnectionpool.h"

#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A listening socket on 127.0.0.1 and blocking clients, made of plain POSIX calls: the test's
// side must not need the event loop the pool's events arrive through.
class LoopbackListener
{
public:
    LoopbackListener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 128);
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
    }
    ~LoopbackListener() { ::close(m_fd); }
    bool isListening() const { return m_fd >= 0 && m_port != 0; }

    // A connected client descriptor (blocking) and the server's side of it, or -1s.
    std::pair<int, int> connectClient() const
    {
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(client, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(client);
            return { -1, -1 };
        }
        return { client, ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK) };
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// Reads until `expected` bytes came, or the peer closed, or 5 s passed.
QByteArray receiveExactly(int fd, qsizetype expected)
{
    QByteArray data;
    while (data.size() < expected) {
        pollfd pfd { fd, POLLIN, 0 };
        if (::poll(&pfd, 1, 5000) <= 0)
            break;
        char buffer[4096];
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
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
    std::vector<int> clients;
    for (int id = 1; id <= 6; ++id) {
        const auto [client, served] = listener.connectClient();
        QVERIFY(client >= 0 && served >= 0);
        clients.push_back(client);
        pool.adopt(id, served, FramingMode::Raw, ReplyMode::Echo, false);
    }
    QCOMPARE(pool.openCount(), 6);
    QCOMPARE(pool.openPerThread(), (QList<int> { 3, 3 })); // each goes to the least busy

    // A client that leaves frees its thread's place: the next one goes there.
    ::close(clients[0]);
    QSignalSpy finished(&pool, &TcpConnectionPool::connectionFinished);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QCOMPARE(pool.openPerThread(), (QList<int> { 2, 3 }));
    const auto [client, served] = listener.connectClient();
    pool.adopt(7, served, FramingMode::Raw, ReplyMode::Echo, false);
    QCOMPARE(pool.openPerThread(), (QList<int> { 3, 3 }));
    clients.push_back(client);
    for (size_t index = 1; index < clients.size(); ++index)
        ::close(clients[index]);
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
    std::vector<int> clients;
    QByteArray allLines;
    for (int line = 0; line < kLines; ++line)
        allLines += "line " + QByteArray::number(line) + '\n';
    for (int id = 1; id <= kClients; ++id) {
        const auto [client, served] = listener.connectClient();
        QVERIFY(client >= 0 && served >= 0);
        clients.push_back(client);
        pool.adopt(id, served, FramingMode::Line, ReplyMode::Echo, false);
    }
    for (int client : clients)
        QCOMPARE(::send(client, allLines.constData(), size_t(allLines.size()), MSG_NOSIGNAL), ssize_t(allLines.size()));
    for (int client : clients) {
        QCOMPARE(receiveExactly(client, allLines.size()), allLines); // echoed, in order
        ::close(client);
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
    std::vector<int> clients;
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
    char byte;
    pollfd pfd { clients[3], POLLIN, 0 };
    QVERIFY(::poll(&pfd, 1, 5000) == 1);
    QCOMPARE(::recv(clients[3], &byte, 1, 0), ssize_t(-1));
    QCOMPARE(errno, ECONNRESET);
    QTRY_COMPARE(pool.openCount(), 2);
    events.flush();
    QCOMPARE(collected.of(3).last().reason, CloseReason::ClosedByUs);
    QCOMPARE(collected.of(4).last().reason, CloseReason::AbortedByUs);
    for (int client : clients)
        ::close(client);
}

void tst_TcpConnectionPool::stopServingPostsEveryClosedEventBeforeReturning()
{
    EventBatcher events;
    Collected collected;
    connect(&events, &EventBatcher::batchReady, this, [&](const LabEventBatch &batch) { collected.events += batch; });
    auto pool = std::make_unique<TcpConnectionPool>(2, &events);
    LoopbackListener listener;
    std::vector<int> clients;
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
    for (int client : clients) {
        QCOMPARE(receiveExactly(client, 1), QByteArray()); // each client sees the FIN
        ::close(client);
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
    ::close(client);
    QTRY_COMPARE(pool.openCount(), 0);
}

QTEST_GUILESS_MAIN(tst_TcpConnectionPool)
#include "tst_tcpconnectionpool.moc"
