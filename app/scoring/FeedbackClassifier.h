#pragma once

#include "scoring/SparseCorpus.h"

#include <vector>

namespace paperboy {

// Logistic regression with L2 over the corpus's TF-IDF vectors, trained by
// plain SGD in a fixed, seeded order: what the person's stars and hides
// teach, in the spirit of arxiv-sanity's per-user linear model. Strongly
// regularised, as a handful of stars against thousands of papers needs, its
// raw probabilities bunch together; they are recalibrated (Platt-style) so
// that the median starred paper reads 0.9 and the median other paper 0.1.
class FeedbackClassifier
{
public:
    struct Example
    {
        int doc = 0;      // corpus index
        float label = 0;  // 1 starred, 0 not
        float weight = 1; // how much the example counts
    };

    // Trains on `examples`. Needs both labels present, and the starred
    // papers must come out ahead of the others; otherwise the model stays
    // untrained and probability() answers 0.5.
    void train(const SparseCorpus &corpus, const std::vector<Example> &examples);
    bool isTrained() const { return m_trained; }
    // How likely the person stars document `doc`, 0..1.
    double probability(const SparseCorpus &corpus, int doc) const;

private:
    double margin(const SparseCorpus &corpus, int doc) const;

    std::vector<float> m_weights; // indexed by term id
    double m_bias = 0;
    double m_scale = 1; // calibration: probability = sigmoid(m_scale * margin + m_shift)
    double m_shift = 0;
    bool m_trained = false;
};

} // namespace paperboy
