#pragma once

#include "scoring/SparseCorpus.h"

#include <span>
#include <vector>

namespace paperboy {

// Finds how close papers come to the history: for each, the largest cosine
// similarity between its TF-IDF vector and a history paper's. An inverted
// index over the history's rarer terms, queried with the paper's heaviest
// terms, picks candidates (a near neighbour shares distinctive words; the
// common ones add little and would dominate the cost); the best candidates
// are then compared exactly.
class NearestNeighbours
{
public:
    struct Query
    {
        int doc = 0;               // corpus index
        std::span<const int> skip; // history documents not to compare with (the same paper)
    };

    // History documents are corpus indexes [begin, end).
    NearestNeighbours(const SparseCorpus &corpus, int begin, int end);

    // The largest similarity of each query's document to a history
    // document; 0 when the history is empty or shares no indexed term.
    std::vector<float> maxSimilarities(const std::vector<Query> &queries) const;

private:
    struct Scratch;
    float maxSimilarity(const Query &query, Scratch &scratch) const;

    const SparseCorpus &m_corpus;
    int m_begin;
    int m_end;
    // Postings per term: history documents (relative to m_begin) and weights.
    std::vector<std::uint32_t> m_offsets;
    std::vector<int> m_postingDocs;
    std::vector<float> m_postingWeights;
};

} // namespace paperboy
