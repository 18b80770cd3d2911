#include "export/DigestSource.h"

#include <QCoreApplication>

#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

namespace paperboy::digest {

std::optional<Digest> collect(QSqlDatabase &db, QDate date, bool relevantOnly, QString *error,
                              bool *readFailed)
{
    if (readFailed)
        *readFailed = false;
    PaperRepository repo(db);
    if (!date.isValid())
        date = repo.latestDay();
    const auto day = date.isValid() ? repo.day(date) : std::nullopt;
    if (!day) {
        *error = date.isValid() ? QCoreApplication::translate("paperboy::digest", "%1 is not in the cache")
                                      .arg(date.toString(Qt::ISODate))
                                : QCoreApplication::translate("paperboy::digest",
                                                              "the cache holds no day yet: fetch one first");
        return std::nullopt;
    }
    ScoreRepository scores(db);
    const auto saved = scores.currentCriteria();
    const Criteria criteria = saved ? saved->criteria : Criteria::defaults();
    QList<RunRecord> runs = scores.runsForDay(date);
    ListQuery query;
    query.date = date;
    if (!runs.isEmpty()) {
        const RunRecord latest = runs.last();
        query.scoreModel = latest.model;
        query.scoreCriteria = latest.criteriaHash;
        runs.removeIf([&](const RunRecord &r) {
            return r.model != latest.model || r.criteriaHash != latest.criteriaHash;
        });
    }
    QString listError;
    const QList<PaperRow> rows = repo.list(query, &listError);
    if (!listError.isEmpty()) {
        *error = QCoreApplication::translate("paperboy::digest", "cannot read the cache: %1").arg(listError);
        if (readFailed)
            *readFailed = true;
        return std::nullopt;
    }
    return make(*day, runs, rows, criteria, PriceTable::load(), relevantOnly);
}

} // namespace paperboy::digest
