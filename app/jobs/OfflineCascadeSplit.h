#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "core/PaperScore.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace paperboy::jobs {

// The offline scorer's scores of `papers` of `day`, as every offline score
// is made: against the cache's history before the day (its last
// kOfflineHistory papers), the person's stars and hidden papers, and the
// papers of earlier days a model scored under the same criteria (its newest
// kOfflineModelJudged). `starred`,
// when given, receives how many stars the scorer learned from. None, with
// *error, when the cache cannot be read: scores without the person's stars
// or the history would be other scores, not fewer.
constexpr int kOfflineHistory = 20000;
// About forty days of a busy listing.
constexpr int kOfflineModelJudged = 10000;
std::optional<QList<PaperScore>> offlineScores(QSqlDatabase &db, const QDate &day, const Criteria &criteria,
                                               const QList<Paper> &papers, QString *error,
                                               int *starred = nullptr);

// `papers` of `day` split by the cascade (scoring/OfflineCascade): those
// the offline scorer ranks in the bottom share of the whole day are set aside
// unsent; a followed author's paper is always sent.
struct CascadeSplit
{
    QList<Paper> send;
    QList<Paper> setAside;
};
std::optional<CascadeSplit> cascadeSplit(QSqlDatabase &db, const QDate &day, const Criteria &criteria,
                                         const QList<Paper> &papers, QString *error);

// How many of `day`'s papers still to score by `model` under the current
// criteria the cascade would set aside (for an estimate before a run).
// None, with *error, when the cache cannot be read.
std::optional<int> cascadeSetAsideCount(QSqlDatabase &db, const QDate &day, const QString &model,
                                        QString *error);

} // namespace paperboy::jobs
