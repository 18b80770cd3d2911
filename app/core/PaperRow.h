#pragma once

#include "core/Paper.h"

#include <QString>

#include <optional>

namespace paperboy {

// A paper as a list shows it: the paper, the user's marks on it, and its
// latest score when it has one.
struct PaperRow
{
    Paper paper; // announced/announceType describe the day shown
    bool starred = false;
    bool read = false;
    bool hidden = false;
    std::optional<int> relevance;
    std::optional<int> novelty;
    QString scoreComment;
};

} // namespace paperboy
