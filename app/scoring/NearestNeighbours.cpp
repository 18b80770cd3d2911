#include "scoring/NearestNeighbours.h"

#include "scoring/TwoHalves.h"

#include <algorithm>

namespace paperboy {

namespace {

// Candidates compared exactly after the approximate pass.
constexpr int kCandidates = 8;
// Query terms used to find candidates.
constexpr int kQueryTerms = 24;
// Terms in more than this share of the history are left out of the index.
constexpr double kMaxIndexedShare = 0.05;
constexpr int kMinIndexedDf = 50;

} // namespace

struct NearestNeighbours::Scratch
{
    std::vector<float> accumulator; // per history document
    std::vector<int> touched;
    std::vector<int> query;   // the query's term positions, heaviest first
    std::vector<float> dense; // the query as a dense vector, for the exact comparisons
};

NearestNeighbours::NearestNeighbours(const SparseCorpus &corpus, int begin, int end)
    : m_corpus(corpus)
    , m_begin(begin)
    , m_end(end)
{
    const int termCount = corpus.termCount();
    std::vector<std::uint32_t> counts(termCount + 1, 0);
    for (int d = begin; d < end; ++d)
        for (const int t : corpus.terms(d))
            ++counts[t];
    const std::uint32_t maxDf =
        std::max<std::uint32_t>(kMinIndexedDf, std::uint32_t(kMaxIndexedShare * (end - begin)));
    m_offsets.assign(termCount + 1, 0);
    for (int t = 0; t < termCount; ++t)
        m_offsets[t + 1] = m_offsets[t] + (counts[t] <= maxDf ? counts[t] : 0);
    m_postingDocs.resize(m_offsets[termCount]);
    m_postingWeights.resize(m_offsets[termCount]);
    std::vector<std::uint32_t> fill(m_offsets.begin(), m_offsets.end() - 1);
    for (int d = begin; d < end; ++d) {
        const auto terms = corpus.terms(d);
        const auto weights = corpus.weights(d);
        for (std::size_t i = 0; i < terms.size(); ++i) {
            const int t = terms[i];
            if (counts[t] > maxDf)
                continue;
            m_postingDocs[fill[t]] = d - begin;
            m_postingWeights[fill[t]] = weights[i];
            ++fill[t];
        }
    }
}

std::vector<float> NearestNeighbours::maxSimilarities(const std::vector<Query> &queries) const
{
    std::vector<float> result(queries.size(), 0.0f);
    if (m_end <= m_begin)
        return result;
    inTwoHalves(int(queries.size()), [&](int, int begin, int end) {
        Scratch scratch;
        scratch.accumulator.assign(m_end - m_begin, 0.0f);
        scratch.dense.assign(m_corpus.termCount(), 0.0f);
        for (int i = begin; i < end; ++i)
            result[i] = maxSimilarity(queries[i], scratch);
    });
    return result;
}

float NearestNeighbours::maxSimilarity(const Query &query, Scratch &scratch) const
{
    const auto terms = m_corpus.terms(query.doc);
    const auto weights = m_corpus.weights(query.doc);
    std::vector<float> &accumulator = scratch.accumulator;
    std::vector<int> &touched = scratch.touched;
    scratch.query.clear();
    for (int i = 0; i < int(terms.size()); ++i)
        if (m_offsets[terms[i] + 1] > m_offsets[terms[i]])
            scratch.query.push_back(i);
    const int used = std::min<int>(kQueryTerms, int(scratch.query.size()));
    std::partial_sort(
        scratch.query.begin(), scratch.query.begin() + used, scratch.query.end(),
        [&](int a, int b) { return weights[a] != weights[b] ? weights[a] > weights[b] : a < b; });
    for (int q = 0; q < used; ++q) {
        const int t = terms[scratch.query[q]];
        const float w = weights[scratch.query[q]];
        for (std::uint32_t p = m_offsets[t]; p < m_offsets[t + 1]; ++p) {
            const int h = m_postingDocs[p];
            if (accumulator[h] == 0.0f)
                touched.push_back(h);
            accumulator[h] += w * m_postingWeights[p];
        }
    }
    for (const int s : query.skip)
        if (s >= m_begin && s < m_end)
            accumulator[s - m_begin] = -1.0f;

    // The best candidates by the partial score, ties broken by index so the
    // choice never depends on the order of the touched list.
    const auto better = [&](int a, int b) {
        return accumulator[a] != accumulator[b] ? accumulator[a] > accumulator[b] : a < b;
    };
    const int keep = std::min<int>(kCandidates, int(touched.size()));
    std::partial_sort(touched.begin(), touched.begin() + keep, touched.end(), better);
    float best = 0.0f;
    if (keep > 0 && accumulator[touched[0]] > 0.0f) {
        for (std::size_t i = 0; i < terms.size(); ++i)
            scratch.dense[terms[i]] = weights[i];
        for (int i = 0; i < keep && accumulator[touched[i]] > 0.0f; ++i) {
            const int h = m_begin + touched[i];
            const auto candidateTerms = m_corpus.terms(h);
            const auto candidateWeights = m_corpus.weights(h);
            float dot = 0.0f;
            for (std::size_t k = 0; k < candidateTerms.size(); ++k)
                dot += scratch.dense[candidateTerms[k]] * candidateWeights[k];
            best = std::max(best, dot);
        }
        for (const int t : terms)
            scratch.dense[t] = 0.0f;
    }
    for (const int h : touched)
        accumulator[h] = 0.0f;
    for (const int s : query.skip)
        if (s >= m_begin && s < m_end)
            accumulator[s - m_begin] = 0.0f;
    touched.clear();
    return best;
}

} // namespace paperboy
