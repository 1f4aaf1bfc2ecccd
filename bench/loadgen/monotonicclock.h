#pragma once

#include <cstdint>
#include <ctime>

// Microseconds on CLOCK_MONOTONIC: latencies and pacing must not jump with the wall clock.
inline int64_t monotonicMicros()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return int64_t(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

inline double secondsBetween(int64_t startMicros, int64_t endMicros)
{
    return double(endMicros - startMicros) / 1e6;
}
