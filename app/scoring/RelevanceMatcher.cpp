#include "scoring/RelevanceMatcher.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace paperboy {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
// Specificity ramps from idf ln(4) (a quarter of the papers) to ln(1/0.015).
const double kIdfNothing = std::log(4.0);
const double kIdfFull = std::log(1.0 / 0.015);
// A soft match (words present, not as the phrase) counts this much of an exact one.
constexpr double kSoftShare = 0.6;
constexpr double kDecay = 0.6;
constexpr double kOtherTermsShare = 0.5;
constexpr double kTopicAgainstDamping = 0.5;
constexpr double kAgainstDamping = 0.45;
constexpr double kAgainstPenalty = 0.25;
// Comment thresholds, in evidence units. A paper "matches" from relevance 4 on.
constexpr double kMatchedScore = 0.25;
constexpr double kTopicNamed = 0.2;
constexpr double kSecondGroup = 0.4;
constexpr double kTermNamed = 0.08;
constexpr double kTermAlso = 0.15;
constexpr double kTermClosest = 0.03;
constexpr int kMaxNamed = 3;
// A term the person listed by name stays worth this much however common it
// is that day: on a day where a third of the papers are about quantization,
// "quantization" still separates them from the rest.
constexpr double kListedTermFloor = 0.5;

// Adds evidence with diminishing weight: the strongest counts fully, the
// next 0.6, then 0.36, ... so that many weak hits do not outweigh one strong one.
double decayedSum(std::vector<double> values)
{
    std::sort(values.begin(), values.end(), std::greater<>());
    double sum = 0, weight = 1;
    for (const double v : values) {
        if (v <= 0)
            break;
        sum += v * weight;
        weight *= kDecay;
    }
    return sum;
}

// Term indexes with evidence at least `threshold`, strongest first.
std::vector<int> strongest(const std::vector<double> &evidence, const std::vector<int> &candidates,
                           double threshold, int limit)
{
    std::vector<int> out;
    for (const int t : candidates)
        if (evidence[t] >= threshold)
            out.push_back(t);
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return evidence[a] > evidence[b]; });
    if (int(out.size()) > limit)
        out.resize(limit);
    return out;
}

} // namespace

RelevanceMatcher::RelevanceMatcher(const Criteria &criteria, const CriteriaTerms &terms,
                                   const SparseCorpus &corpus, const std::vector<int> &termDf)
    : m_terms(terms)
    , m_corpus(corpus)
    , m_termDf(termDf)
    , m_documents(std::max<double>(kMinDocuments, corpus.dfDocuments()))
{
    for (const Criteria::Topic &topic : criteria.topics)
        m_groupNames << topic.name;
    // Keywords outside every topic form one more group, without a name.
    const int keywordGroup = int(m_groupNames.size());
    m_groupNames << QString();
    for (int t = 0; t < terms.positiveCount(); ++t) {
        const std::vector<int> &topics = terms.terms()[t].topics;
        m_groups.push_back(topics.empty() ? std::vector<int>{keywordGroup} : topics);
    }
}

double RelevanceMatcher::saturation(float tf, float length) const
{
    if (tf <= 0)
        return 0;
    const double norm = kK1 * (1 - kB + kB * length / m_corpus.averageLength());
    return tf / (tf + norm);
}

double RelevanceMatcher::specificity(int df) const
{
    const double idf = std::log(1.0 + (m_documents - df + 0.5) / (df + 0.5));
    return std::clamp((idf - kIdfNothing) / (kIdfFull - kIdfNothing), 0.0, 1.0);
}

double RelevanceMatcher::wordEvidence(int word, const float *wordTf, float length) const
{
    return saturation(wordTf[word], length) * specificity(m_corpus.df(word));
}

double RelevanceMatcher::evidence(int t, const Counts &counts) const
{
    const CriteriaTerm &term = m_terms.terms()[t];
    double best = 0;
    if (!term.forms.empty())
        best = saturation(counts.termTf[t], counts.length) *
               std::max(kListedTermFloor, specificity(m_termDf[t]));
    if (term.near && counts.nearTf[t] > 0) {
        double specific = 0;
        for (const int w : term.words)
            specific += specificity(m_corpus.df(w));
        specific /= double(term.words.size());
        best = std::max(best, kSoftShare * saturation(counts.nearTf[t], counts.length) * specific);
    }
    if (term.wordsNeeded > 0) {
        std::vector<double> words;
        for (const int w : term.words)
            if (counts.wordTf[w] > 0)
                words.push_back(wordEvidence(w, counts.wordTf, counts.length));
        if (int(words.size()) >= term.wordsNeeded) {
            std::sort(words.begin(), words.end(), std::greater<>());
            best = std::max(best, std::accumulate(words.begin(), words.begin() + term.wordsNeeded, 0.0) /
                                      term.wordsNeeded);
        }
    }
    return best * term.weight;
}

