#include "core/Relevance.h"

namespace paperboy::relevance {

namespace {

bool relevantWith(const PaperRow &row, const Criteria &criteria, const QString &followedAuthor)
{
    if (row.scoreState != ScoreState::Scored || row.hidden)
        return false;
    if (!followedAuthor.isEmpty())
        return true;
    return row.relevance && row.novelty && criteria.meetsCutoffs(*row.relevance, *row.novelty);
}

} // namespace

bool isRelevant(const PaperRow &row, const Criteria &criteria)
{
    return relevantWith(row, criteria, criteria.followedAuthorIn(row.paper.authors));
}

// The authors are folded and compared once per row.
void judge(PaperRow &row, const Criteria &criteria)
{
    row.followedAuthor = criteria.followedAuthorIn(row.paper.authors);
    row.relevant = relevantWith(row, criteria, row.followedAuthor);
}

Counts count(const QList<PaperRow> &rows)
{
    Counts c;
    for (const PaperRow &row : rows) {
        ++c.papers;
        switch (row.scoreState) {
        case ScoreState::Scored:
            ++c.scored;
            break;
        case ScoreState::SetAside:
            ++c.setAside;
            c.setAsideOffline += row.setAsideOffline ? 1 : 0;
            break;
        case ScoreState::Failed:
            ++c.failed;
            break;
        case ScoreState::Unscored:
            ++c.unscored;
            break;
        }
        c.relevant += row.relevant ? 1 : 0;
    }
    return c;
}

} // namespace paperboy::relevance
