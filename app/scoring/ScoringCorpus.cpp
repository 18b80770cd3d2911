#include "scoring/ScoringCorpus.h"

#include "scoring/TwoHalves.h"

namespace paperboy {

namespace {

// Each half analyses its papers with its own copy of the analyzer (so the
// criteria words keep their ids) into its own corpus; the second half's
// other ids are then mapped onto the first's.
struct Half
{
    TermAnalyzer analyzer;
    SparseCorpus corpus;
    std::vector<int> termDf;
    std::vector<int> profileDf;
};

} // namespace

ScoringCorpus::ScoringCorpus(const Criteria &criteria, const std::vector<const Paper *> &papers,
                             int scoredBegin, int scoredEnd, const std::vector<bool> &countInDf)
    : m_terms(criteria, m_analyzer)
    , m_profile(criteria, m_analyzer)
    , m_scoredBegin(scoredBegin)
{
    const int termCount = int(m_terms.terms().size());
    const int wordLimit = m_terms.wordLimit();
    const std::size_t scored = std::size_t(scoredEnd - scoredBegin);
    m_termTf.assign(scored * termCount, 0.0f);
    m_nearTf.assign(scored * termCount, 0.0f);
    m_wordTf.assign(scored * wordLimit, 0.0f);
    const int featureCount = m_profile.featureCount();
    m_profileTf.assign(scored * featureCount, 0.0f);

    std::vector<std::size_t> characters(papers.size() + 1, 0); // running total
    for (std::size_t i = 0; i < papers.size(); ++i)
        characters[i + 1] = characters[i] + std::size_t(papers[i]->title.size() + papers[i]->abstract.size());
    Half halves[2] = {{m_analyzer, {}, {}, {}}, {m_analyzer, {}, {}, {}}};
    inTwoHalves(int(papers.size()), [&](int which, int begin, int end) {
        Half &half = halves[which];
        half.termDf.assign(termCount, 0);
        half.profileDf.assign(featureCount, 0);
        half.analyzer.reserveFor(characters[end] - characters[begin]);
        // Abstracts hold about one distinct term per twelve characters; the
        // first half's corpus will take in the second's.
        if (which == 0)
            half.corpus.reserve(int(papers.size()), characters.back() / 12);
        else
            half.corpus.reserve(end - begin, (characters[end] - characters[begin]) / 12);
        std::vector<int> tokens;
        std::vector<float> termTf(termCount), wordTf(wordLimit), profileTf(featureCount);
        for (int i = begin; i < end; ++i) {
            tokens.clear();
            half.analyzer.analyze(papers[i]->title, tokens);
            tokens.push_back(-1);
            half.analyzer.analyze(papers[i]->abstract, tokens);
            float *exact = termTf.data();
            float *words = wordTf.data();
            float *near = nullptr;
            float *profile = profileTf.data();
            if (i >= scoredBegin && i < scoredEnd) {
                const std::size_t s = std::size_t(i - scoredBegin);
                exact = m_termTf.data() + s * termCount;
                near = m_nearTf.data() + s * termCount;
                words = m_wordTf.data() + s * wordLimit;
                profile = m_profileTf.data() + s * featureCount;
            }
            m_terms.count(tokens, exact, near, words);
            m_profile.count(tokens, profile);
            if (countInDf[i]) {
                for (int t = 0; t < termCount; ++t)
                    half.termDf[t] += exact[t] > 0 ? 1 : 0;
                for (int f = 0; f < featureCount; ++f)
                    half.profileDf[f] += profile[f] > 0 ? 1 : 0;
            }
            half.corpus.add(tokens, countInDf[i]);
        }
    });

    m_analyzer = std::move(halves[0].analyzer);
    std::vector<int> remap(halves[1].analyzer.termCount());
    for (int id = 0; id < int(remap.size()); ++id)
        remap[id] = m_analyzer.internStemHash(halves[1].analyzer.stemHash(id));
    m_corpus = std::move(halves[0].corpus);
    m_corpus.append(halves[1].corpus, remap);
    m_corpus.finish(m_analyzer.termCount());
    m_termDf = std::move(halves[0].termDf);
    for (int t = 0; t < termCount && t < int(halves[1].termDf.size()); ++t)
        m_termDf[t] += halves[1].termDf[t];
    m_profileDf = std::move(halves[0].profileDf);
    for (int f = 0; f < featureCount && f < int(halves[1].profileDf.size()); ++f)
        m_profileDf[f] += halves[1].profileDf[f];
}

RelevanceMatcher::Counts ScoringCorpus::counts(int i) const
{
    const std::size_t termCount = m_terms.terms().size();
    const std::size_t wordLimit = std::size_t(m_terms.wordLimit());
    return {m_termTf.data() + std::size_t(i) * termCount, m_nearTf.data() + std::size_t(i) * termCount,
            m_wordTf.data() + std::size_t(i) * wordLimit, m_corpus.length(m_scoredBegin + i)};
}

double ScoringCorpus::profileScore(int i) const
{
    const std::size_t featureCount = std::size_t(m_profile.featureCount());
    return m_profile.score(m_profileTf.data() + std::size_t(i) * featureCount,
                           m_corpus.length(m_scoredBegin + i), m_corpus.averageLength(), m_profileDf,
                           std::max<double>(RelevanceMatcher::kMinDocuments, m_corpus.dfDocuments()));
}

} // namespace paperboy
