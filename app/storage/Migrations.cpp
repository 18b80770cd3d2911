#include "storage/Migrations.h"

#include "core/Criteria.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace paperboy {

namespace {

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// Schema 5: scores were keyed by a hash of everything but the cut-offs,
// followed authors included. Now followed authors, like the cut-offs, are
// applied when scores are read, so the key leaves them out: re-key the
// stored scores and runs of every saved version (and of the shipped
// defaults, which scored before any version was saved) so that no score is
// lost. Two old keys that now coincide keep the first score of a paper.
bool rekeyScores(QSqlDatabase &db, QString *error)
{
    QList<Criteria> versions{Criteria::defaults()};
    QList<int> ids{0};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, body FROM criteria ORDER BY id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ids << q.value(0).toInt();
        versions << Criteria::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    }
    QSqlQuery setVersion(db), rekeyScoresQuery(db), rekeyRuns(db);
    setVersion.prepare(QStringLiteral("UPDATE criteria SET scoring_hash = ? WHERE id = ?"));
    rekeyScoresQuery.prepare(
        QStringLiteral("UPDATE OR IGNORE scores SET scoring_hash = ? WHERE scoring_hash = ?"));
    rekeyRuns.prepare(QStringLiteral("UPDATE runs SET scoring_hash = ? WHERE scoring_hash = ?"));
    for (qsizetype i = 0; i < versions.size(); ++i) {
        QJsonObject legacy = versions[i].toJson();
        legacy.remove(QStringLiteral("relevance_cutoff"));
        legacy.remove(QStringLiteral("novelty_cutoff"));
        const QString from = Criteria::hashOf(legacy);
        const QString to = versions[i].scoringHash();
        if (ids[i] > 0) {
            setVersion.addBindValue(to);
            setVersion.addBindValue(ids[i]);
            if (!run(setVersion, error))
                return false;
        }
        for (QSqlQuery *rekey : {&rekeyScoresQuery, &rekeyRuns}) {
            rekey->addBindValue(to);
            rekey->addBindValue(from);
            if (!run(*rekey, error))
                return false;
        }
    }
    return true;
}

