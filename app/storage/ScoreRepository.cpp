#include "storage/ScoreRepository.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace paperboy {

namespace {

QString now()
{
    return clock::nowUtc().toString(Qt::ISODateWithMs);
}

// A run id, or NULL for scores made outside a recorded run.
QVariant runValue(int runId)
{
    return runId > 0 ? QVariant(runId) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The papers of a day at their current version, joined to the score for
// (criteria, model) when there is one.
const QString kDayWithScores = QStringLiteral(
    "SELECT p.id, p.version, p.title, p.authors, p.abstract, p.categories, s.status"
    " FROM papers p"
    " JOIN (SELECT DISTINCT paper_id FROM announcements WHERE date = :date) a ON a.paper_id = p.id"
    " LEFT JOIN scores s ON s.paper_id = p.id AND s.version = p.version"
    " AND s.scoring_hash = :hash AND s.model = :model");

} // namespace

ScoreRepository::ScoreRepository(QSqlDatabase &db)
    : m_db(db)
{
}

namespace {

const QString kVersionColumns = QStringLiteral("id, content_hash, scoring_hash, body, created_at");

CriteriaVersion readVersion(const QSqlQuery &q)
{
    CriteriaVersion v;
    v.id = q.value(0).toInt();
    v.contentHash = q.value(1).toString();
    v.criteria = Criteria::fromJson(QJsonDocument::fromJson(q.value(3).toByteArray()).object());
    v.scoringHash = q.value(2).isNull() ? v.criteria.scoringHash() : q.value(2).toString();
    v.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return v;
}

} // namespace

std::optional<CriteriaVersion> ScoreRepository::currentCriteria(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM criteria ORDER BY id DESC LIMIT 1").arg(kVersionColumns))) {
        if (error)
            *error = sqlError(q);
        return std::nullopt;
    }
    if (error)
        error->clear();
    return q.next() ? std::optional(readVersion(q)) : std::nullopt;
}

std::optional<CriteriaVersion> ScoreRepository::criteriaScoredWith(const QString &scoringHash,
                                                                   QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM criteria WHERE scoring_hash = ? ORDER BY id DESC LIMIT 1")
                  .arg(kVersionColumns));
    q.addBindValue(scoringHash);
    if (!q.exec()) {
        *error = sqlError(q);
        return std::nullopt;
    }
    error->clear();
    return q.next() ? std::optional(readVersion(q)) : std::nullopt;
}

std::optional<CriteriaVersion> ScoreRepository::currentOrDefaults(QString *error)
{
    const auto current = currentCriteria(error);
    if (current || !error->isEmpty())
        return current; // a failed read never turns into "no criteria"
    return saveCriteria(Criteria::defaults(), error);
}

std::optional<CriteriaVersion> ScoreRepository::saveCriteria(const Criteria &criteria, QString *error)
{
    const QString hash = criteria.contentHash();
    const auto current = currentCriteria(error);
    if (!error->isEmpty())
        return std::nullopt;
    if (current && current->contentHash == hash)
        return current;
    const bool saved = Transaction::run(m_db, error, [&] {
        QSqlQuery q(m_db);
        // Returning to an earlier version makes it current again: it moves to the end.
        q.prepare(QStringLiteral("DELETE FROM criteria WHERE content_hash = ?"));
        q.addBindValue(hash);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO criteria (content_hash, scoring_hash, body, created_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(hash);
        q.addBindValue(criteria.scoringHash());
        q.addBindValue(QString::fromUtf8(criteria.canonicalJson()));
        q.addBindValue(now());
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        return true;
    });
    return saved ? currentCriteria(error) : std::nullopt;
}

std::optional<QList<Paper>> ScoreRepository::toScore(const QDate &day, const QString &scoringHash,
                                                     const QString &model, Selection selection,
                                                     QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kDayWithScores +
              (selection == Selection::SetAside
                   ? QStringLiteral(" WHERE s.status IN ('filtered', 'aside') ORDER BY p.id")
                   : QStringLiteral(" WHERE s.status IS NULL OR s.status = 'failed' ORDER BY p.id")));
    q.bindValue(QStringLiteral(":date"), day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":hash"), scoringHash);
    q.bindValue(QStringLiteral(":model"), model);
    if (!q.exec()) {
        *error = sqlError(q);
        return std::nullopt;
    }
    error->clear();
    QList<Paper> papers = readPapers(q);
    for (Paper &p : papers)
        p.announced = day;
    return papers;
}

