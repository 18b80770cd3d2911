#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "scoring/CriteriaProfile.h"
#include "scoring/CriteriaTerms.h"
#include "scoring/RelevanceMatcher.h"
#include "scoring/SparseCorpus.h"
#include "scoring/TextFeatures.h"

#include <vector>

namespace paperboy {

// What one scoring run reads out of the text, in one pass on two threads:
// every paper's TF-IDF vector, the criteria terms' document frequencies,
// and for the papers being scored their criteria matches.
class ScoringCorpus
{
public:
    // `papers` become corpus documents in order; those in [scoredBegin,
    // scoredEnd) are the ones scored. countInDf[i]: whether paper i counts
    // in document frequencies (not a copy of another, not a feedback paper).
    ScoringCorpus(const Criteria &criteria, const std::vector<const Paper *> &papers, int scoredBegin,
                  int scoredEnd, const std::vector<bool> &countInDf);
    ScoringCorpus(const ScoringCorpus &) = delete;
    ScoringCorpus &operator=(const ScoringCorpus &) = delete;

    const CriteriaTerms &terms() const { return m_terms; }
    const SparseCorpus &corpus() const { return m_corpus; }
    // Documents holding an exact form of each criteria term.
    const std::vector<int> &termDf() const { return m_termDf; }
    // The matches of the i-th scored paper, for RelevanceMatcher.
    RelevanceMatcher::Counts counts(int i) const;
    // The i-th scored paper's score against the whole criteria text
    // (CriteriaProfile::score).
    double profileScore(int i) const;

private:
    TermAnalyzer m_analyzer;
    CriteriaTerms m_terms;     // built on m_analyzer: its words hold the lowest ids
    CriteriaProfile m_profile; // built next: its words hold the next ids
    SparseCorpus m_corpus;
    std::vector<int> m_termDf;
    int m_scoredBegin = 0;
    std::vector<float> m_termTf; // per scored paper, terms().terms().size() each
    std::vector<float> m_nearTf;
    std::vector<float> m_wordTf;    // per scored paper, terms().wordLimit() each
    std::vector<float> m_profileTf; // per scored paper, m_profile.featureCount() each
    std::vector<int> m_profileDf;
};

} // namespace paperboy
