#include "jobs/OfflineCascadeSplit.h"

#include "scoring/OfflineCascade.h"
#include "scoring/OfflineScorer.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

namespace paperboy::jobs {

std::optional<QList<PaperScore>> offlineScores(QSqlDatabase &db, const QDate &day, const Criteria &criteria,
                                               const QList<Paper> &papers, QString *error, int *starred)
{
    PaperRepository repo(db);
    OfflineScorer::Feedback feedback;
    QString why[4];
    feedback.starred = repo.starredPapers(&why[0]);
    feedback.hidden = repo.hiddenPapers(&why[1]);
    const QList<Paper> history = repo.history(day, kOfflineHistory, &why[2]);
    feedback.modelJudged = repo.modelJudged(day, criteria.scoringHash(), kOfflineModelJudged, &why[3]);
    for (const QString &w : why)
        if (!w.isEmpty()) {
            *error = w;
            return std::nullopt;
        }
    if (starred)
        *starred = int(feedback.starred.size());
    return OfflineScorer(criteria).score(papers, history, feedback);
}

std::optional<CascadeSplit> cascadeSplit(QSqlDatabase &db, const QDate &day, const Criteria &criteria,
                                         const QList<Paper> &papers, QString *error)
{
    // The cut is the whole day's, as measured: a run that finishes what an
    // earlier one left would otherwise cut its remainder again.
    error->clear();
    const QList<Paper> whole = PaperRepository(db).papersOfDay(day, error);
    if (!error->isEmpty())
        return std::nullopt;
    int starred = 0;
    const auto scores = offlineScores(db, day, criteria, whole, error, &starred);
    if (!scores)
        return std::nullopt;
    const QSet<QString> aside = OfflineCascade::setAside(*scores, OfflineCascade::shareFor(starred));
    CascadeSplit split;
    for (const Paper &p : papers)
        (aside.contains(p.id) && criteria.followedAuthorIn(p.authors).isEmpty() ? split.setAside : split.send)
            << p;
    return split;
}

std::optional<int> cascadeSetAsideCount(QSqlDatabase &db, const QDate &day, const QString &model,
                                        QString *error)
{
    ScoreRepository scores(db);
    error->clear();
    auto current = scores.currentCriteria(error);
    if (!error->isEmpty())
        return std::nullopt;
    const Criteria criteria = current ? current->criteria : Criteria::defaults();
    const auto pending =
        scores.toScore(day, criteria.scoringHash(), model, ScoreRepository::Selection::Unscored, error);
    if (!pending)
        return std::nullopt;
    const auto split = cascadeSplit(db, day, criteria, *pending, error);
    if (!split)
        return std::nullopt;
    return int(split->setAside.size());
}

} // namespace paperboy::jobs