QStringList ScoreRepository::scoredWithOtherCriteria(const QDate &day, const QString &scoringHash) const
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT s.paper_id FROM scores s"
        " JOIN announcements a ON a.paper_id = s.paper_id AND a.date = ?"
        " WHERE s.status = 'ok' AND s.scoring_hash <> ?"
        " AND NOT EXISTS (SELECT 1 FROM scores t WHERE t.paper_id = s.paper_id AND t.scoring_hash = ?"
        " AND t.status = 'ok') ORDER BY s.paper_id"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(scoringHash);
    q.addBindValue(scoringHash);
    if (q.exec())
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

bool ScoreRepository::storeScores(const QList<PaperScore> &scores, const QString &scoringHash,
                                  const QString &model, int runId, QString *error)
{
    return Transaction::run(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO scores (paper_id, version, scoring_hash, model, status, relevance,"
            " novelty, comment, reason, run_id, scored_at, author_match, relevance_value)"
            " VALUES (?, ?, ?, ?, 'ok', ?, ?, ?, NULL, ?, ?, ?, ?)"));
        const QString stamp = now();
        for (const PaperScore &s : scores) {
            q.addBindValue(s.paperId);
            q.addBindValue(s.version);
            q.addBindValue(scoringHash);
            q.addBindValue(model);
            q.addBindValue(s.relevance);
            q.addBindValue(s.novelty);
            q.addBindValue(s.comment);
            q.addBindValue(runValue(runId));
            q.addBindValue(stamp);
            q.addBindValue(s.authorMatch ? 1 : 0);
            q.addBindValue(s.relevanceValue ? QVariant(*s.relevanceValue)
                                            : QVariant(QMetaType(QMetaType::Double)));
            if (!q.exec()) {
                *error = sqlError(q);
                return false;
            }
        }
        return true;
    });
}

bool ScoreRepository::storeUnscored(const QList<Paper> &papers, const QString &status, const QString &reason,
                                    const QString &scoringHash, const QString &model, int runId,
                                    QString *error)
{
    return Transaction::run(m_db, error, [&] {
        QSqlQuery q(m_db);
        // Never overwrites a good score.
        q.prepare(QStringLiteral(
            "INSERT INTO scores (paper_id, version, scoring_hash, model, status, reason, run_id, scored_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET status = excluded.status,"
            " reason = excluded.reason, run_id = excluded.run_id, scored_at = excluded.scored_at"
            " WHERE scores.status <> 'ok'"));
        const QString stamp = now();
        for (const Paper &p : papers) {
            q.addBindValue(p.id);
            q.addBindValue(p.version);
            q.addBindValue(scoringHash);
            q.addBindValue(model);
            q.addBindValue(status);
            q.addBindValue(reason);
            q.addBindValue(runValue(runId));
            q.addBindValue(stamp);
            if (!q.exec()) {
                *error = sqlError(q);
                return false;
            }
        }
        return true;
    });
}

namespace {

// A run's counts, then its id: the tail of finishRun's and updateRun's UPDATE.
void bindTotals(QSqlQuery &q, const RunRecord &run)
{
    for (const QVariant &v :
         {QVariant(run.requests), QVariant(run.papers), QVariant(run.promptTokens),
          QVariant(run.cachedTokens), QVariant(run.completionTokens), QVariant(run.reasoningTokens),
          QVariant(run.costUsd), QVariant(nullableText(run.titleModel)),
          QVariant(nullableText(run.titleEffort)), QVariant(run.titleAsked), QVariant(run.titleKept),
          QVariant(run.titlePromptTokens), QVariant(run.titleCachedTokens),
          QVariant(run.titleCompletionTokens), QVariant(run.titleReasoningTokens), QVariant(run.id)})
        q.addBindValue(v);
}

// COUNT(*), papers, requests and the four token sums, as measuredUsage asks for them.
MeasuredUsage readMeasured(QSqlQuery &q, QString *error)
{
    MeasuredUsage m;
    if (!execOrSay(q, error) || !q.next())
        return m;
    m.runs = q.value(0).toInt();
    m.papers = q.value(1).toInt();
    m.requests = q.value(2).toInt();
    m.promptTokens = q.value(3).toLongLong();
    m.cachedTokens = q.value(4).toLongLong();
    m.completionTokens = q.value(5).toLongLong();
    m.reasoningTokens = q.value(6).toLongLong();
    return m;
}

} // namespace

