#include "network/nativesocket.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "network/socketaddressends.h" // after the socket headers

namespace NativeSocket {

AcceptResult accept(qintptr listening, qintptr *accepted, SystemError *error)
{
    const int descriptor = ::accept4(int(listening), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (descriptor >= 0) {
        *accepted = descriptor;
        return AcceptResult::Accepted;
    }
    *error = errno;
    if (*error == EINTR || *error == ECONNABORTED)
        return AcceptResult::ClientLeft;
    if (*error == EAGAIN || *error == EWOULDBLOCK)
        return AcceptResult::NothingWaiting;
    return AcceptResult::Failed;
}

void close(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(int(descriptor));
}

bool endpoints(qintptr descriptor, Endpoint *local, Endpoint *remote)
{
    return SocketAddressEnds::read<socklen_t>(::getsockname, int(descriptor), local)
        && SocketAddressEnds::read<socklen_t>(::getpeername, int(descriptor), remote);
}

qintptr duplicate(qintptr descriptor)
{
    if (descriptor < 0)
        return kNone;
    return ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0); // -1 (out of files): none
}

void resetOnClose(qintptr descriptor)
{
    struct linger lingerOption { 1, 0 };
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
}

SendResult sendSome(qintptr descriptor, const char *data, qint64 size, qint64 *sent, SystemError *error)
{
    for (;;) {
        const ssize_t result = ::send(int(descriptor), data, size_t(size), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (result >= 0) {
            *sent = result;
            return SendResult::Sent;
        }
        *error = errno;
        if (*error == EINTR)
            continue;
        if (*error == EAGAIN || *error == EWOULDBLOCK)
            return SendResult::WouldBlock;
        return SendResult::Failed;
    }
}

LabError labError(SystemError error)
{
    switch (error) {
    case EMFILE:
    case ENFILE:
    case ENOBUFS:
    case ENOMEM:
        return LabError::TooManyOpenFiles;
    case EACCES:
    case EPERM:
        return LabError::PermissionDenied;
    case EADDRINUSE:
        return LabError::AddressInUse;
    case EADDRNOTAVAIL:
        return LabError::AddressNotAvailable;
    case ECONNREFUSED:
        return LabError::ConnectionRefused;
    case ECONNRESET:
    case EPIPE:
        return LabError::ConnectionReset;
    case ETIMEDOUT:
        return LabError::Timeout;
    case ENETUNREACH:
    case EHOSTUNREACH:
        return LabError::NetworkUnreachable;
    default:
        return LabError::Other;
    }
}

QString errorText(SystemError error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

qintptr keepWitness(qintptr socketDescriptor)
{
    // Only while descriptors are plentiful: a server short of them needs each for a client.
    const qintptr witness = duplicate(socketDescriptor);
    rlimit limit {};
    if (witness >= 0 && ::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
        && rlim_t(witness) >= limit.rlim_cur / 4) {
        close(witness);
        return kNone;
    }
    return witness;
}

PeerClose howPeerClosed(qintptr witness)
{
    if (witness < 0)
        return PeerClose::Unknown;
    tcp_info info {};
    socklen_t size = sizeof info;
    if (::getsockopt(int(witness), IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return PeerClose::Unknown;
    // A FIN leaves the socket in CLOSE-WAIT until we close; a RST moves it to CLOSED at once.
    return info.tcpi_state == TCP_CLOSE ? PeerClose::Reset : PeerClose::Orderly;
}

bool isPeerReset(SystemError error)
{
    return error == EPIPE || error == ECONNRESET;
}

SystemError peerResetError()
{
    return EPIPE;
}

} // namespace NativeSocket
