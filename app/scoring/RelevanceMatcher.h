#pragma once

#include "core/Criteria.h"
#include "scoring/CriteriaTerms.h"
#include "scoring/SparseCorpus.h"

#include <QString>

#include <vector>

namespace paperboy {

// How well one paper's title and abstract match the criteria.
struct RelevanceMatch
{
    // Unitless match strength: about 0.45 for one clear mention of one
    // specific term, 1 and more for a paper squarely on a topic, below 0
    // when the terms counted against dominate. OfflineScorer maps it to 1..10.
    double score = 0;
    QString comment; // "Matches <topic> (<terms>); also: <terms>"
};

// Scores term matches BM25-style: each criteria term's evidence in a paper
// is its saturated, length-normalised frequency (k1 = 1.2, b = 0.75) times
// its specificity, the BM25 idf scaled to 0..1 (terms in a quarter of the
// corpus count nothing, terms in under 1.5% count fully). A topic's match
// adds its terms' evidence with diminishing weight (1, 0.6, 0.36, ...),
// weakened by what the topic excludes; keywords outside every topic match
// as one more topic. The best topic counts fully and every other matched
// term at half weight; irrelevant keywords damp and then subtract.
class RelevanceMatcher
{
public:
    // A small corpus (no history yet) would call every word common; counting
    // it as at least this many papers, the extra ones without the term, keeps
    // specific words specific.
    static constexpr double kMinDocuments = 100;

    // `termDf[t]`: corpus documents holding an exact form of term t.
    RelevanceMatcher(const Criteria &criteria, const CriteriaTerms &terms, const SparseCorpus &corpus,
                     const std::vector<int> &termDf);

    // One paper: CriteriaTerms::count()'s arrays and the paper's length.
    struct Counts
    {
        const float *termTf = nullptr;
        const float *nearTf = nullptr;
        const float *wordTf = nullptr;
        float length = 0;
    };
    RelevanceMatch match(const Counts &counts) const;

private:
    double saturation(float tf, float length) const;
    double specificity(int df) const;
    double wordEvidence(int word, const float *wordTf, float length) const;
    double evidence(int term, const Counts &counts) const;
    QString describe(const std::vector<double> &evidence, const std::vector<double> &groupScore, int best,
                     double score, const Counts &counts) const;

    // Terms match in groups: the topics, then the keywords that belong to
    // no topic (a group without a name).
    QStringList m_groupNames;
    std::vector<std::vector<int>> m_groups; // per positive term
    const CriteriaTerms &m_terms;
    const SparseCorpus &m_corpus;
    const std::vector<int> &m_termDf;
    double m_documents = 0;
};

} // namespace paperboy