int ScoreRepository::startRun(const RunRecord &run, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs (kind, date, provider, model, scoring_hash, effort, asked, started_at,"
        " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running')"));
    q.addBindValue(run.kind);
    q.addBindValue(nullableText(run.date.isValid() ? run.date.toString(Qt::ISODate) : QString()));
    q.addBindValue(run.provider);
    q.addBindValue(run.model);
    q.addBindValue(run.scoringHash);
    q.addBindValue(nullableText(run.effort));
    q.addBindValue(run.asked);
    q.addBindValue(now());
    if (!q.exec()) {
        *error = sqlError(q);
        return 0;
    }
    return q.lastInsertId().toInt();
}

bool ScoreRepository::finishRun(const RunRecord &run, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE runs SET finished_at = ?, status = ?, message = ?, requests = ?, papers = ?, prompt_tokens = "
        "?,"
        " cached_tokens = ?, completion_tokens = ?, reasoning_tokens = ?, cost_usd = ?,"
        " title_model = ?, title_effort = ?, title_asked = ?, title_kept = ?, title_prompt_tokens = ?,"
        " title_cached_tokens = ?, title_completion_tokens = ?, title_reasoning_tokens = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(run.status);
    q.addBindValue(nullableText(run.message));
    bindTotals(q, run);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

bool ScoreRepository::updateRun(const RunRecord &run, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE runs SET requests = ?, papers = ?, prompt_tokens = ?, cached_tokens = ?,"
                             " completion_tokens = ?, reasoning_tokens = ?, cost_usd = ?, title_model = ?,"
                             " title_effort = ?, title_asked = ?, title_kept = ?, title_prompt_tokens = ?, "
                             "title_cached_tokens = ?,"
                             " title_completion_tokens = ?, title_reasoning_tokens = ? WHERE id = ?"));
    bindTotals(q, run);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

MeasuredUsage ScoreRepository::measuredUsage(const QString &model, const QString &effort,
                                             QString *error) const
{
    // The last five: recent enough to follow a changed prompt or model
    // version, enough to smooth one odd day. Runs that stopped early or
    // scored nothing say little about a whole day. Only the abstract pass:
    // a title pass's tokens and the papers it set aside are taken out (its
    // model and effort may be others; CostEstimate::estimateTitles).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), SUM(asked - title_asked + title_kept), SUM(requests),"
        " SUM(prompt_tokens - title_prompt_tokens), SUM(cached_tokens - title_cached_tokens),"
        " SUM(completion_tokens - title_completion_tokens), SUM(reasoning_tokens - title_reasoning_tokens)"
        " FROM (SELECT * FROM runs WHERE kind = 'score'"
        " AND status = 'done' AND provider <> 'offline' AND model = ? AND COALESCE(effort, '') = ?"
        " AND asked > 0 AND requests > 0 AND completion_tokens > 0 ORDER BY id DESC LIMIT 5)"));
    q.addBindValue(model);
    q.addBindValue(effort);
    return readMeasured(q, error);
}

MeasuredUsage ScoreRepository::measuredTitleUsage(const QString &model, const QString &effort,
                                                  QString *error) const
{
    // As measuredUsage, for the title passes of this model at this effort.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), SUM(title_asked), 0, SUM(title_prompt_tokens), SUM(title_cached_tokens),"
        " SUM(title_completion_tokens), SUM(title_reasoning_tokens) FROM (SELECT * FROM runs"
        " WHERE kind = 'score' AND status = 'done' AND provider <> 'offline' AND title_model = ?"
        " AND COALESCE(title_effort, '') = ? AND title_asked > 0 AND title_completion_tokens > 0"
        " ORDER BY id DESC LIMIT 5)"));
    q.addBindValue(model);
    q.addBindValue(effort);
    return readMeasured(q, error);
}

MeasuredKeptShare ScoreRepository::measuredKeptShare(QString *error) const
{
    // Any model's last five title passes: what a title pass keeps depends
    // mostly on the criteria and the day's field, less on the model.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT COUNT(*), SUM(title_asked), SUM(title_kept) FROM (SELECT title_asked, title_kept FROM runs"
        " WHERE kind = 'score' AND status = 'done' AND provider <> 'offline' AND title_asked > 0"
        " ORDER BY id DESC LIMIT 5)"));
    MeasuredKeptShare m;
    if (!execOrSay(q, error) || !q.next())
        return m;
    m.runs = q.value(0).toInt();
    m.asked = q.value(1).toInt();
    m.kept = q.value(2).toInt();
    return m;
}

