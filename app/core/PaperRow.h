#pragma once

#include "core/Paper.h"

#include <QString>

#include <optional>

namespace paperboy {

// What the day's scorer made of a paper.
enum class ScoreState
{
    Unscored, // no score from this scorer (yet)
    Scored,
    SetAside, // the title pass (or the offline cascade) judged it not relevant: abstract never sent
    Failed    // the scorer could not score it (retried by the next run)
};

// A paper as a list shows it: the paper, the person's marks on it, and the
// score of the view's one scorer (never another scorer's older score).
struct PaperRow
{
    Paper paper; // announced/announceType describe the day shown
    bool starred = false;
    bool read = false;
    bool hidden = false;
    ScoreState scoreState = ScoreState::Unscored;
    std::optional<int> relevance; // only when Scored
    std::optional<int> novelty;
    std::optional<double> relevanceValue; // PaperScore::relevanceValue, when the scorer gave one
    QString scoreComment;                 // the scorer's one line; why, when set aside or failed
    QString scoredBy;                     // the model, or "offline"; empty when unscored
    int criteriaVersion = 0;              // the criteria version the score was made with (0: unknown)
    bool authorMatch = false;             // the scorer saw a followed author (stored with the score)
    bool setAsideOffline = false;         // SetAside by the offline scorer's cascade, not by a title pass
    // Set when read, by the relevance rule (core/Relevance.h) under the
    // current criteria: never stored.
    QString followedAuthor;
    bool relevant = false;

    bool isSetAside() const { return scoreState == ScoreState::SetAside; }
};

} // namespace paperboy
