#include "scoring/SparseCorpus.h"

#include <algorithm>
#include <cmath>

namespace paperboy {

void SparseCorpus::reserve(int documents, std::size_t entries)
{
    m_docs.reserve(documents);
    m_terms.reserve(entries);
    m_values.reserve(entries);
}

int SparseCorpus::add(std::span<const int> tokens, bool countInDf)
{
    Doc doc;
    doc.begin = std::uint32_t(m_terms.size());
    doc.countInDf = countInDf;
    float weight = 2.0f;
    for (const int id : tokens) {
        if (id < 0) {
            weight = 1.0f;
            continue;
        }
        if (id >= int(m_counts.size()))
            m_counts.resize(std::max<std::size_t>(std::size_t(id) + 1, m_counts.size() * 2), 0.0f);
        if (m_counts[id] == 0.0f)
            m_touched.push_back(id);
        m_counts[id] += weight;
        doc.length += weight;
    }
    for (const int id : m_touched) {
        m_terms.push_back(id);
        m_values.push_back(m_counts[id]);
        m_counts[id] = 0.0f;
    }
    m_touched.clear();
    doc.end = std::uint32_t(m_terms.size());
    m_docs.push_back(doc);
    return int(m_docs.size()) - 1;
}

void SparseCorpus::append(const SparseCorpus &other, const std::vector<int> &remap)
{
    const std::uint32_t base = std::uint32_t(m_terms.size());
    m_terms.reserve(m_terms.size() + other.m_terms.size());
    m_values.reserve(m_values.size() + other.m_values.size());
    for (const int id : other.m_terms)
        m_terms.push_back(remap[id]);
    m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
    for (Doc doc : other.m_docs) {
        doc.begin += base;
        doc.end += base;
        m_docs.push_back(doc);
    }
}

void SparseCorpus::finish(int termCount)
{
    m_df.assign(termCount, 0);
    double totalLength = 0;
    m_dfDocuments = 0;
    for (const Doc &doc : m_docs) {
        if (!doc.countInDf)
            continue;
        ++m_dfDocuments;
        totalLength += doc.length;
        for (std::uint32_t i = doc.begin; i < doc.end; ++i)
            ++m_df[m_terms[i]];
    }
    m_averageLength = m_dfDocuments > 0 ? float(totalLength / m_dfDocuments) : 1.0f;
    if (m_averageLength <= 0)
        m_averageLength = 1.0f;

    // Smooth idf, as common TF-IDF implementations use: never zero, and
    // defined for terms seen only in documents outside the counts.
    std::vector<float> idf(termCount);
    for (int t = 0; t < termCount; ++t)
        idf[t] = float(std::log((m_dfDocuments + 1.0) / (m_df[t] + 1.0)) + 1.0);
    for (const Doc &doc : m_docs) {
        double norm = 0;
        for (std::uint32_t i = doc.begin; i < doc.end; ++i) {
            const float w = (1.0f + std::log(m_values[i])) * idf[m_terms[i]];
            m_values[i] = w;
            norm += double(w) * w;
        }
        const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
        for (std::uint32_t i = doc.begin; i < doc.end; ++i)
            m_values[i] *= scale;
    }
    m_counts.clear();
    m_counts.shrink_to_fit();
}

} // namespace paperboy
