#include "app/filedescriptorlimit.h"

#include <QtGlobal>

long FileDescriptorLimit::raiseSoftLimit(long cap)
{
    // Winsock has no per-process limit on sockets to raise: memory is the limit.
    Q_UNUSED(cap);
    return -1;
}
