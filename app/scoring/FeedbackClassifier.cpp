#include "scoring/FeedbackClassifier.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace paperboy {

namespace {

constexpr int kEpochs = 30;
constexpr double kLambda = 1e-3; // L2 strength per example
constexpr double kLearningRate = 0.5;
// std::mt19937's sequence is fixed by the standard, so the order is the
// same on every platform (std::shuffle's use of it is not, hence the
// hand-written Fisher-Yates below).
constexpr std::uint32_t kSeed = 20240607;

// logit(0.9): the calibrated probability of the median starred paper.
const double kCalibratedLogit = std::log(9.0);

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

} // namespace

void FeedbackClassifier::train(const SparseCorpus &corpus, const std::vector<Example> &examples)
{
    m_trained = false;
    m_weights.clear();
    m_bias = 0;
    const bool hasPositive =
        std::any_of(examples.begin(), examples.end(), [](const Example &e) { return e.label > 0.5f; });
    const bool hasNegative =
        std::any_of(examples.begin(), examples.end(), [](const Example &e) { return e.label < 0.5f; });
    if (!hasPositive || !hasNegative)
        return;

    const int termCount = corpus.termCount();
    // w = scale * v: the L2 shrink of every weight is one multiplication,
    // which keeps each step as cheap as the example is sparse.
    std::vector<double> v(termCount, 0.0);
    double scale = 1.0;
    double bias = 0.0;
    std::vector<int> order(examples.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(kSeed);
    long step = 0;
    for (int epoch = 0; epoch < kEpochs; ++epoch) {
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[rng() % i]);
        for (const int index : order) {
            const Example &e = examples[index];
            const auto terms = corpus.terms(e.doc);
            const auto weights = corpus.weights(e.doc);
            const double eta = kLearningRate / (1.0 + kLearningRate * kLambda * double(step++));
            double z = 0;
            for (std::size_t k = 0; k < terms.size(); ++k)
                z += v[terms[k]] * weights[k];
            z = z * scale + bias;
            const double gradient = e.weight * (sigmoid(z) - e.label);
            scale *= 1.0 - eta * kLambda;
            if (gradient != 0.0) {
                const double delta = eta * gradient / scale;
                for (std::size_t k = 0; k < terms.size(); ++k)
                    v[terms[k]] -= delta * weights[k];
                bias -= eta * gradient;
            }
            if (scale < 1e-6) {
                for (double &x : v)
                    x *= scale;
                scale = 1.0;
            }
        }
    }
    m_weights.resize(termCount);
    for (int t = 0; t < termCount; ++t)
        m_weights[t] = float(v[t] * scale);
    m_bias = bias;

    std::vector<double> positive, negative;
    for (const Example &e : examples)
        (e.label > 0.5f ? positive : negative).push_back(margin(corpus, e.doc));
    const double high = median(positive), low = median(negative);
    if (!(high > low))
        return;
    m_scale = 2 * kCalibratedLogit / (high - low);
    m_shift = -kCalibratedLogit - m_scale * low;
    m_trained = true;
}

double FeedbackClassifier::probability(const SparseCorpus &corpus, int doc) const
{
    return m_trained ? sigmoid(m_scale * margin(corpus, doc) + m_shift) : 0.5;
}

double FeedbackClassifier::margin(const SparseCorpus &corpus, int doc) const
{
    const auto terms = corpus.terms(doc);
    const auto weights = corpus.weights(doc);
    double z = m_bias;
    for (std::size_t k = 0; k < terms.size(); ++k)
        if (terms[k] < int(m_weights.size()))
            z += double(m_weights[terms[k]]) * weights[k];
    return z;
}

} // namespace paperboy
