#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace paperboy::bench {

// The plain text-classification baseline the offline scorer is read
// against: TF-IDF over word unigrams and bigrams (sublinear tf, smoothed
// idf, l2-normalised rows) and a linear SVM trained by Pegasos (hinge loss,
// L2). Deterministic: the training order comes from a fixed seed.
class TfIdfSpace
{
public:
    using Vector = std::vector<std::pair<int, float>>; // (term, weight), by term

    // The idf is fitted on `documents`.
    explicit TfIdfSpace(const QStringList &documents);

    // A text in this space; terms the fitted documents never held are left out.
    Vector vectorOf(const QString &text) const;
    int dimensions() const { return int(m_idf.size()); }

    static double dot(const Vector &a, const Vector &b);

private:
    QHash<QString, int> m_terms;
    std::vector<float> m_idf;
};

class LinearSvm
{
public:
    // labels: true for the positive class. lambda is the L2 weight; 1/n
    // matches the usual C = 1.
    LinearSvm(const std::vector<TfIdfSpace::Vector> &examples, const std::vector<bool> &labels,
              int dimensions, int epochs, std::uint32_t seed);

    double decision(const TfIdfSpace::Vector &x) const;

private:
    std::vector<double> m_weights; // the last one is the bias (a constant feature 1)
};

} // namespace paperboy::bench
