#include "tcpload.h"

#include "clientsocket.h"
#include "messagetext.h"
#include "monotonicclock.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace {
constexpr int kMaxEvents = 256;
constexpr size_t kReadBytes = 64 * 1024;
constexpr int64_t kExpiryCheckMicros = 100 * 1000;
} // namespace

TcpLoad::TcpLoad(const LoadOptions &options, const LoopbackAddress &server)
    : m_options(options)
    , m_server(server)
    , m_clients(size_t(options.connections))
{
    for (Client &client : m_clients)
        client.sendTimes.resize(size_t(options.window));
    m_latencies.reserve(size_t(int64_t(options.connections) * options.messages));
}

TcpLoad::~TcpLoad()
{
    // The client closes first, as a client of the course does (TIME_WAIT stays on this side).
    for (Client &client : m_clients) {
        if (client.fd >= 0)
            ::close(client.fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

LoadResult TcpLoad::run()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    const int64_t connectStart = monotonicMicros();
    const int64_t deadline = connectStart + int64_t(m_options.timeoutSeconds * 1e6);
    int64_t now = connectStart;
    int64_t lastExpiryCheck = now;
    bool timedOut = false;
    epoll_event events[kMaxEvents];
    startConnections(now);
    for (;;) {
        if (!m_measuring && connectPhaseOver())
            startMeasuredPhase(now);
        if (m_measuring && measuredPhaseOver())
            break;
        if (now >= deadline) {
            timedOut = true;
            break;
        }
        const int waitMs = int(std::min<int64_t>(100, (deadline - now + 999) / 1000));
        const int count = ::epoll_wait(m_epoll, events, kMaxEvents, waitMs);
        now = monotonicMicros();
        for (int i = 0; i < count; ++i)
            onEvent(size_t(events[i].data.u64), events[i].events, now);
        if (now - lastExpiryCheck >= kExpiryCheckMicros) {
            expireHandshakes(now);
            lastExpiryCheck = now;
        }
        if (!m_measuring)
            startConnections(now);
    }
    return result(connectStart, now, timedOut);
}

void TcpLoad::startConnections(int64_t now)
{
    while (m_inHandshake < m_options.connectPace && m_nextToConnect < m_clients.size()) {
        const size_t index = m_nextToConnect++;
        Client &client = m_clients[index];
        const int fd = startTcpConnect(m_server);
        if (fd < 0) {
            ++m_failures.connect;
            m_failures.noteFirst("connect: " + errorName(-fd));
            client.state = State::Failed;
            ++m_failed;
            continue;
        }
        client.fd = fd;
        client.state = State::Connecting;
        client.handshakeDeadline = now + kHandshakeTimeoutMicros;
        client.watchingWritable = true;
        epoll_event event {};
        event.events = EPOLLIN | EPOLLOUT;
        event.data.u64 = index;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
        ++m_inHandshake;
    }
}

void TcpLoad::onEvent(size_t index, uint32_t events, int64_t now)
{
    Client &client = m_clients[index];
    if (client.state == State::Failed)
        return;
    if (client.state == State::Connecting) {
        if (const int error = pendingSocketError(client.fd)) {
            ++m_failures.connect;
            m_failures.noteFirst("connect: " + errorName(error));
            fail(client);
            return;
        }
        if (events & EPOLLOUT)
            onConnected(client, now);
        return;
    }
    if (events & (EPOLLIN | EPOLLERR | EPOLLHUP))
        onReadable(client, now);
    if (client.state != State::Failed && (events & EPOLLOUT))
        flush(client);
}

void TcpLoad::onConnected(Client &client, int64_t now)
{
    client.state = State::WarmingUp;
    client.sendTimes[0] = now;
    appendMessage(client.out, 0, m_options.messages, m_options.size);
    client.queued = 1;
    flush(client);
}

void TcpLoad::onReadable(Client &client, int64_t now)
{
    static char buffer[kReadBytes];
    const uint64_t size = uint64_t(m_options.size);
    const uint64_t expectedBytes = uint64_t(totalMessagesPerClient()) * size;
    for (;;) {
        const ssize_t n = ::recv(client.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            client.receivedBytes += uint64_t(n);
            if (client.receivedBytes > expectedBytes || client.receivedBytes > uint64_t(client.queued) * size) {
                ++m_failures.protocol;
                m_failures.noteFirst("more bytes came back than were sent");
                fail(client);
                return;
            }
            const int64_t answered = int64_t(client.receivedBytes / size);
            for (int64_t number = client.answered; number < answered; ++number) {
                if (number == 0)
                    continue; // the warm-up message is not measured
                m_latencies.add(now - client.sendTimes[size_t(number % m_options.window)]);
                ++m_messagesAnswered;
                m_lastAnswer = now;
            }
            client.answered = answered;
            if (size_t(n) < sizeof buffer)
                break; // level-triggered epoll says so again if more comes
            continue;
        }
        if (n == 0) {
            ++m_failures.closed;
            m_failures.noteFirst("the server closed the connection");
            fail(client);
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        m_failures.addIoError(errno);
        fail(client);
        return;
    }
    if (client.state == State::WarmingUp && client.answered >= 1) {
        onHeld(client);
    } else if (client.state == State::Running) {
        if (client.answered == totalMessagesPerClient()) {
            client.state = State::Finished;
            ++m_finished;
        } else {
            queueMessages(client, now);
        }
    }
}

void TcpLoad::queueMessages(Client &client, int64_t now)
{
    const int64_t total = totalMessagesPerClient();
    bool queuedAny = false;
    while (client.queued - client.answered < m_options.window && client.queued < total) {
        client.sendTimes[size_t(client.queued % m_options.window)] = now;
        appendMessage(client.out, client.queued, m_options.messages, m_options.size);
        ++client.queued;
        queuedAny = true;
    }
    if (queuedAny)
        flush(client);
}

void TcpLoad::flush(Client &client)
{
    while (client.outOffset < client.out.size()) {
        const ssize_t n = ::send(client.fd, client.out.data() + client.outOffset, client.out.size() - client.outOffset,
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            client.outOffset += size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            watchWritable(client, true);
            return;
        }
        m_failures.addIoError(n < 0 ? errno : EPIPE);
        fail(client);
        return;
    }
    client.out.clear();
    client.outOffset = 0;
    watchWritable(client, false);
}

void TcpLoad::watchWritable(Client &client, bool watch)
{
    if (client.watchingWritable == watch)
        return;
    client.watchingWritable = watch;
    epoll_event event {};
    event.events = watch ? (EPOLLIN | EPOLLOUT) : EPOLLIN;
    event.data.u64 = uint64_t(&client - m_clients.data());
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, client.fd, &event);
}

void TcpLoad::fail(Client &client)
{
    if (client.state == State::Connecting || client.state == State::WarmingUp)
        --m_inHandshake;
    if (client.state == State::Finished)
        --m_finished;
    if (client.fd >= 0) {
        ::close(client.fd); // also leaves the epoll set
        client.fd = -1;
    }
    client.state = State::Failed;
    ++m_failed;
}

void TcpLoad::onHeld(Client &client)
{
    client.state = State::Held;
    --m_inHandshake;
    ++m_held;
}

void TcpLoad::startMeasuredPhase(int64_t now)
{
    m_measuring = true;
    m_measureStart = now;
    m_lastAnswer = now;
    for (Client &client : m_clients) {
        if (client.state != State::Held)
            continue;
        client.state = State::Running;
        queueMessages(client, now);
    }
}

void TcpLoad::expireHandshakes(int64_t now)
{
    for (Client &client : m_clients) {
        if ((client.state == State::Connecting || client.state == State::WarmingUp) && now >= client.handshakeDeadline) {
            ++m_failures.timeout;
            m_failures.noteFirst(client.state == State::Connecting ? "connect: no answer within 10 s"
                                                                   : "no answer to the first message within 10 s");
            fail(client);
        }
    }
}

bool TcpLoad::connectPhaseOver() const
{
    return m_nextToConnect == m_clients.size() && m_inHandshake == 0;
}

bool TcpLoad::measuredPhaseOver() const
{
    return m_finished + m_failed == int64_t(m_clients.size());
}

LoadResult TcpLoad::result(int64_t connectStart, int64_t end, bool timedOut)
{
    int64_t open = 0;
    for (const Client &client : m_clients) {
        const bool talking = client.state == State::Held || client.state == State::Running || client.state == State::Finished;
        if (talking)
            ++open;
        // Whatever was still under way at the deadline timed out.
        if (timedOut && client.state != State::Finished && client.state != State::Failed)
            ++m_failures.timeout;
    }
    if (timedOut)
        m_failures.noteFirst("the run reached its --timeout");
    const int64_t measuredEnd = m_measuring ? (measuredPhaseOver() ? m_lastAnswer : end) : end;
    const double elapsed = m_measuring ? secondsBetween(m_measureStart, measuredEnd) : 0.0;
    const double connectSeconds = secondsBetween(connectStart, m_measuring ? m_measureStart : end);
    const double rate = elapsed > 0 ? double(m_messagesAnswered) / elapsed : 0.0;
    const int64_t expected = int64_t(m_options.connections) * m_options.messages;

    LoadResult out;
    out.json.add("mode", "tcp")
        .add("host", m_options.host)
        .add("port", m_options.port)
        .add("connections", m_options.connections)
        .add("messages_per_connection", m_options.messages)
        .add("window", m_options.window)
        .add("size", m_options.size)
        .add("connections_established", m_held)
        .add("connections_held", open)
        .add("connect_s", connectSeconds)
        .add("messages", m_messagesAnswered)
        .add("messages_expected", expected)
        .add("messages_per_s", rate)
        .add("latency_p50_us", m_latencies.percentile(0.50))
        .add("latency_p99_us", m_latencies.percentile(0.99))
        .add("latency_max_us", m_latencies.maximum())
        .add("elapsed_s", elapsed)
        .add("timed_out", timedOut)
        .add("failures", m_failures.json());
    char summary[512];
    std::snprintf(summary, sizeof summary,
                  "tcp %s:%d: %lld/%d connections held (opened in %.2f s); %lld/%lld messages of %d bytes "
                  "(window %d) in %.2f s = %.0f msg/s; latency p50 %u us, p99 %u us; failures %lld%s%s\n",
                  m_options.host.c_str(), m_options.port, static_cast<long long>(open), m_options.connections,
                  connectSeconds, static_cast<long long>(m_messagesAnswered), static_cast<long long>(expected),
                  m_options.size, m_options.window, elapsed, rate, m_latencies.percentile(0.50),
                  m_latencies.percentile(0.99), static_cast<long long>(m_failures.total()),
                  m_failures.firstError.empty() ? "" : " (first: ", m_failures.firstError.empty() ? "" : (m_failures.firstError + ")").c_str());
    out.summary = summary;
    out.complete = !timedOut && m_failures.total() == 0 && m_messagesAnswered == expected;
    return out;
}