RelevanceMatch RelevanceMatcher::match(const Counts &counts) const
{
    const int termCount = int(m_terms.terms().size());
    const int groupCount = int(m_groupNames.size());
    std::vector<double> ev(termCount);
    for (int t = 0; t < termCount; ++t)
        ev[t] = evidence(t, counts);

    std::vector<std::vector<double>> perGroup(groupCount), againstGroup(groupCount);
    std::vector<double> against;
    for (int t = 0; t < termCount; ++t) {
        if (m_terms.isPositive(t)) {
            for (const int group : m_groups[t])
                perGroup[group].push_back(ev[t]);
        } else if (const int topic = m_terms.terms()[t].againstTopic; topic >= 0) {
            againstGroup[topic].push_back(ev[t]);
        } else {
            against.push_back(ev[t]);
        }
    }
    std::vector<double> groupScore(groupCount);
    int best = -1;
    for (int group = 0; group < groupCount; ++group) {
        const double damping = 1 - kTopicAgainstDamping * std::min(1.0, decayedSum(againstGroup[group]));
        groupScore[group] = decayedSum(perGroup[group]) * damping;
        if (best < 0 || groupScore[group] > groupScore[best])
            best = group;
    }
    std::vector<double> others;
    for (int t = 0; t < m_terms.positiveCount(); ++t)
        if (std::find(m_groups[t].begin(), m_groups[t].end(), best) == m_groups[t].end())
            others.push_back(ev[t]);
    const double positive = (best >= 0 ? groupScore[best] : 0.0) + kOtherTermsShare * decayedSum(others);
    const double negative = decayedSum(against);

    RelevanceMatch result;
    result.score = positive * (1 - kAgainstDamping * std::min(1.0, negative)) - kAgainstPenalty * negative;
    result.comment = describe(ev, groupScore, best, result.score, counts);
    return result;
}

QString RelevanceMatcher::describe(const std::vector<double> &ev, const std::vector<double> &groupScore,
                                   int best, double score, const Counts &counts) const
{
    const auto &terms = m_terms.terms();
    const auto labels = [&](const std::vector<int> &list) {
        QStringList out;
        for (const int t : list)
            out << terms[t].label;
        return out.join(QStringLiteral(", "));
    };
    std::vector<int> positives(m_terms.positiveCount()), negatives(terms.size() - positives.size());
    std::iota(positives.begin(), positives.end(), 0);
    std::iota(negatives.begin(), negatives.end(), m_terms.positiveCount());
    std::vector<int> named;
    // "Model compression and efficiency (pruning, quantization)", or for the
    // keywords outside every topic just the keywords.
    const auto describeGroup = [&](int group) {
        std::vector<int> list;
        for (const int t : positives)
            if (std::find(m_groups[t].begin(), m_groups[t].end(), group) != m_groups[t].end() &&
                std::find(named.begin(), named.end(), t) == named.end())
                list.push_back(t);
        const std::vector<int> top = strongest(ev, list, kTermNamed, kMaxNamed);
        named.insert(named.end(), top.begin(), top.end());
        const QString &name = m_groupNames[group];
        if (name.isEmpty())
            return labels(top);
        return top.empty() ? name : QStringLiteral("%1 (%2)").arg(name, labels(top));
    };

    QStringList parts;
    if (score >= kMatchedScore && best >= 0 && groupScore[best] > 0) {
        // Topics are named first; keywords outside them lead only when no
        // topic matched.
        const int keywordGroup = int(groupScore.size()) - 1;
        int first = -1, second = -1;
        for (int group = 0; group < keywordGroup; ++group) {
            if (first < 0 || groupScore[group] > groupScore[first]) {
                second = first;
                first = group;
            } else if (second < 0 || groupScore[group] > groupScore[second]) {
                second = group;
            }
        }
        if (first < 0 || groupScore[first] < kTopicNamed)
            first = keywordGroup;
        QString text = QStringLiteral("Matches %1").arg(describeGroup(first));
        if (first != keywordGroup && second >= 0 && groupScore[second] >= kSecondGroup)
            text += QStringLiteral(" and %1").arg(describeGroup(second));
        parts << text;
        std::vector<int> rest;
        for (const int t : positives)
            if (std::find(named.begin(), named.end(), t) == named.end())
                rest.push_back(t);
        const std::vector<int> also = strongest(ev, rest, kTermAlso, kMaxNamed);
        if (!also.empty())
            parts << QStringLiteral("also: %1").arg(labels(also));
    } else {
        // Nothing clear: name the terms that come nearest (their own weak
        // match, then the specific words of theirs the paper has), so the
        // person sees why the paper scored as it did.
        std::vector<double> nearest(terms.size(), 0.0);
        for (const int t : positives) {
            double words = 0;
            for (const int w : terms[t].words)
                words += wordEvidence(w, counts.wordTf, counts.length);
            nearest[t] = ev[t] + 0.5 * words / double(terms[t].words.size());
        }
        const std::vector<int> closest = strongest(nearest, positives, kTermClosest, kMaxNamed);
        parts << (closest.empty()
                      ? QStringLiteral("No topic matched; no criteria term appears")
                      : QStringLiteral("No topic matched; closest terms: %1").arg(labels(closest)));
    }
    const std::vector<int> countered = strongest(ev, negatives, kTermAlso, 2);
    if (!countered.empty())
        parts << QStringLiteral("against: %1").arg(labels(countered));
    return parts.join(QStringLiteral("; "));
}

} // namespace paperboy
