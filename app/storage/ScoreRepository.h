#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "core/PaperScore.h"
#include "core/ScoreRecords.h"

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
    // The latest saved version; none before the first save. A failed read
    // returns none and sets *error (when given): it is not "no criteria".
    std::optional<CriteriaVersion> currentCriteria(QString *error = nullptr) const;
    // The current version, or the defaults saved as the first one when none
    // was ever saved; none with *error when the cache cannot be read or
    // written (the defaults never replace criteria that failed to read).
    std::optional<CriteriaVersion> currentOrDefaults(QString *error);
    // The latest version whose scoring hash is `scoringHash`: the one a score
    // made under that hash joins to. None (and *error empty) when none is saved.
    std::optional<CriteriaVersion> criteriaScoredWith(const QString &scoringHash, QString *error) const;

    // Whose scores a day shows (docs/DESIGN_NOTES.md, "The day's scores"):
    // `scoresFrom` empty or "latest": the model of the day's latest run under
    // the current scoring hash, else of its latest run under any criteria;
    // otherwise the named model (its latest run, the current criteria
    // first). A run counts once it stored a score or set a paper aside (a run
    // whose every paper failed hides nothing). Returns false with *error
    // when the cache cannot be read or the model never scored the day (then
    // *unknownScorer, when given, is true: the person's choice, not a broken
    // cache); true with an invalid *source when nothing scored the day yet.
    bool dayScorer(const QDate &day, const QString &currentScoringHash, const QString &scoresFrom,
                   ScoreSource *source, QString *error, bool *unknownScorer = nullptr) const;
    // The models that scored papers of a day, the latest run's first; none
    // (and *error) when the cache cannot be read.
    std::optional<QStringList> scorersOfDay(const QDate &day, QString *error) const;

    enum class Selection
    {
        Unscored, // no score for (criteria, model) at the current version, or a failed one
        SetAside  // set aside by the title pass or the cascade: "Score these fully"
    };
    // The papers of a day that a run for (criteria, model) should score;
    // none with *error when the cache cannot be read (never "all scored").
    std::optional<QList<Paper>> toScore(const QDate &day, const QString &scoringHash, const QString &model,
                                        Selection selection, QString *error) const;
    // Papers of a day whose latest score was made with other criteria.
    QStringList scoredWithOtherCriteria(const QDate &day, const QString &scoringHash) const;

    // One transaction: a batch's scores, committed as soon as it returns.
    bool storeScores(const QList<PaperScore> &scores, const QString &scoringHash, const QString &model,
                     int runId, QString *error);
    // Papers that could not be scored, with the reason (status "failed"), or
    // that a pre-filter dropped (status "filtered") or the offline cascade
    // set aside (status "aside").
    bool storeUnscored(const QList<Paper> &papers, const QString &status, const QString &reason,
                       const QString &scoringHash, const QString &model, int runId, QString *error);

    int startRun(const RunRecord &run, QString *error);
    bool finishRun(const RunRecord &run, QString *error);
    // Writes the run's counts so far; the run stays "running".
    bool updateRun(const RunRecord &run, QString *error);
    // A failed read sets *error (when given) and returns none.
    QList<RunRecord> runsForDay(const QDate &day, QString *error = nullptr) const;
    // The tokens of the last few finished runs of `model` at `effort`
    // ("" for none), summed with the papers asked of them; runs == 0 when
    // there is none. A failed read sets *error.
    MeasuredUsage measuredUsage(const QString &model, const QString &effort, QString *error) const;
    // The same for the title passes of `model` at `effort` (papers: titles read).
    MeasuredUsage measuredTitleUsage(const QString &model, const QString &effort, QString *error) const;
    // The titles read and kept by the last few finished runs with a title
    // pass; runs == 0 when there is none. A failed read sets *error.
    MeasuredKeptShare measuredKeptShare(QString *error) const;

private:
    QSqlDatabase &m_db;
};

} // namespace paperboy
