#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace paperboy {

// The papers of one scoring run as sparse term vectors over one vocabulary:
// raw term frequencies while documents are added, unit-length TF-IDF
// vectors (sublinear tf) once finish() has run. Document frequencies count
// only the documents added with countInDf, so feedback papers outside the
// history do not skew them.
class SparseCorpus
{
public:
    void reserve(int documents, std::size_t entries);
    // Adds a document from its term ids (a -1 separates title and abstract;
    // title terms count twice). Returns its index.
    int add(std::span<const int> tokens, bool countInDf);
    // Appends another unfinished corpus's documents, its term ids mapped
    // through `remap` (built by another analyzer).
    void append(const SparseCorpus &other, const std::vector<int> &remap);
    // Computes document frequencies and turns every vector into TF-IDF.
    void finish(int termCount);

    int size() const { return int(m_docs.size()); }
    // Distinct terms (ids run 0..termCount()-1), once finished.
    int termCount() const { return int(m_df.size()); }
    // Documents that count in document frequencies.
    int dfDocuments() const { return m_dfDocuments; }
    int df(int term) const { return term < int(m_df.size()) ? m_df[term] : 0; }
    float length(int doc) const { return m_docs[doc].length; }
    float averageLength() const { return m_averageLength; }

    // The document's term ids (in order of first appearance) and TF-IDF
    // weights (unit length).
    std::span<const int> terms(int doc) const
    {
        return {m_terms.data() + m_docs[doc].begin, m_docs[doc].end - m_docs[doc].begin};
    }
    std::span<const float> weights(int doc) const
    {
        return {m_values.data() + m_docs[doc].begin, m_docs[doc].end - m_docs[doc].begin};
    }

private:
    struct Doc
    {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
        float length = 0; // title words count twice
        bool countInDf = true;
    };

    std::vector<Doc> m_docs;
    std::vector<int> m_terms;
    std::vector<float> m_values; // term frequency, then TF-IDF weight
    std::vector<int> m_df;
    int m_dfDocuments = 0;
    float m_averageLength = 0;
    // Per-document counting scratch, indexed by term id.
    std::vector<float> m_counts;
    std::vector<int> m_touched;
};

} // namespace paperboy
