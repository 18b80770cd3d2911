#pragma once

#include "core/Criteria.h"
#include "scoring/TextFeatures.h"

#include <QString>

#include <span>
#include <vector>

namespace paperboy {

// One thing the criteria ask for or against, ready to be matched: a keyword
// ("Mixture of Experts (MoE)") or one item of a topic's description
// ("low-rank factorisation").
struct CriteriaTerm
{
    QString label; // as a comment shows it: "mixture of experts (MoE)"
    // Exact forms, as term-id sequences: the phrase and its acronym. Empty
    // for descriptive items (four or more words), which only match softly.
    std::vector<std::vector<int>> forms;
    // The distinct words of the term, ascending.
    std::vector<int> words;
    // Phrases of two or three words also match, more weakly, with their
    // words close together in any order ("compressing the model" for
    // "model compression").
    bool near = false;
    // Descriptions: how many of `words` must appear anywhere. 0 for phrases.
    int wordsNeeded = 0;
    float weight = 1;
    // Positive terms: the topics it belongs to; none for a keyword that
    // no topic's description repeats.
    std::vector<int> topics;
    int againstTopic = -1; // negative terms: the topic whose match it weakens; -1 for all
};

// The criteria turned into terms over a TermAnalyzer's ids. Build it before
// any paper goes through the analyzer: its words then hold the lowest ids,
// which keeps the per-paper counting arrays small.
class CriteriaTerms
{
public:
    CriteriaTerms(const Criteria &criteria, TermAnalyzer &analyzer);

    // Positive terms first, then negative ones.
    const std::vector<CriteriaTerm> &terms() const { return m_terms; }
    int positiveCount() const { return m_positiveCount; }
    bool isPositive(int term) const { return term < m_positiveCount; }
    int topicCount() const { return m_topicCount; }
    // Every criteria word has an id below this.
    int wordLimit() const { return m_wordLimit; }

    // Counts in one paper's term ids (a -1 separates title and abstract;
    // words before it count twice, as a title says more than a sentence of
    // the abstract): each term's exact occurrences into termTf, its near
    // ones into nearTf (both sized terms().size(); nearTf may be null when
    // not needed) and each criteria word's into wordTf[wordLimit()].
    void count(std::span<const int> tokens, float *termTf, float *nearTf, float *wordTf) const;

private:
    struct Role
    {
        bool positive = true;
        int topic = -1;
        int againstTopic = -1;
        float weight = 1;
    };
    static void addTerm(std::vector<CriteriaTerm> &list, const QString &text, const QString &acronym,
                        TermAnalyzer &analyzer, const Role &role);

    std::vector<CriteriaTerm> m_terms;
    int m_positiveCount = 0;
    int m_topicCount = 0;
    int m_wordLimit = 0;
    // For each criteria word: the (term, form) pairs whose exact form starts with it.
    std::vector<std::vector<std::pair<int, int>>> m_formsStartingWith;
    // For each criteria word: the near-matching terms whose phrase starts with it.
    std::vector<std::vector<int>> m_nearAnchoredAt;
};

} // namespace paperboy
