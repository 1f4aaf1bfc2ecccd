#include "udpload.h"

#include "clientsocket.h"
#include "messagetext.h"
#include "monotonicclock.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace {
// Half a millisecond of the schedule per wake-up: at 50,000/s, 25 datagrams.
constexpr double kWakeSeconds = 0.0005;
constexpr int kSocketBufferBytes = 4 * 1024 * 1024;
constexpr size_t kReplyBytes = 2048; // replies are counted, not read: truncation does not matter

void sleepUntil(int64_t micros)
{
    timespec until {};
    until.tv_sec = time_t(micros / 1000000);
    until.tv_nsec = long(micros % 1000000) * 1000;
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, nullptr) == EINTR) {
    }
}
} // namespace

UdpLoad::UdpLoad(const LoadOptions &options, const LoopbackAddress &server)
    : m_options(options)
    , m_server(server)
    , m_payloads(kBatch)
{
}

UdpLoad::~UdpLoad()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

LoadResult UdpLoad::run()
{
    m_fd = ::socket(m_server.family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<const sockaddr *>(&m_server.address), m_server.length) != 0) {
        m_fatalError = "socket: " + errorName(errno);
        return result(false);
    }
    ::setsockopt(m_fd, SOL_SOCKET, SO_SNDBUF, &kSocketBufferBytes, sizeof kSocketBufferBytes);
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &kSocketBufferBytes, sizeof kSocketBufferBytes);

    m_start = monotonicMicros();
    const int64_t deadline = m_start + int64_t(m_options.timeoutSeconds * 1e6);
    const int64_t wakeQuantum = m_options.rate > 0 ? std::max<int64_t>(1, int64_t(m_options.rate * kWakeSeconds)) : kBatch;
    bool timedOut = false;
    while (m_sent < m_options.count) {
        const int64_t now = monotonicMicros();
        if (now >= deadline) {
            timedOut = true;
            break;
        }
        const int64_t due = dueBy(now);
        if (due > m_sent) {
            if (!sendBatch(std::min<int64_t>(due - m_sent, kBatch)))
                break;
            if (m_options.replies)
                drainReplies();
            continue;
        }
        sleepUntil(std::min(deadline, whenDue(std::min(m_options.count, m_sent + wakeQuantum))));
    }
    m_sendEnd = monotonicMicros();
    if (m_options.replies && !timedOut && m_fatalError.empty())
        awaitReplies(deadline);
    return result(timedOut);
}

int64_t UdpLoad::dueBy(int64_t now) const
{
    if (m_options.rate <= 0)
        return m_options.count;
    // The first datagram is due at once, the next one 1/rate later, and so on.
    const double due = 1.0 + std::floor(secondsBetween(m_start, now) * m_options.rate);
    return std::min<int64_t>(m_options.count, int64_t(due));
}

int64_t UdpLoad::whenDue(int64_t datagrams) const
{
    return m_start + int64_t(std::ceil(double(datagrams - 1) / m_options.rate * 1e6));
}

bool UdpLoad::sendBatch(int64_t wanted)
{
    mmsghdr messages[kBatch];
    iovec vectors[kBatch];
    std::memset(messages, 0, sizeof messages);
    for (int64_t i = 0; i < wanted; ++i) {
        std::string &payload = m_payloads[size_t(i)];
        payload.clear();
        const int64_t sequence = m_sent + 1 + i;
        if (m_options.size == 0)
            payload = burstMessage(sequence, m_options.count);
        else
            appendMessage(payload, sequence, m_options.count, m_options.size);
        vectors[i].iov_base = payload.data();
        vectors[i].iov_len = payload.size();
        messages[i].msg_hdr.msg_iov = &vectors[i];
        messages[i].msg_hdr.msg_iovlen = 1;
    }
    for (;;) {
        const int sent = ::sendmmsg(m_fd, messages, unsigned(wanted), 0);
        if (sent > 0) {
            m_sent += sent; // a partial batch: the rest goes with the next one
            return true;
        }
        if (errno == EINTR)
            continue;
        if (errno == ECONNREFUSED) {
            // An earlier datagram met a closed port; this call sent nothing. Count and retry.
            ++m_refused;
            return true;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS) {
            pollfd writable { m_fd, POLLOUT, 0 };
            ::poll(&writable, 1, 1);
            return true;
        }
        m_fatalError = "sendmmsg: " + errorName(errno);
        return false;
    }
}

void UdpLoad::drainReplies()
{
    static char buffers[kBatch][kReplyBytes];
    mmsghdr messages[kBatch];
    iovec vectors[kBatch];
    for (;;) {
        std::memset(messages, 0, sizeof messages);
        for (int i = 0; i < kBatch; ++i) {
            vectors[i].iov_base = buffers[i];
            vectors[i].iov_len = kReplyBytes;
            messages[i].msg_hdr.msg_iov = &vectors[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        const int received = ::recvmmsg(m_fd, messages, kBatch, MSG_DONTWAIT, nullptr);
        if (received <= 0) {
            if (received < 0 && errno == EINTR)
                continue;
            return; // EAGAIN, or an ICMP error: neither is a reply
        }
        m_replies += received;
        m_lastReply = monotonicMicros();
        if (received < kBatch)
            return;
    }
}

void UdpLoad::awaitReplies(int64_t deadline)
{
    // Replies still on their way: wait until all are back or none came for a second.
    m_lastReply = std::max(m_lastReply, m_sendEnd);
    while (m_replies < m_sent) {
        const int64_t now = monotonicMicros();
        if (now >= deadline || now - m_lastReply >= kReplyGraceMicros)
            return;
        pollfd readable { m_fd, POLLIN, 0 };
        ::poll(&readable, 1, 50);
        drainReplies();
    }
}

LoadResult UdpLoad::result(bool timedOut)
{
    const double elapsed = m_start > 0 ? secondsBetween(m_start, m_sendEnd) : 0.0;
    const double rate = elapsed > 0 ? double(m_sent) / elapsed : 0.0;
    LoadResult out;
    out.json.add("mode", "udp").add("host", m_options.host).add("port", m_options.port);
    if (m_options.rate > 0)
        out.json.add("rate_asked", m_options.rate);
    else
        out.json.add("rate_asked", "max");
    out.json.add("size", m_options.size)
        .add("offered", m_options.count)
        .add("sent", m_sent)
        .add("refused", m_refused)
        .add("elapsed_s", elapsed)
        .add("achieved_rate", rate)
        .add("timed_out", timedOut);
    if (m_options.replies)
        out.json.add("replies", m_replies);
    if (!m_fatalError.empty())
        out.json.add("error", m_fatalError);

    char replies[64] = "";
    if (m_options.replies)
        std::snprintf(replies, sizeof replies, "; %lld replies", static_cast<long long>(m_replies));
    char summary[512];
    std::snprintf(summary, sizeof summary, "udp %s:%d: %lld/%lld datagrams sent in %.2f s = %.0f/s (asked: %s)%s%s%s%s\n",
                  m_options.host.c_str(), m_options.port, static_cast<long long>(m_sent),
                  static_cast<long long>(m_options.count), elapsed, rate,
                  m_options.rate > 0 ? std::to_string(int64_t(m_options.rate)).c_str() : "max", replies,
                  timedOut ? "; reached --timeout" : "", m_fatalError.empty() ? "" : "; ", m_fatalError.c_str());
    out.summary = summary;
    out.complete = !timedOut && m_fatalError.empty() && m_sent == m_options.count
        && (!m_options.replies || m_replies == m_sent);
    return out;
}