QList<RunRecord> ScoreRepository::runsForDay(const QDate &day, QString *error) const
{
    QList<RunRecord> runs;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, kind, provider, model, scoring_hash, started_at, finished_at, status, message, requests,"
        " papers, prompt_tokens, cached_tokens, completion_tokens, reasoning_tokens, cost_usd"
        " FROM runs WHERE date = ? ORDER BY id"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!execOrSay(q, error))
        return runs;
    while (q.next()) {
        RunRecord r;
        r.id = q.value(0).toInt();
        r.kind = q.value(1).toString();
        r.date = day;
        r.provider = q.value(2).toString();
        r.model = q.value(3).toString();
        r.scoringHash = q.value(4).toString();
        r.startedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        r.finishedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        r.status = q.value(7).toString();
        r.message = q.value(8).toString();
        r.requests = q.value(9).toInt();
        r.papers = q.value(10).toInt();
        r.promptTokens = q.value(11).toLongLong();
        r.cachedTokens = q.value(12).toLongLong();
        r.completionTokens = q.value(13).toLongLong();
        r.reasoningTokens = q.value(14).toLongLong();
        r.costUsd = q.value(15).toDouble();
        runs << r;
    }
    return runs;
}

} // namespace paperboy

namespace paperboy {

namespace {

// Runs of a day that stored at least one score; the current criteria first,
// then the latest. ":model" narrows to one scorer when bound.
QString scorerRuns(bool oneModel)
{
    return QStringLiteral(
               "SELECT r.model, r.scoring_hash FROM runs r WHERE r.date = :date AND r.kind = 'score'"
               " AND EXISTS (SELECT 1 FROM scores s WHERE s.run_id = r.id AND s.status <> 'failed')%1"
               " ORDER BY r.scoring_hash = :current DESC, r.id DESC LIMIT 1")
        .arg(oneModel ? QStringLiteral(" AND r.model = :model") : QString());
}

// Scores of the day's papers made outside a recorded run: the same order.
QString scorerScores(bool oneModel)
{
    return QStringLiteral("SELECT s.model, s.scoring_hash FROM scores s"
                          " JOIN (SELECT DISTINCT paper_id FROM announcements WHERE date = :date) a"
                          " ON a.paper_id = s.paper_id WHERE s.status <> 'failed'%1"
                          " ORDER BY s.scoring_hash = :current DESC, s.scored_at DESC LIMIT 1")
        .arg(oneModel ? QStringLiteral(" AND s.model = :model") : QString());
}

} // namespace

bool ScoreRepository::dayScorer(const QDate &day, const QString &currentScoringHash,
                                const QString &scoresFrom, ScoreSource *source, QString *error,
                                bool *unknownScorer) const
{
    if (unknownScorer)
        *unknownScorer = false;
    *source = ScoreSource();
    const bool oneModel = !scoresFrom.isEmpty() && scoresFrom != QLatin1String("latest");
    for (const QString &sql : {scorerRuns(oneModel), scorerScores(oneModel)}) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.bindValue(QStringLiteral(":date"), day.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":current"), currentScoringHash);
        if (oneModel)
            q.bindValue(QStringLiteral(":model"), scoresFrom);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        if (q.next()) {
            *source = ScoreSource{q.value(0).toString(), q.value(1).toString()};
            return true;
        }
    }
    if (!oneModel)
        return true; // nothing scored the day yet
    const auto scorers = scorersOfDay(day, error);
    if (!scorers)
        return false;
    *error = scorers->isEmpty()
                 ? QCoreApplication::translate("paperboy::ScoreRepository", "%1 has no scores yet")
                       .arg(day.toString(Qt::ISODate))
                 : QCoreApplication::translate("paperboy::ScoreRepository",
                                               "%1 has no scores from %2; it was scored by %3")
                       .arg(day.toString(Qt::ISODate), scoresFrom, scorers->join(QStringLiteral(", ")));
    if (unknownScorer)
        *unknownScorer = true;
    return false;
}

std::optional<QStringList> ScoreRepository::scorersOfDay(const QDate &day, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT r.model FROM runs r WHERE r.date = ? AND r.kind = 'score'"
                       " AND EXISTS (SELECT 1 FROM scores s WHERE s.run_id = r.id AND s.status <> 'failed')"
                       " GROUP BY r.model ORDER BY MAX(r.id) DESC"));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec()) {
        *error = sqlError(q);
        return std::nullopt;
    }
    QStringList models;
    while (q.next())
        models << q.value(0).toString();
    return models;
}

} // namespace paperboy
