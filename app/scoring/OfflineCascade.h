#pragma once

#include "core/PaperScore.h"

#include <QList>
#include <QSet>
#include <QString>

namespace paperboy {

// Which of a day's papers the offline scorer ranks so far below the day's
// cut that a model need not read them: the bottom share of the day by the
// offline relevance (its value before rounding). Rank-based, so it does not
// depend on where the offline scale happens to sit on a given day. The share
// grows with what the scorer knows: criteria alone rank too loosely to set
// much aside without losing picks, the person's stars much less so. The
// shares were measured on the nine real days of bench_scoringquality (at most
// 1% of the reference's picks lost, cold and warm) with a margin below the
// worst day; docs/DESIGN_NOTES.md has the figures.
class OfflineCascade
{
public:
    // Criteria only, or fewer stars than kWarmFromStars.
    static constexpr double kColdShare = 0.05;
    // Once the scorer trusts the person's stars fully (OfflineScorer: from
    // fourteen on). The warm share was measured with at least the first
    // day's picks starred (49), never with a handful: the scorer learns from
    // one star, but the cascade cuts deep only where it was measured safe.
    static constexpr double kWarmShare = 0.30;
    static constexpr int kWarmFromStars = 14;

    // The share of a day set aside when the person has starred `starred` papers.
    static double shareFor(int starred);

    // The ids of the papers to set aside: the lowest `share` of `scores` by
    // relevance. Papers tied with the lowest paper kept are kept too: a tie
    // is no evidence either way.
    static QSet<QString> setAside(const QList<PaperScore> &scores, double share);
};

} // namespace paperboy
