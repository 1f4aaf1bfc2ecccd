#include "network/kernelsockettable.h"

// Linux: netlink sock_diag (what ss uses), /proc/net/* as the fallback, and the owners of the
// sockets from /proc/<pid>/fd.

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

// One dump of the kernel's sockets of a family and protocol over NETLINK_SOCK_DIAG, the
// interface ss uses. Unlike /proc it reports a LISTEN socket's backlog limit (idiag_wqueue).
// Returns false when netlink or this table's diag module is missing: the caller reads /proc.
bool dumpSockDiag(Transport transport, bool ipv6, QList<KernelSocket> *out)
{
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return false;
    // It runs on the network thread: never wait long for a kernel that does not answer.
    timeval timeout {};
    timeout.tv_sec = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);

    struct {
        nlmsghdr header;
        inet_diag_req_v2 body;
    } request {};
    request.header.nlmsg_len = sizeof request;
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.header.nlmsg_seq = 1;
    request.body.sdiag_family = ipv6 ? AF_INET6 : AF_INET;
    request.body.sdiag_protocol = transport == Transport::Tcp ? IPPROTO_TCP : IPPROTO_UDP;
    request.body.idiag_states = ~0u; // every state, TIME-WAIT and SYN-RECV included

    sockaddr_nl kernel {};
    kernel.nl_family = AF_NETLINK;
    if (::sendto(fd, &request, sizeof request, 0, reinterpret_cast<const sockaddr *>(&kernel), sizeof kernel) < 0) {
        ::close(fd);
        return false;
    }

    QList<KernelSocket> found;
    alignas(nlmsghdr) char buffer[32768];
    for (;;) {
        const ssize_t received = ::recv(fd, buffer, sizeof buffer, 0);
        if (received < 0 && errno == EINTR)
            continue;
        if (received <= 0) {
            ::close(fd);
            return false;
        }
        ssize_t length = received;
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer); NLMSG_OK(header, length);
             header = NLMSG_NEXT(header, length)) {
            if (header->nlmsg_type == NLMSG_DONE) {
                ::close(fd);
                out->append(found);
                return true;
            }
            if (header->nlmsg_type == NLMSG_ERROR) {
                ::close(fd);
                return false;
            }
            if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY
                || header->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                continue;
            const auto *message = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
            KernelSocket socket;
            socket.transport = transport;
            const auto address = [&](const __be32 *words) {
                if (message->idiag_family == AF_INET6)
                    return QHostAddress(reinterpret_cast<const quint8 *>(words));
                return QHostAddress(qFromBigEndian<quint32>(words[0]));
            };
            socket.local = Endpoint(address(message->id.idiag_src), qFromBigEndian<quint16>(message->id.idiag_sport));
            socket.remote = Endpoint(address(message->id.idiag_dst), qFromBigEndian<quint16>(message->id.idiag_dport));
            socket.state = KernelSocketTable::stateFromLinuxCode(transport, message->idiag_state);
            socket.receiveQueue = message->idiag_rqueue;
            socket.sendQueue = message->idiag_wqueue;
            socket.inode = message->idiag_inode;
            found.append(socket);
        }
    }
}

// Plain read() with a large buffer, until the first 0: each read() of /proc/net/tcp that
// reaches the end walks the kernel's whole established hash (262,144 buckets on a 24 GB
// machine, ~1.7 ms a walk); QFile::readAll() reads in smaller steps and twice at the end,
// which made the fallback 1.5 times slower.
QByteArray readWholeFile(const char *path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray content;
    char chunk[65536];
    for (;;) {
        const ssize_t length = ::read(fd, chunk, sizeof chunk);
        if (length < 0 && errno == EINTR)
            continue;
        if (length <= 0)
            break;
        content.append(chunk, int(length));
    }
    ::close(fd);
    return content;
}

// Where an inode was last seen: verifying one readlink is much cheaper than scanning every
// process's descriptors again, and socket inode numbers are not reused while the socket lives.
struct FdLocation
{
    qint64 pid = -1;
    int fd = -1;
};

struct OwnerCache
{
    QMutex mutex;
    QHash<quint64, FdLocation> located;
    // Inodes a full scan did not find (another user's process, or a socket in flight between
    // processes): scanned for again only after kRetryUnresolvedMs, so that a socket we may not
    // see does not cost a full scan twice a second.
    QHash<quint64, qint64> unresolvedSince;
    QElapsedTimer clock;
};

constexpr qint64 kRetryUnresolvedMs = 3000;

OwnerCache &ownerCache()
{
    static OwnerCache cache;
    return cache;
}

// readlink() result "socket:[12345]" -> 12345, 0 for anything else.
quint64 socketInode(const char *link, ssize_t length)
{
    static const char prefix[] = "socket:[";
    constexpr ssize_t prefixLength = sizeof prefix - 1;
    if (length <= prefixLength + 1 || std::memcmp(link, prefix, prefixLength) != 0 || link[length - 1] != ']')
        return 0;
    quint64 inode = 0;
    for (ssize_t i = prefixLength; i < length - 1; ++i) {
        if (link[i] < '0' || link[i] > '9')
            return 0;
        inode = inode * 10 + quint64(link[i] - '0');
    }
    return inode;
}

bool fdHoldsInode(const FdLocation &location, quint64 inode)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/fd/%d", static_cast<long long>(location.pid), location.fd);
    char link[64];
    const ssize_t length = ::readlink(path, link, sizeof link);
    return length > 0 && socketInode(link, length) == inode;
}

