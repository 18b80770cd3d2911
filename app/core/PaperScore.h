#pragma once

#include <QString>

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
};

} // namespace paperboy
