#include "tests/support/descriptors.h"

#include <winsock2.h>
#include <windows.h>

int openFileDescriptors()
{
    DWORD handles = 0;
    ::GetProcessHandleCount(::GetCurrentProcess(), &handles);
    return int(handles);
}

int openSockets()
{
    // Windows has no list of a process's sockets, but a SOCKET is a handle, and handles are
    // small multiples of 4 handed out lowest-free-first (Windows and Wine): every value up to
    // well past the handle count is asked whether it is a socket.
    const SOCKET last = SOCKET(4 * (openFileDescriptors() + 1024));
    int sockets = 0;
    for (SOCKET candidate = 4; candidate <= last; candidate += 4) {
        int type = 0;
        int length = sizeof type;
        if (::getsockopt(candidate, SOL_SOCKET, SO_TYPE, reinterpret_cast<char *>(&type), &length) == 0)
            ++sockets;
    }
    return sockets;
}
