#include "latencyrecorder.h"

#include <algorithm>
#include <cmath>

uint32_t LatencyRecorder::percentile(double fraction)
{
    if (m_samples.empty())
        return 0;
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    }
    // Nearest rank: the smallest sample with at least `fraction` of the samples at or below it.
    const double rank = std::ceil(fraction * double(m_samples.size()));
    const size_t index = rank < 1 ? 0 : std::min(m_samples.size() - 1, size_t(rank) - 1);
    return m_samples[index];
}

uint32_t LatencyRecorder::maximum()
{
    return percentile(1.0);
}
