#pragma once

// Test support: plain socket calls below Qt, on 127.0.0.1, for the peers that make faults a Qt
// socket would not make on purpose (half-close, RST, never reading, blocking clients that need
// no event loop). rawsocket_berkeley.cpp holds the calls both systems share; rawsocket_posix.cpp
// and rawsocket_win.cpp (Winsock) the rest, chosen in tests/CMakeLists.txt, so the same tests
// build for Linux and for Windows under Wine.
#include <QString>
#include <QtGlobal>

namespace RawSocket {

// A socket descriptor, or a Windows SOCKET (64 bits wide); kNone when there is none.
using Descriptor = qintptr;
constexpr Descriptor kNone = -1;

// A blocking IPv4 TCP socket; kNone on failure.
Descriptor openTcp();
// SO_RCVBUF, before connect(): a peer that never reads fills its window soon.
bool setReceiveBuffer(Descriptor socket, int bytes);
// Blocking connect() to 127.0.0.1:port.
bool connectToLoopback(Descriptor socket, quint16 port);
// bind() to 127.0.0.1 on a port the kernel picks, then listen(backlog).
bool listenOnLoopback(Descriptor socket, int backlog);
// The socket's own port (getsockname()); 0 on failure.
quint16 localPort(Descriptor socket);
// One connection from a listening socket, non-blocking when asked; kNone when none waits (on a
// non-blocking listener) or on failure.
Descriptor accept(Descriptor listening, bool nonBlocking);
bool setNonBlocking(Descriptor socket);

// True when something (data, FIN or RST) can be read within timeoutMs.
bool waitReadable(Descriptor socket, int timeoutMs);
// send() that never raises SIGPIPE: bytes sent, or -1 (lastError() says why).
qint64 send(Descriptor socket, const char *data, qint64 size);
// What the kernel takes now without blocking: bytes sent, 0 when its buffer is full or on error.
qint64 sendNow(Descriptor socket, const char *data, qint64 size);
// One recv(): bytes read, 0 after the peer's FIN, -1 on error (lastError() says why).
qint64 receive(Descriptor socket, char *buffer, qint64 size);
// shutdown() of the sending side: our FIN goes out, and we can still read.
bool shutdownWrite(Descriptor socket);
// close() with SO_LINGER 0: the kernel sends RST and drops whatever was not sent.
void resetClose(Descriptor socket);
void close(Descriptor socket);

// errno, or WSAGetLastError() on Windows, of the last call that failed; and its words.
int lastError();
QString errorText(int error);
// What a reset connection reports: ECONNRESET, or WSAECONNRESET on Windows.
int connectionResetError();
// What a non-blocking call with nothing to do reports: EAGAIN, or WSAEWOULDBLOCK.
int wouldBlockError();

} // namespace RawSocket
