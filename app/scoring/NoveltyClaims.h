#pragma once

#include "core/Paper.h"

#include <QRegularExpression>

#include <vector>

namespace paperboy {

// Novelty from what a paper says it contributes, for when there is no
// history to compare it with (the first day of a cache): a new method,
// theory or paradigm reads as more novel than a benchmark, a dataset, an
// application of known methods or a survey. 1..10, the scale of the
// novelty rubric: 7 for an abstract that claims nothing either way. One
// instance per thread: its patterns are compiled once, on construction.
class NoveltyClaims
{
public:
    NoveltyClaims();
    int novelty(const Paper &paper) const;

private:
    std::vector<QRegularExpression> m_patterns; // one per cue
};

} // namespace paperboy
