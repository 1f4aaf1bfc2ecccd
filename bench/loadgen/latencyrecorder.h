#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

// Every latency sample of a run, in microseconds, so the percentiles are exact rather than
// bucketed. Runs are bounded in count (options.cpp), which bounds the memory too.
class LatencyRecorder
{
public:
    void reserve(size_t count) { m_samples.reserve(count); }
    void add(int64_t micros) { m_samples.push_back(micros < 0 ? 0 : uint32_t(micros > UINT32_MAX ? UINT32_MAX : micros)); }
    size_t count() const { return m_samples.size(); }

    // 0 when there is no sample. fraction in [0, 1]: 0.5 is the median, 0.99 the 99th percentile.
    // Sorts the samples on first use.
    uint32_t percentile(double fraction);
    uint32_t maximum();

private:
    std::vector<uint32_t> m_samples;
    bool m_sorted = false;
};
