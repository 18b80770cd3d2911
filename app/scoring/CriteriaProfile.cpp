#include "scoring/CriteriaProfile.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace paperboy {

namespace {

// How much each part of the criteria says. The names of topics and the
// keywords are the person's own short list; what counts is longer and
// looser; the rubric's upper bands mostly describe, in general words, what
// makes a paper strong. Against: the irrelevant keywords as firmly as the
// relevant ones, what does not count and the lower bands more softly, as
// they mix in words of the subject ("using existing architectures for a task").
constexpr float kTopicNameWeight = 2.0f;
constexpr float kRelevantWeight = 1.5f;
constexpr float kKeywordWeight = 2.0f;
constexpr float kUpperBandWeight = 0.5f;
constexpr float kIrrelevantWeight = -1.0f;
constexpr float kIrrelevantKeywordWeight = -2.0f;
constexpr float kLowerBandWeight = -0.5f;
// A band from this relevance up describes what the person wants; up to
// kLowerBandHigh, what they do not.
constexpr int kUpperBandLow = 7;
constexpr int kLowerBandHigh = 4;
// A word the criteria repeat matters more, up to this many keyword's worth:
// "model" or "learning" recur everywhere and must not outweigh the subject.
constexpr float kMaxWeight = 3.0f;
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

std::uint64_t pairKey(int first, int second)
{
    return (std::uint64_t(std::uint32_t(first)) << 32) | std::uint32_t(second);
}

// "Merely using existing architectures ... without insights into the
// structure": what follows a negation names what the paper lacks, which is
// what the person wants, so it is left out of the text weighed.
QString beforeNegation(const QString &text)
{
    static const QRegularExpression negation(QStringLiteral("\\b(?:without|lacking|lack|no|not)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = negation.match(text);
    return m.hasMatch() ? text.left(m.capturedStart()) : text;
}

} // namespace

CriteriaProfile::CriteriaProfile(const Criteria &criteria, TermAnalyzer &analyzer)
{
    for (const Criteria::Topic &topic : criteria.topics) {
        add(topic.name, kTopicNameWeight, analyzer);
        add(topic.relevant, kRelevantWeight, analyzer);
        add(topic.irrelevant, kIrrelevantWeight, analyzer);
    }
    for (const QString &keyword : criteria.relevantKeywords)
        add(keyword, kKeywordWeight, analyzer);
    for (const QString &keyword : criteria.irrelevantKeywords)
        add(keyword, kIrrelevantKeywordWeight, analyzer);
    for (const Criteria::Band &band : criteria.relevanceRubric) {
        const QString text = band.definition + QLatin1Char('\n') + band.examples;
        if (band.low >= kUpperBandLow)
            add(text, kUpperBandWeight, analyzer);
        else if (band.high <= kLowerBandHigh)
            add(text, kLowerBandWeight, analyzer);
    }
    for (float &w : m_weights)
        w = std::clamp(w, -kMaxWeight, kMaxWeight);
}

int CriteriaProfile::feature(std::uint64_t key)
{
    const int found = m_pairs.find(key);
    if (found != HashIndex::kMissing)
        return found;
    m_pairs.insert(key, int(m_weights.size()));
    m_weights.push_back(0.0f);
    return int(m_weights.size()) - 1;
}

void CriteriaProfile::add(const QString &text, float weight, TermAnalyzer &analyzer)
{
    // Sentences and list items apart, so that pairs never span two of them.
    static const QRegularExpression separators(QStringLiteral("[,;:.!?/()\\n]"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString kept = weight < 0 ? beforeNegation(part) : part;
        int previous = -1;
        for (const QString &stem : contentStems(kept)) {
            const int id = analyzer.internStem(stem);
            m_wordLimit = std::max(m_wordLimit, id + 1);
            if (int(m_featureOfWord.size()) < m_wordLimit)
                m_featureOfWord.resize(m_wordLimit, -1);
            // A generic word ("method") alone says nothing; inside a pair it does.
            if (!isGenericStem(stem)) {
                if (m_featureOfWord[id] < 0) {
                    m_featureOfWord[id] = int(m_weights.size());
                    m_weights.push_back(0.0f);
                }
                m_weights[m_featureOfWord[id]] += weight;
            }
            if (previous >= 0 && previous != id)
                m_weights[feature(pairKey(previous, id))] += weight;
            previous = id;
        }
    }
}

void CriteriaProfile::count(std::span<const int> tokens, float *tf) const
{
    std::fill(tf, tf + m_weights.size(), 0.0f);
    float share = 2; // title words count twice
    int previous = -1;
    for (const int id : tokens) {
        if (id < 0) {
            share = 1;
            previous = -1;
            continue;
        }
        if (id < m_wordLimit) {
            if (m_featureOfWord[id] >= 0)
                tf[m_featureOfWord[id]] += share;
            if (previous >= 0) {
                const int pair = m_pairs.find(pairKey(previous, id));
                if (pair != HashIndex::kMissing)
                    tf[pair] += share;
            }
            previous = id;
        } else {
            previous = -1;
        }
    }
}

double CriteriaProfile::score(const float *tf, float length, float averageLength, const std::vector<int> &df,
                              double documents) const
{
    const double norm = kK1 * (1 - kB + kB * length / std::max(1.0f, averageLength));
    double sum = 0;
    for (int f = 0; f < int(m_weights.size()); ++f) {
        if (tf[f] <= 0 || m_weights[f] == 0)
            continue;
        const double idf = std::log(1.0 + (documents - df[f] + 0.5) / (df[f] + 0.5));
        sum += m_weights[f] * idf * tf[f] * (kK1 + 1) / (tf[f] + norm);
    }
    return sum;
}

} // namespace paperboy
