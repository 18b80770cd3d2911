#include "export/DigestSource.h"

#include <QCoreApplication>

#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

namespace paperboy::digest {

std::optional<Digest> collect(QSqlDatabase &db, QDate date, bool relevantOnly, QString *error,
                              bool *readFailed, const QString &scoresFrom)
{
    if (readFailed)
        *readFailed = false;
    const auto fail = [&](const QString &why, bool read) {
        *error = read ? QCoreApplication::translate("paperboy::digest", "cannot read the cache: %1").arg(why)
                      : why;
        if (readFailed)
            *readFailed = read;
        return std::nullopt;
    };
    QString why;
    PaperRepository repo(db);
    if (!date.isValid())
        date = repo.latestDay(&why);
    const auto day = date.isValid() && why.isEmpty() ? repo.day(date, &why) : std::nullopt;
    if (!why.isEmpty())
        return fail(why, true);
    if (!day)
        return fail(date.isValid() ? QCoreApplication::translate("paperboy::digest", "%1 is not in the cache")
                                         .arg(date.toString(Qt::ISODate))
                                   : QCoreApplication::translate(
                                         "paperboy::digest", "the cache holds no day yet: fetch one first"),
                    false);
    ScoreRepository scores(db);
    const auto saved = scores.currentCriteria(&why);
    if (!why.isEmpty())
        return fail(why, true);
    ListQuery query;
    query.date = date;
    query.criteria = saved ? saved->criteria : Criteria::defaults();
    query.scoresFrom = scoresFrom;
    ScoreSource source;
    bool unknownScorer = false;
    const QList<PaperRow> rows = repo.list(query, &why, &source, &unknownScorer);
    if (!why.isEmpty())
        return fail(why, !unknownScorer); // a model that never scored the day is the person's choice
    QList<RunRecord> runs = scores.runsForDay(date, &why);
    if (!why.isEmpty())
        return fail(why, true);
    runs.removeIf([&](const RunRecord &r) {
        return r.kind != QLatin1String("score") || r.model != source.model ||
               r.scoringHash != source.scoringHash;
    });
    std::optional<CriteriaVersion> scoredWith;
    if (source.isValid()) {
        scoredWith = scores.criteriaScoredWith(source.scoringHash, &why);
        if (!why.isEmpty())
            return fail(why, true);
    }
    Digest d = make(*day, runs, rows, query.criteria, PriceTable::load(), relevantOnly);
    d.source = source;
    d.scoredWith = scoredWith;
    return d;
}

} // namespace paperboy::digest
