#include "network/nativesocket.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include "network/socketaddressends.h" // after the socket headers

namespace NativeSocket {

AcceptResult accept(qintptr listening, qintptr *accepted, SystemError *error)
{
    // Winsock gives an accepted socket the listening one's non-blocking mode, and its handles
    // are not inherited unless asked for.
    const SOCKET socket = ::accept(SOCKET(listening), nullptr, nullptr);
    if (socket != INVALID_SOCKET) {
        *accepted = qintptr(socket);
        return AcceptResult::Accepted;
    }
    *error = ::WSAGetLastError();
    if (*error == WSAEINTR || *error == WSAECONNRESET || *error == WSAECONNABORTED)
        return AcceptResult::ClientLeft;
    if (*error == WSAEWOULDBLOCK)
        return AcceptResult::NothingWaiting;
    return AcceptResult::Failed;
}

void close(qintptr descriptor)
{
    if (descriptor >= 0)
        ::closesocket(SOCKET(descriptor));
}

bool endpoints(qintptr descriptor, Endpoint *local, Endpoint *remote)
{
    return SocketAddressEnds::read<int>(::getsockname, SOCKET(descriptor), local)
        && SocketAddressEnds::read<int>(::getpeername, SOCKET(descriptor), remote);
}

qintptr duplicate(qintptr descriptor)
{
    // WSADuplicateSocket() is meant for another process; Qt's own close of the original still
    // ends the connection for both. So nothing is kept: see SpareDescriptor.
    Q_UNUSED(descriptor);
    return kNone;
}

void resetOnClose(qintptr descriptor)
{
    struct linger lingerOption { 1, 0 };
    ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&lingerOption),
                 sizeof lingerOption);
}

SendResult sendSome(qintptr descriptor, const char *data, qint64 size, qint64 *sent, SystemError *error)
{
    const int result = ::send(SOCKET(descriptor), data, int(qMin<qint64>(size, 1 << 30)), 0);
    if (result != SOCKET_ERROR) {
        *sent = result;
        return SendResult::Sent;
    }
    *error = ::WSAGetLastError();
    return *error == WSAEWOULDBLOCK ? SendResult::WouldBlock : SendResult::Failed;
}

LabError labError(SystemError error)
{
    switch (error) {
    case WSAEMFILE:
    case WSAENOBUFS:
    case ERROR_NOT_ENOUGH_MEMORY:
        return LabError::TooManyOpenFiles;
    case WSAEACCES:
        return LabError::PermissionDenied;
    case WSAEADDRINUSE:
        return LabError::AddressInUse;
    case WSAEADDRNOTAVAIL:
        return LabError::AddressNotAvailable;
    case WSAECONNREFUSED:
        return LabError::ConnectionRefused;
    case WSAECONNRESET:
    case WSAECONNABORTED:
        return LabError::ConnectionReset;
    case WSAETIMEDOUT:
        return LabError::Timeout;
    case WSAENETUNREACH:
    case WSAEHOSTUNREACH:
        return LabError::NetworkUnreachable;
    default:
        return LabError::Other;
    }
}

QString errorText(SystemError error)
{
    wchar_t *text = nullptr;
    const DWORD length = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                              | FORMAT_MESSAGE_IGNORE_INSERTS,
                                          nullptr, DWORD(error), 0, reinterpret_cast<LPWSTR>(&text), 0, nullptr);
    QString message = length > 0 ? QString::fromWCharArray(text, int(length)).trimmed()
                                 : QStringLiteral("Winsock error %1").arg(error);
    ::LocalFree(text);
    return message;
}

qintptr keepWitness(qintptr socketDescriptor)
{
    // No second descriptor on Windows (see duplicate()): a reset reads as an orderly close
    // there, except where a send meets it (isPeerReset).
    Q_UNUSED(socketDescriptor);
    return kNone;
}

PeerClose howPeerClosed(qintptr witness)
{
    Q_UNUSED(witness);
    return PeerClose::Unknown;
}

bool isPeerReset(SystemError error)
{
    return error == WSAECONNRESET || error == WSAECONNABORTED;
}

SystemError peerResetError()
{
    return WSAECONNRESET;
}

} // namespace NativeSocket
