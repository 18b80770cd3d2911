#include "TfIdfBaseline.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace paperboy::bench {

namespace {

// Lower-cased words of two or more letters or digits, then each adjacent
// pair: the usual tokenizer of a TF-IDF baseline.
QStringList termsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\b\\w\\w+\\b"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        words << it.next().captured();
    QStringList terms = words;
    for (qsizetype i = 1; i < words.size(); ++i)
        terms << words.at(i - 1) + QLatin1Char(' ') + words.at(i);
    return terms;
}

// Counts by term; std::map so that every later order is fixed.
std::map<QString, int> countsOf(const QString &text)
{
    std::map<QString, int> counts;
    for (const QString &t : termsOf(text))
        ++counts[t];
    return counts;
}

} // namespace

TfIdfSpace::TfIdfSpace(const QStringList &documents)
{
    std::vector<int> df;
    for (const QString &doc : documents) {
        for (const auto &[term, count] : countsOf(doc)) {
            const auto it = m_terms.constFind(term);
            if (it == m_terms.constEnd()) {
                m_terms.insert(term, int(df.size()));
                df.push_back(1);
            } else {
                ++df[it.value()];
            }
        }
    }
    const double n = double(documents.size());
    m_idf.reserve(df.size());
    for (const int d : df)
        m_idf.push_back(float(std::log((1.0 + n) / (1.0 + d)) + 1.0));
}

TfIdfSpace::Vector TfIdfSpace::vectorOf(const QString &text) const
{
    Vector v;
    double norm = 0;
    for (const auto &[term, count] : countsOf(text)) {
        const auto it = m_terms.constFind(term);
        if (it == m_terms.constEnd())
            continue;
        const float w = float((1.0 + std::log(double(count))) * m_idf[it.value()]);
        v.emplace_back(it.value(), w);
        norm += double(w) * w;
    }
    std::sort(v.begin(), v.end());
    if (norm > 0)
        for (auto &entry : v)
            entry.second = float(entry.second / std::sqrt(norm));
    return v;
}

double TfIdfSpace::dot(const Vector &a, const Vector &b)
{
    double sum = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first)
            ++i;
        else if (j->first < i->first)
            ++j;
        else
            sum += double((i++)->second) * (j++)->second;
    }
    return sum;
}

LinearSvm::LinearSvm(const std::vector<TfIdfSpace::Vector> &examples, const std::vector<bool> &labels,
                     int dimensions, int epochs, std::uint32_t seed)
    : m_weights(size_t(dimensions) + 1, 0.0)
{
    const size_t n = examples.size();
    if (n == 0)
        return;
    const double lambda = 1.0 / double(n);
    const size_t bias = size_t(dimensions);
    // w = scale * m_weights, so that the shrink of every step costs nothing.
    double scale = 1.0;
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    std::mt19937 rng(seed);
    long step = 0;
    for (int epoch = 0; epoch < epochs; ++epoch) {
        // Fisher-Yates with the raw generator: the same order on every platform.
        for (size_t i = n - 1; i > 0; --i)
            std::swap(order[i], order[rng() % (i + 1)]);
        for (const size_t k : order) {
            ++step;
            const double eta = 1.0 / (lambda * double(step));
            const double y = labels[k] ? 1.0 : -1.0;
            const double margin = y * scale * decision(examples[k]);
            scale *= 1.0 - eta * lambda;
            if (scale <= 0) { // the first step forgets the start
                std::fill(m_weights.begin(), m_weights.end(), 0.0);
                scale = 1.0;
            }
            if (margin < 1.0) {
                const double add = eta * y / scale;
                for (const auto &[term, w] : examples[k])
                    m_weights[size_t(term)] += add * w;
                m_weights[bias] += add;
            }
            // Keep the stored numbers in range as the scale shrinks.
            if (scale < 1e-9) {
                for (double &w : m_weights)
                    w *= scale;
                scale = 1.0;
            }
        }
    }
    for (double &w : m_weights)
        w *= scale;
}

double LinearSvm::decision(const TfIdfSpace::Vector &x) const
{
    double sum = m_weights.back();
    for (const auto &[term, w] : x)
        sum += m_weights[size_t(term)] * w;
    return sum;
}

} // namespace paperboy::bench
