#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "core/PaperScore.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace paperboy {

// Scores papers with no network and no model: relevance from how well title
// and abstract match the criteria's topics and keywords (BM25 over the
// corpus, irrelevant keywords counting against) and, more softly, the whole
// criteria text (CriteriaProfile), joined from the person's first star by
// a linear classifier over TF-IDF features trained
// on starred (positive) vs hidden and other papers; novelty from how unlike
// a paper is to what the history already holds. A paper the stars lift
// names the starred paper it is closest to. Scores a language model
// gave earlier papers teach the classifier too, so that the offline
// relevance follows the person's model where it has been used. Both mapped to 1..10; the
// comment names the matched topics and terms. Deterministic.
class OfflineScorer
{
public:
    // What the person's marks teach the scorer.
    struct Feedback
    {
        QList<Paper> starred; // positives
        QList<Paper> hidden;  // "not interested": strong negatives
        // Papers of earlier days a language model scored under the same
        // criteria, with its relevance: labels of what the person's model
        // calls relevant, learned like stars (at or above the relevance
        // cut-off) and like hides (well below it).
        QList<QPair<Paper, int>> modelJudged;
    };
    // Stars teach from the first one, with a say that grows with their number.
    static constexpr int kMinStarsToLearn = 1;

    explicit OfflineScorer(Criteria criteria);

    // `history`: earlier papers from the cache (for document frequencies and
    // novelty; the caller bounds its size, e.g. the last 20,000 papers).
    QList<PaperScore> score(const QList<Paper> &papers, const QList<Paper> &history,
                            const Feedback &feedback) const;

private:
    Criteria m_criteria;
};

} // namespace paperboy
