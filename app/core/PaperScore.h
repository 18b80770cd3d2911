#pragma once

#include <QString>

#include <optional>

namespace paperboy {

// One paper's score as a scorer produces it.
struct PaperScore
{
    QString paperId;
    int version = 1;
    int relevance = 0; // 1..10
    int novelty = 0;   // 1..10
    QString comment;   // one line naming the criterion it matches
    bool authorMatch = false;
    // The offline scorer's relevance before rounding, on the same scale
    // (relevance == floor of it): it orders papers within one integer, so
    // that ties do not shuffle the day. Models give only the integer.
    std::optional<double> relevanceValue = std::nullopt;
};

} // namespace paperboy
