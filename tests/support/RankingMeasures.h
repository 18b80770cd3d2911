#pragma once

#include <vector>

namespace paperboy::test {

// How well a scorer ranks a day against a yes/no judgement. `scores` and
// `positive` run in parallel; a higher score means "more relevant". Scores
// may tie (the offline scorer's relevance is an integer 1..10): a tie
// between a positive and a negative counts half, as if its order were a coin
// toss. Each function returns NaN when the measure is undefined (no positive,
// no negative, k < 1).

// ROC AUC: the chance that a random positive scores above a random negative.
double rocAuc(const std::vector<double> &scores, const std::vector<bool> &positive);

// The share of (positive, negative) pairs whose scores tie: how much of the
// AUC is coin tosses.
double tiedPairShare(const std::vector<double> &scores, const std::vector<bool> &positive);

// Precision of the k highest scores (k above the count is the count). When
// the k-th place falls inside a group of tied scores, that group counts with
// the share of it that fits: the expected precision over every order of the
// tie.
double precisionAtK(const std::vector<double> &scores, const std::vector<bool> &positive, int k);

} // namespace paperboy::test
