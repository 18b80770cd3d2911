#pragma once

#include "core/Criteria.h"
#include "core/DayRecord.h"
#include "core/Paper.h"
#include "core/PaperRow.h"
#include "core/ScoreRecords.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace paperboy {

struct ListQuery
{
    enum class Sort
    {
        Score,
        Relevance,
        Novelty,
        Date
    };
    QDate date; // null: see PaperRepository::list
    bool starredOnly = false;
    bool relevantOnly = false;
    // Only papers scored under other criteria than these (and not under
    // these): what an edit of the criteria left to re-score.
    QString outdatedAgainst;
    // The current criteria: the relevance rule applies them to every row,
    // and a day's scorer is chosen under their scoring hash.
    Criteria criteria;
    // A day's scores come from one scorer: "" or "latest" for the day's
    // scorer (ScoreRepository::dayScorer), or a model name. History views
    // (no date) show each paper's latest score, the current criteria first.
    QString scoresFrom;
    QString search;      // words, matched by prefix against title, authors and abstract
    int searchLimit = 0; // with search: only the newest this many matches (0: all)
    QStringList ids;     // restrict to these ids when not empty
    Sort sort = Sort::Score;
    int limit = -1;
};

// Reads and writes papers, days and per-paper state. Every method runs on the
// connection it was given, so a repository lives on one thread. Writes of
// many rows happen inside one transaction with prepared statements.
class PaperRepository
{
public:
    explicit PaperRepository(QSqlDatabase &db);

    // Stores a fetched day in one transaction: the papers (one row per id,
    // a newer version replaces an older one), the day's announcements and
    // the day's counts. A day already held is merged into, never shrunk: its
    // announcements are added to or updated, none removed, whatever the new
    // feed lacks. All or nothing.
    bool storeDay(const DayRecord &day, const QList<Paper> &papers, const QList<Announcement> &announcements,
                  StoreStats *stats, QString *error);
    // Stores papers that belong to no day (added by id). All or nothing.
    bool storePapers(const QList<Paper> &papers, StoreStats *stats, QString *error);

    // Lists papers. With a date: that day's announcement. Without a date,
    // starred, search or id filters range over the whole history; with none
    // of them the latest day is shown. Every row is judged by the relevance
    // rule (core/Relevance.h). *source (when given) is the scorer a day's
    // rows show (invalid when the day has no scores or for history views).
    // On a failed read, or a scorer that never scored the day (then
    // *unknownScorer, when given, is true), returns nothing and sets *error.
    QList<PaperRow> list(const ListQuery &query, QString *error, ScoreSource *source = nullptr,
                         bool *unknownScorer = nullptr) const;

    // Stars or unstars; returns the ids that are not in the cache (left alone).
    bool setStarred(const QStringList &ids, bool starred, QStringList *unknown, QString *error);
    bool setRead(const QStringList &ids, bool read, QString *error);
    // "Not interested": hidden from the day's list, and a negative example
    // for the offline scorer.
    bool setHidden(const QStringList &ids, bool hidden, QString *error);

    // Papers first seen before `day`, newest first, at most `limit`: the
    // background the offline scorer measures novelty and word rarity against.
    QList<Paper> history(const QDate &day, int limit, QString *error = nullptr) const;
    // Papers the person starred, or hid as "not interested".
    QList<Paper> starredPapers(QString *error = nullptr) const;
    QList<Paper> hiddenPapers(QString *error = nullptr) const;
    // Papers first seen before `day` that a language model scored under
    // `scoringHash` (the current criteria), newest first, at most `limit`,
    // each with the model's relevance (its latest score when several): what
    // the offline scorer learns the person's model from.
    QList<QPair<Paper, int>> modelJudged(const QDate &day, const QString &scoringHash, int limit,
                                         QString *error = nullptr) const;
    // Every paper announced on a day.
    QList<Paper> papersOfDay(const QDate &day, QString *error = nullptr) const;

    QList<DayRecord> days(QString *error = nullptr) const;
    // Papers of a day not read yet (hidden ones left out): the tray's count.
    int unreadOnDay(const QDate &day, QString *error = nullptr) const;
    std::optional<DayRecord> day(const QDate &date, QString *error = nullptr) const;
    // The methods that take `error` set it on a failed read (which then
    // returns nothing) and clear it otherwise: nothing is not "none".
    QDate latestDay(QString *error = nullptr) const;
    int paperCount() const;
    QStringList knownIds(const QStringList &ids) const;

private:
    bool upsertPapers(const QList<Paper> &papers, StoreStats *stats, QString *error);
    bool indexForSearch(const QStringList &ids, QString *error);
    // Distinct papers announced on a day ("yyyy-MM-dd"), in `categories` when
    // any are given; -1 on error.
    int papersAnnouncedOn(const QString &date, const QStringList &categories, QString *error);
    // column: "starred" or "hidden" (a constant, never data).
    QList<Paper> papersMarked(const char *column, QString *error) const;
    // column: "read" or "hidden" (a constant, never data).
    bool setFlag(const char *column, const QStringList &ids, bool on, QString *error);

    QSqlDatabase &m_db;
};

// Reads rows of (id, version, title, authors, abstract, categories), the
// column order every paper query here selects, into papers.
QList<Paper> readPapers(QSqlQuery &q);

// Turns what a person types into a safe FTS5 query: every word must match,
// the last one as a prefix (results as you type) once it has three letters;
// FTS syntax is neutralised.
QString ftsQuery(const QString &text);

} // namespace paperboy
