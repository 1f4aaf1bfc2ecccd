#include "processmemory.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <malloc.h>

namespace ProcessMemory {

double residentMegabytes()
{
    FILE *status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    long kilobytes = 0;
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0) {
            kilobytes = std::strtol(line + 6, nullptr, 10);
            break;
        }
    }
    std::fclose(status);
    return kilobytes / 1024.0;
}

void returnFreedMemory()
{
    malloc_trim(0);
}

} // namespace ProcessMemory
