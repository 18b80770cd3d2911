#include "jobs/DayCounts.h"

#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

namespace paperboy::jobs {

std::optional<relevance::Counts> dayCounts(QSqlDatabase &db, const QDate &day, const QString &scoresFrom,
                                           QString *error)
{
    const auto saved = ScoreRepository(db).currentCriteria(error);
    if (!error->isEmpty())
        return std::nullopt;
    ListQuery query;
    query.date = day;
    query.criteria = saved ? saved->criteria : Criteria::defaults();
    query.scoresFrom = scoresFrom;
    const QList<PaperRow> rows = PaperRepository(db).list(query, error);
    if (!error->isEmpty())
        return std::nullopt;
    return relevance::count(rows);
}

} // namespace paperboy::jobs
