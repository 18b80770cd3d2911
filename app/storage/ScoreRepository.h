#pragma once

#include "core/Paper.h"
#include "core/ScoreRecords.h"
#include "core/Criteria.h"
#include "core/PaperScore.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace paperboy {

// Criteria versions, scores and runs. Lives on one thread, like its connection.
class ScoreRepository
{
public:
    explicit ScoreRepository(QSqlDatabase &db);

    // Stores `criteria` as a new version unless it equals the current one;
    // returns the current version either way.
    std::optional<CriteriaVersion> saveCriteria(const Criteria &criteria, QString *error);
    // The latest saved version; none before the first save.
    std::optional<CriteriaVersion> currentCriteria() const;

    // The papers of a day that have no score for (criteria, model) at their
    // current version. Failed papers count as unscored (they are retried).
    QList<Paper> unscored(const QDate &day, const QString &criteriaHash, const QString &model) const;
    // Papers of a day whose latest score was made with other criteria.
    QStringList scoredWithOtherCriteria(const QDate &day, const QString &criteriaHash) const;

    // One transaction: a batch's scores, committed as soon as it returns.
    bool storeScores(const QList<PaperScore> &scores, const QString &criteriaHash, const QString &model,
                     int runId, QString *error);
    // Papers that could not be scored, with the reason (status "failed"), or
    // that a pre-filter dropped (status "filtered").
    bool storeUnscored(const QList<Paper> &papers, const QString &status, const QString &reason,
                       const QString &criteriaHash, const QString &model, int runId, QString *error);

    int startRun(const RunRecord &run, QString *error);
    bool finishRun(const RunRecord &run, QString *error);
    // Writes the run's counts so far; the run stays "running".
    bool updateRun(const RunRecord &run, QString *error);
    QList<RunRecord> runsForDay(const QDate &day) const;

private:
    QSqlDatabase &m_db;
};

} // namespace paperboy
