#pragma once

#include "network/labevent.h"

#include <QString>
#include <QtGlobal>

// The few socket calls SocketLab makes itself, below Qt, with one meaning on every system:
// nativesocket_posix.cpp (Linux) and nativesocket_win.cpp (Winsock) implement them.
// Descriptors are qintptr (a SOCKET is 64 bits wide on Windows); -1 is "none".
namespace NativeSocket {

constexpr qintptr kNone = -1;

// What a failed call left behind: errno, or WSAGetLastError() on Windows.
using SystemError = int;

enum class AcceptResult {
    Accepted,
    NothingWaiting, // the backlog is empty (EAGAIN / WSAEWOULDBLOCK)
    ClientLeft,     // a client reset while it waited, or a signal: take the next one
    Failed          // out of descriptors or memory: `error` says which
};

// Takes one connection from a listening socket's backlog, non-blocking and not inherited by
// child processes.
AcceptResult accept(qintptr listening, qintptr *accepted, SystemError *error);

void close(qintptr descriptor);

// The two ends of a connected socket (getsockname, getpeername); false if the system refused.
bool endpoints(qintptr descriptor, Endpoint *local, Endpoint *remote);

// A second descriptor of the same socket (kNone where the system has no such thing: Windows).
qintptr duplicate(qintptr descriptor);

// SO_LINGER with a zero time: the socket's last close sends RST instead of FIN.
void resetOnClose(qintptr descriptor);

enum class SendResult { Sent, WouldBlock, Failed };
// Sends what the kernel takes now, without blocking and without SIGPIPE; *sent bytes went.
SendResult sendSome(qintptr descriptor, const char *data, qint64 size, qint64 *sent, SystemError *error);

// The error a student can act on, for a system error number (EADDRINUSE and WSAEADDRINUSE
// both read "port already in use").
LabError labError(SystemError error);
// The system's own words for it, in the user's language where the system has them.
QString errorText(SystemError error);
// A descriptor of a connected TCP socket, kept beside Qt's (a duplicate), to tell how the peer
// ended the connection: Qt reads a reset (ECONNRESET, WSAECONNRESET) as an orderly end of
// stream and closes its descriptor at once, while the kernel's socket still knows. None while
// descriptors run short (a quarter of the process's limit in use): clients come first.
qintptr keepWitness(qintptr socketDescriptor);
enum class PeerClose {
    Orderly, // FIN: the kernel's socket is in CLOSE-WAIT
    Reset,   // RST: the kernel's socket went straight to CLOSED
    Unknown  // no witness (Windows, out of files)
};
PeerClose howPeerClosed(qintptr witness);
// True for the errors a send gets from a socket the peer reset (EPIPE, ECONNRESET).
bool isPeerReset(SystemError error);

// What a peer that reset looks like (EPIPE / WSAECONNRESET), for a send that failed silently.
SystemError peerResetError();

} // namespace NativeSocket
