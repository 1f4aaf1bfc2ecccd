#include "app/filedescriptorlimit.h"

#include <QtGlobal>

#include <algorithm>

#include <sys/resource.h>

long FileDescriptorLimit::raiseSoftLimit(long cap)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const rlim_t wanted = std::min<rlim_t>(limit.rlim_max, rlim_t(cap));
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
            getrlimit(RLIMIT_NOFILE, &limit);
    }
    return long(limit.rlim_cur);
}