// Looks through one process's descriptors for the inodes still wanted (skipped if unreadable).
void scanProcess(qint64 pid, QSet<quint64> &wanted, QHash<quint64, FdLocation> &found)
{
    char path[48];
    std::snprintf(path, sizeof path, "/proc/%lld/fd", static_cast<long long>(pid));
    const int dirFd = ::open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return; // another user's process, or it just ended
    DIR *dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return;
    }
    char link[64];
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        const ssize_t length = ::readlinkat(dirFd, entry->d_name, link, sizeof link);
        if (length <= 0)
            continue;
        const quint64 inode = socketInode(link, length);
        if (inode == 0 || !wanted.contains(inode))
            continue;
        found.insert(inode, FdLocation { pid, std::atoi(entry->d_name) });
        wanted.remove(inode);
        if (wanted.isEmpty())
            break;
    }
    ::closedir(dir); // closes dirFd too
}

void scanAllProcesses(QSet<quint64> wanted, QHash<quint64, FdLocation> &found)
{
    // The lab's sockets are usually SocketLab's own: look there first, often that is all.
    const qint64 self = ::getpid();
    scanProcess(self, wanted, found);
    if (wanted.isEmpty())
        return;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return;
    while (const dirent *entry = ::readdir(proc)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        const qint64 pid = std::atoll(entry->d_name);
        if (pid == self)
            continue;
        scanProcess(pid, wanted, found);
        if (wanted.isEmpty())
            break;
    }
    ::closedir(proc);
}

QString processName(qint64 pid)
{
    char path[48];
    std::snprintf(path, sizeof path, "/proc/%lld/comm", static_cast<long long>(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char name[64];
    const ssize_t length = ::read(fd, name, sizeof name);
    ::close(fd);
    if (length <= 0)
        return {};
    return QString::fromUtf8(name, int(length)).trimmed();
}

void resolveOwners(QList<KernelSocket> &sockets)
{
    QSet<quint64> needed;
    for (const KernelSocket &socket : std::as_const(sockets)) {
        if (socket.inode != 0)
            needed.insert(socket.inode);
    }
    if (needed.isEmpty())
        return;

    OwnerCache &cache = ownerCache();
    QMutexLocker locker(&cache.mutex);
    if (!cache.clock.isValid())
        cache.clock.start();
    const qint64 now = cache.clock.elapsed();

    QHash<quint64, FdLocation> owners;
    QSet<quint64> missing;
    bool retryDue = false;
    for (const quint64 inode : std::as_const(needed)) {
        const auto known = cache.located.constFind(inode);
        if (known != cache.located.constEnd() && fdHoldsInode(known.value(), inode)) {
            owners.insert(inode, known.value());
            continue;
        }
        missing.insert(inode);
        const auto since = cache.unresolvedSince.constFind(inode);
        if (since == cache.unresolvedSince.constEnd() || now - since.value() >= kRetryUnresolvedMs)
            retryDue = true;
    }
    if (retryDue) {
        QHash<quint64, FdLocation> found;
        scanAllProcesses(missing, found);
        for (auto it = found.constBegin(); it != found.constEnd(); ++it)
            owners.insert(it.key(), it.value());
        for (const quint64 inode : std::as_const(missing)) {
            if (!found.contains(inode))
                cache.unresolvedSince.insert(inode, now);
        }
    }

    // Forget sockets that are gone, so the cache stays as small as the table.
    cache.located = owners;
    for (auto it = cache.unresolvedSince.begin(); it != cache.unresolvedSince.end();) {
        if (needed.contains(it.key()) && !owners.contains(it.key()))
            ++it;
        else
            it = cache.unresolvedSince.erase(it);
    }
    locker.unlock();

    QHash<qint64, QString> names;
    for (KernelSocket &socket : sockets) {
        const auto owner = owners.constFind(socket.inode);
        if (socket.inode == 0 || owner == owners.constEnd())
            continue;
        socket.pid = owner->pid;
        // Read each time: an exec() keeps the pid and changes the name.
        auto name = names.find(owner->pid);
        if (name == names.end())
            name = names.insert(owner->pid, processName(owner->pid));
        socket.process = name.value();
    }
}

} // namespace

bool KernelSocketTable::isAvailable()
{
    return QFileInfo(QStringLiteral("/proc/net/tcp")).isReadable();
}

QList<KernelSocket> KernelSocketTable::read(quint16 port, ReadOptions options)
{
    struct Table
    {
        Transport transport;
        bool ipv6;
        const char *path;
    };
    static const Table tables[] = {
        { Transport::Tcp, false, "/proc/net/tcp" },
        { Transport::Tcp, true, "/proc/net/tcp6" },
        { Transport::Udp, false, "/proc/net/udp" },
        { Transport::Udp, true, "/proc/net/udp6" },
    };
    QList<KernelSocket> sockets;
    for (const Table &table : tables) {
        if ((options & ProcFilesOnly) || !dumpSockDiag(table.transport, table.ipv6, &sockets))
            sockets.append(parse(readWholeFile(table.path), table.transport, table.ipv6));
    }

    // Before filtering: whether a connection waits depends on the LISTEN row, not on the port.
    markWaitingInBacklog(sockets);
    keepOnlyPort(sockets, port);
    if (!(options & SkipOwners))
        resolveOwners(sockets);
    return sockets;
}
