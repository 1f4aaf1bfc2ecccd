#include "oneshotload.h"

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
constexpr int64_t kExpiryCheckMicros = 100 * 1000;
} // namespace

OneshotLoad::OneshotLoad(const LoadOptions &options, const LoopbackAddress &server)
    : m_options(options)
    , m_server(server)
    , m_slots(size_t(options.concurrency))
{
    for (size_t slot = m_slots.size(); slot > 0; --slot)
        m_freeSlots.push_back(slot - 1);
    m_latencies.reserve(size_t(options.count));
}

OneshotLoad::~OneshotLoad()
{
    for (Attempt &attempt : m_slots) {
        if (attempt.fd >= 0)
            ::close(attempt.fd);
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

LoadResult OneshotLoad::run()
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    const int64_t start = monotonicMicros();
    const int64_t deadline = start + int64_t(m_options.timeoutSeconds * 1e6);
    int64_t now = start;
    int64_t lastExpiryCheck = now;
    m_lastCompletion = now;
    bool timedOut = false;
    epoll_event events[kMaxEvents];
    startAttempts(now);
    while (m_started < m_options.count || m_freeSlots.size() < m_slots.size()) {
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
            expire(now);
            lastExpiryCheck = now;
        }
        startAttempts(now);
    }
    return result(start, now, timedOut);
}

void OneshotLoad::startAttempts(int64_t now)
{
    while (m_started < m_options.count && !m_freeSlots.empty()) {
        const size_t slot = m_freeSlots.back();
        Attempt &attempt = m_slots[slot];
        attempt = Attempt();
        attempt.number = ++m_started;
        attempt.start = now;
        const int fd = startTcpConnect(m_server);
        if (fd < 0) {
            // EADDRNOTAVAIL here means no ephemeral port is left (TIME_WAIT): lower --count.
            ++m_failures.connect;
            m_failures.noteFirst("connect: " + errorName(-fd));
            continue;
        }
        m_freeSlots.pop_back();
        attempt.fd = fd;
        appendMessage(attempt.out, attempt.number, m_options.count, m_options.size);
        epoll_event event {};
        event.events = EPOLLIN | EPOLLOUT;
        event.data.u64 = slot;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    }
}

void OneshotLoad::onEvent(size_t slot, uint32_t events, int64_t now)
{
    Attempt &attempt = m_slots[slot];
    if (attempt.fd < 0)
        return;
    if (!attempt.connected) {
        if (const int error = pendingSocketError(attempt.fd)) {
            ++m_failures.connect;
            m_failures.noteFirst("connect: " + errorName(error));
            finish(slot);
            return;
        }
        if (!(events & EPOLLOUT))
            return;
        attempt.connected = true;
        sendLine(slot);
        return;
    }
    if (events & (EPOLLIN | EPOLLERR | EPOLLHUP))
        readReply(slot, now);
    if (attempt.fd >= 0 && (events & EPOLLOUT))
        sendLine(slot);
}

void OneshotLoad::sendLine(size_t slot)
{
    Attempt &attempt = m_slots[slot];
    while (attempt.outOffset < attempt.out.size()) {
        const ssize_t n = ::send(attempt.fd, attempt.out.data() + attempt.outOffset,
                                 attempt.out.size() - attempt.outOffset, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            attempt.outOffset += size_t(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return; // still watched for EPOLLOUT
        m_failures.addIoError(n < 0 ? errno : EPIPE);
        finish(slot);
        return;
    }
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.u64 = slot;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, attempt.fd, &event);
}

void OneshotLoad::readReply(size_t slot, int64_t now)
{
    Attempt &attempt = m_slots[slot];
    char buffer[4096];
    const size_t expected = size_t(m_options.size);
    for (;;) {
        const ssize_t n = ::recv(attempt.fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            attempt.receivedBytes += size_t(n);
            if (attempt.receivedBytes > expected) {
                ++m_failures.protocol;
                m_failures.noteFirst("more bytes came back than were sent");
                finish(slot);
                return;
            }
            if (attempt.receivedBytes == expected) {
                m_latencies.add(now - attempt.start);
                ++m_completed;
                m_lastCompletion = now;
                finish(slot);
                return;
            }
            continue;
        }
        if (n == 0) {
            ++m_failures.closed;
            m_failures.noteFirst("the server closed before the whole reply");
            finish(slot);
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            m_failures.addIoError(errno);
            finish(slot);
        }
        return;
    }
}

void OneshotLoad::finish(size_t slot)
{
    Attempt &attempt = m_slots[slot];
    ::close(attempt.fd); // an orderly close: FIN, and TIME_WAIT on this side
    attempt.fd = -1;
    m_freeSlots.push_back(slot);
}

void OneshotLoad::expire(int64_t now)
{
    for (size_t slot = 0; slot < m_slots.size(); ++slot) {
        const Attempt &attempt = m_slots[slot];
        if (attempt.fd >= 0 && now - attempt.start >= kAttemptTimeoutMicros) {
            ++m_failures.timeout;
            m_failures.noteFirst(attempt.connected ? "no reply within 10 s" : "connect: no answer within 10 s");
            finish(slot);
        }
    }
}

LoadResult OneshotLoad::result(int64_t start, int64_t end, bool timedOut)
{
    if (timedOut) {
        m_failures.timeout += int64_t(m_slots.size() - m_freeSlots.size()) + (m_options.count - m_started);
        m_failures.noteFirst("the run reached its --timeout");
    }
    const bool allDone = m_completed + m_failures.total() >= m_options.count;
    const double elapsed = secondsBetween(start, allDone ? m_lastCompletion : end);
    const double rate = elapsed > 0 ? double(m_completed) / elapsed : 0.0;

    LoadResult out;
    out.json.add("mode", "oneshot")
        .add("host", m_options.host)
        .add("port", m_options.port)
        .add("count", m_options.count)
        .add("concurrency", m_options.concurrency)
        .add("size", m_options.size)
        .add("completed", m_completed)
        .add("per_s", rate)
        .add("latency_p50_us", m_latencies.percentile(0.50))
        .add("latency_p99_us", m_latencies.percentile(0.99))
        .add("latency_max_us", m_latencies.maximum())
        .add("elapsed_s", elapsed)
        .add("timed_out", timedOut)
        .add("failures", m_failures.json());
    char summary[512];
    std::snprintf(summary, sizeof summary,
                  "oneshot %s:%d: %lld/%lld connections answered (%d at once) in %.2f s = %.0f/s; "
                  "latency p50 %u us, p99 %u us; failures %lld%s%s\n",
                  m_options.host.c_str(), m_options.port, static_cast<long long>(m_completed),
                  static_cast<long long>(m_options.count), m_options.concurrency, elapsed, rate,
                  m_latencies.percentile(0.50), m_latencies.percentile(0.99),
                  static_cast<long long>(m_failures.total()), m_failures.firstError.empty() ? "" : " (first: ",
                  m_failures.firstError.empty() ? "" : (m_failures.firstError + ")").c_str());
    out.summary = summary;
    out.complete = !timedOut && m_failures.total() == 0 && m_completed == m_options.count;
    return out;
}
