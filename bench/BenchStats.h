#pragma once

#include <QList>

#include <algorithm>

namespace paperboy::bench {

// Median and spread of repeated timings: medians, not means, because these
// machines are shared and a single slow run says little.
struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

inline Stats summarize(QList<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {median, v.first(), v.last()};
}

} // namespace paperboy::bench
