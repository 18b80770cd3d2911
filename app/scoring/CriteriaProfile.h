#pragma once

#include "core/Criteria.h"
#include "scoring/TextFeatures.h"

#include <span>
#include <vector>

namespace paperboy {

// The whole criteria text as one weighted query: every content word and
// every pair of adjacent content words of the topic names, what counts,
// the keywords and the upper relevance bands weigh for a paper; what does
// not count, the irrelevant keywords and the lower bands weigh against it.
// Where CriteriaTerms asks for the listed terms themselves, this catches a
// paper that speaks of the subject in other words ("mixture of experts"
// without "MoE": "experts", "routing", "sparse"), and it orders the many
// papers no listed term reaches.
class CriteriaProfile
{
public:
    // Build it right after CriteriaTerms, before any paper goes through the
    // analyzer, so that its words hold low ids too.
    CriteriaProfile(const Criteria &criteria, TermAnalyzer &analyzer);

    // Word and word-pair features; their tf arrays have this size.
    int featureCount() const { return int(m_weights.size()); }
    // Counts the features in one paper's term ids (a -1 separates title and
    // abstract; title words count twice) into tf[featureCount()], zeroed first.
    void count(std::span<const int> tokens, float *tf) const;

    // A paper's weighted BM25 score over the features: `df[f]` documents of
    // `documents` hold feature f. Positive on the subject, negative when what
    // the criteria turn away dominates; unbounded, about 5 for one specific
    // criteria word mentioned in passing.
    double score(const float *tf, float length, float averageLength, const std::vector<int> &df,
                 double documents) const;

private:
    void add(const QString &text, float weight, TermAnalyzer &analyzer);
    int feature(std::uint64_t key);

    std::vector<float> m_weights;     // by feature
    std::vector<int> m_featureOfWord; // by term id below m_wordLimit; -1 when none
    HashIndex m_pairs;                // (first id << 32 | second id) -> feature
    int m_wordLimit = 0;
};

} // namespace paperboy
