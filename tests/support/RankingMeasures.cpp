#include "support/RankingMeasures.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace paperboy::test {

namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

// Papers grouped by equal score, highest score first.
struct TieGroup
{
    long positives = 0;
    long negatives = 0;
};

std::vector<TieGroup> groupsHighestFirst(const std::vector<double> &scores, const std::vector<bool> &positive)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    std::vector<TieGroup> groups;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || scores[order[i]] != scores[order[i - 1]])
            groups.emplace_back();
        (positive[order[i]] ? groups.back().positives : groups.back().negatives) += 1;
    }
    return groups;
}

struct PairCounts
{
    double won = 0; // positive above negative, ties counted half
    double tied = 0;
    double all = 0;
};

PairCounts countPairs(const std::vector<double> &scores, const std::vector<bool> &positive)
{
    const std::vector<TieGroup> groups = groupsHighestFirst(scores, positive);
    long negativesBelow = 0;
    for (const TieGroup &g : groups)
        negativesBelow += g.negatives;
    long positives = 0;
    PairCounts pairs;
    for (const TieGroup &g : groups) {
        negativesBelow -= g.negatives;
        const double tied = double(g.positives) * double(g.negatives);
        pairs.won += double(g.positives) * double(negativesBelow) + 0.5 * tied;
        pairs.tied += tied;
        positives += g.positives;
    }
    pairs.all = double(positives) * double(long(scores.size()) - positives);
    return pairs;
}

} // namespace

double rocAuc(const std::vector<double> &scores, const std::vector<bool> &positive)
{
    const PairCounts pairs = countPairs(scores, positive);
    return pairs.all > 0 ? pairs.won / pairs.all : kUndefined;
}

double tiedPairShare(const std::vector<double> &scores, const std::vector<bool> &positive)
{
    const PairCounts pairs = countPairs(scores, positive);
    return pairs.all > 0 ? pairs.tied / pairs.all : kUndefined;
}

double precisionAtK(const std::vector<double> &scores, const std::vector<bool> &positive, int k)
{
    k = std::min(k, int(scores.size()));
    if (k < 1)
        return kUndefined;
    double hits = 0;
    long taken = 0;
    for (const TieGroup &g : groupsHighestFirst(scores, positive)) {
        const long size = g.positives + g.negatives;
        const long fits = std::min(size, long(k) - taken);
        hits += double(g.positives) * double(fits) / double(size);
        taken += fits;
        if (taken == k)
            break;
    }
    return hits / double(k);
}

} // namespace paperboy::test