QList<Migration> build()
{
    QList<Migration> list;

    // 0 -> 1: papers and the days they were announced on.
    list.append({"papers, days, announcements, per-paper state",
                 {
                     // pk is an INTEGER PRIMARY KEY so the FTS index can point at a
                     // rowid that VACUUM never renumbers.
                     QStringLiteral("CREATE TABLE papers ("
                                    " pk INTEGER PRIMARY KEY,"
                                    " id TEXT NOT NULL UNIQUE,"
                                    " version INTEGER NOT NULL,"
                                    " title TEXT NOT NULL,"
                                    " authors TEXT NOT NULL," // names joined by newlines
                                    " abstract TEXT NOT NULL,"
                                    " categories TEXT NOT NULL," // space separated, primary first
                                    " doi TEXT, journal_ref TEXT, license TEXT, comment TEXT,"
                                    " updated TEXT," // date of the latest version
                                    " first_seen TEXT NOT NULL,"
                                    " last_changed TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE days ("
                                    " date TEXT PRIMARY KEY,"
                                    " announced INTEGER NOT NULL," // distinct papers in the feeds
                                    " kept INTEGER NOT NULL,"      // after the announce-type filter
                                    " categories TEXT NOT NULL,"
                                    " announce_types TEXT NOT NULL,"
                                    " source TEXT NOT NULL," // rss or api
                                    " fetched_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE announcements ("
                                    " date TEXT NOT NULL REFERENCES days(date) ON DELETE CASCADE,"
                                    " paper_id TEXT NOT NULL REFERENCES papers(id),"
                                    " category TEXT NOT NULL,"
                                    " announce_type TEXT NOT NULL,"
                                    " PRIMARY KEY (date, paper_id, category)) WITHOUT ROWID"),
                     QStringLiteral("CREATE INDEX announcements_by_paper ON announcements(paper_id)"),
                     // Stars and read state belong to the id, not to a version or a
                     // day, so they survive re-fetches and new versions.
                     QStringLiteral("CREATE TABLE paper_state ("
                                    " paper_id TEXT PRIMARY KEY REFERENCES papers(id),"
                                    " starred INTEGER NOT NULL DEFAULT 0,"
                                    " read INTEGER NOT NULL DEFAULT 0,"
                                    " hidden INTEGER NOT NULL DEFAULT 0,"
                                    " starred_at TEXT, note TEXT)"),
                 }});

    // 1 -> 2: scoring and cost accounting.
    list.append({"criteria, scores, runs",
                 {
                     QStringLiteral("CREATE TABLE criteria ("
                                    " id INTEGER PRIMARY KEY,"
                                    " hash TEXT NOT NULL UNIQUE,"
                                    " body TEXT NOT NULL,"
                                    " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE runs ("
                                    " id INTEGER PRIMARY KEY,"
                                    " kind TEXT NOT NULL," // fetch or score
                                    " date TEXT,"
                                    " provider TEXT, model TEXT, criteria_hash TEXT,"
                                    " started_at TEXT NOT NULL, finished_at TEXT,"
                                    " status TEXT NOT NULL DEFAULT 'running',"
                                    " message TEXT,"
                                    " requests INTEGER NOT NULL DEFAULT 0,"
                                    " papers INTEGER NOT NULL DEFAULT 0,"
                                    " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                                    " cached_tokens INTEGER NOT NULL DEFAULT 0,"
                                    " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                                    " reasoning_tokens INTEGER NOT NULL DEFAULT 0,"
                                    " cost_usd REAL NOT NULL DEFAULT 0)"),
                     QStringLiteral("CREATE TABLE scores ("
                                    " paper_id TEXT NOT NULL REFERENCES papers(id),"
                                    " version INTEGER NOT NULL,"
                                    " criteria_hash TEXT NOT NULL,"
                                    " model TEXT NOT NULL,"
                                    " status TEXT NOT NULL DEFAULT 'ok'," // ok, failed, filtered (title
                                                                          // pass), aside (offline cascade)
                                    " relevance INTEGER, novelty INTEGER, comment TEXT,"
                                    " reason TEXT,"
                                    " run_id INTEGER REFERENCES runs(id),"
                                    " scored_at TEXT NOT NULL,"
                                    " PRIMARY KEY (paper_id, version, criteria_hash, model)) WITHOUT ROWID"),
                     QStringLiteral("CREATE INDEX scores_by_time ON scores(paper_id, scored_at)"),
                 }});

    // 2 -> 3: full-text search over the whole history. External content keeps
    // one copy of the text. The repository indexes new and changed rows with
    // one statement per store: FTS5 flushes its pending index at every
    // statement, so per-row triggers would write one segment per paper.
    list.append({"full-text index",
                 {
                     QStringLiteral("CREATE VIRTUAL TABLE papers_fts USING fts5("
                                    " title, authors, abstract,"
                                    " content='papers', content_rowid='pk',"
                                    " tokenize='unicode61 remove_diacritics 2', detail=column)"),
                     QStringLiteral("CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN"
                                    " INSERT INTO papers_fts(papers_fts, rowid, title, authors, abstract)"
                                    " VALUES ('delete', old.pk, old.title, old.authors, old.abstract); END"),
                     // Index what an older file already holds.
                     QStringLiteral("INSERT INTO papers_fts(papers_fts) VALUES ('rebuild')"),
                 }});

    // 3 -> 4: the file says it is a Paperboy cache, so that Paperboy can
    // refuse (and leave alone) every SQLite file that is not one.
    list.append({"application id",
                 {
                     QStringLiteral("PRAGMA application_id = 1346522969"), // 0x50424f59, "PBOY"
                 }});
    // 4 -> 5: one truth about every paper (docs/DESIGN_NOTES.md, "The day's
    // scores"). The two hashes are named apart: a version's content hash, and
    // the scoring hash that scores and runs are keyed by, which a score joins
    // its criteria version on. Whether a score matched a followed author is
    // kept with it (older scores said so in their comment).
    list.append(
        {"two criteria hashes, scores joinable to their criteria, followed-author matches",
         {
             QStringLiteral("ALTER TABLE criteria RENAME COLUMN hash TO content_hash"),
             QStringLiteral("ALTER TABLE criteria ADD COLUMN scoring_hash TEXT"),
             QStringLiteral("ALTER TABLE scores RENAME COLUMN criteria_hash TO scoring_hash"),
             QStringLiteral("ALTER TABLE runs RENAME COLUMN criteria_hash TO scoring_hash"),
             QStringLiteral("ALTER TABLE scores ADD COLUMN author_match INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE scores SET author_match = 1 WHERE comment LIKE 'Followed author:%'"),
             QStringLiteral("CREATE INDEX scores_by_run ON scores(run_id)"),
             QStringLiteral("CREATE INDEX criteria_by_scoring_hash ON criteria(scoring_hash)"),
             QStringLiteral("CREATE INDEX runs_by_day ON runs(date, kind)"),
         },
         rekeyScores});
    // 5 -> 6: the date of a paper's first version, which a citation gives as
    // its year; the feeds do not carry it, so older rows stay NULL until the
    // API lists them again (the id gives the year and month meanwhile).
    list.append({"first-version date",
                 {
                     QStringLiteral("ALTER TABLE papers ADD COLUMN published TEXT"),
                 }});
    // 6 -> 7: the reasoning effort a run asked for and the papers it was
    // asked to score, so that an estimate can use the tokens per paper
    // measured at that effort (ScoreRepository::measuredUsage).
    list.append({"the reasoning effort and the papers asked of a run",
                 {
                     QStringLiteral("ALTER TABLE runs ADD COLUMN effort TEXT"),
                     QStringLiteral("ALTER TABLE runs ADD COLUMN asked INTEGER NOT NULL DEFAULT 0"),
                 }});
    // 7 -> 8: the offline scorer's relevance before rounding, which orders
    // papers within one integer relevance (PaperScore::relevanceValue).
    // Model scores and older rows leave it NULL.
    list.append({"the relevance before rounding",
                 {
                     QStringLiteral("ALTER TABLE scores ADD COLUMN relevance_value REAL"),
                 }});
    // 8 -> 9: what a run's title pass read, kept and spent, apart from its
    // totals, so that an estimate learns the abstracts' tokens per paper and
    // the share of titles kept (ScoreRepository::measuredUsage, keptShare).
    list.append(
        {"the title pass of a run",
         {
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_model TEXT"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_effort TEXT"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_asked INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_kept INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_prompt_tokens INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_cached_tokens INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_completion_tokens INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE runs ADD COLUMN title_reasoning_tokens INTEGER NOT NULL DEFAULT 0"),
         }});
    // 9 -> 10: the days pushed to a chat or webhook, by kind of target, so
    // that a push is not repeated (PushRepository). The address and token
    // are secrets and stay out of the cache.
    list.append({"the days pushed",
                 {
                     QStringLiteral("CREATE TABLE pushes (date TEXT NOT NULL, target TEXT NOT NULL,"
                                    " pushed_at TEXT NOT NULL, messages INTEGER NOT NULL,"
                                    " PRIMARY KEY (date, target)) WITHOUT ROWID"),
                 }});
    return list;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = build();
    return list;
}

} // namespace paperboy
