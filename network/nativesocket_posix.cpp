#include "network/nativesocket.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

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

SystemError peerResetError()
{
    return EPIPE;
}

} // namespace NativeSocket
