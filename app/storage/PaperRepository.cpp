#include "storage/PaperRepository.h"

#include "core/Clock.h"
#include "core/Relevance.h"
#include "storage/ScoreRepository.h"

#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace paperboy {

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(kDateFormat) : QString();
}

// The inverse of dateText. Qt::ISODate reads the same yyyy-MM-dd text as
// kDateFormat but without building a format parser per call, which took a
// sixth of a day's list() (docs/BENCHMARKS.md, bench_window).
QDate parseDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// A list bound as one JSON value and unpacked with json_each(): one
// prepared statement for any number of ids, nothing spliced into SQL.
QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// SQL that ranks announce types the way AnnounceType orders them, so that a
// paper announced as new in one category and cross in another shows as new.
const QString kTypeRank =
    QStringLiteral("CASE announce_type WHEN 'new' THEN 0 WHEN 'cross' THEN 1 WHEN 'replace' THEN 2"
                   " WHEN 'replace-cross' THEN 3 WHEN 'absonly' THEN 4 ELSE 5 END");

QString typeFromRank(int rank)
{
    static const AnnounceType types[] = {AnnounceType::New,     AnnounceType::Cross,
                                         AnnounceType::Replace, AnnounceType::ReplaceCross,
                                         AnnounceType::AbsOnly, AnnounceType::Unknown};
    return announceTypeName(types[qBound(0, rank, 5)]);
}

// The paper of the current row, whose first six columns are those of
// kPaperColumns (id, version, title, authors, abstract, categories).
Paper readPaper(const QSqlQuery &q)
{
    Paper p;
    p.id = q.value(0).toString();
    p.version = q.value(1).toInt();
    p.title = q.value(2).toString();
    p.authors = q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    p.abstract = q.value(4).toString();
    p.categories = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return p;
}

} // namespace

PaperRepository::PaperRepository(QSqlDatabase &db)
    : m_db(db)
{
}

bool PaperRepository::upsertPapers(const QList<Paper> &input, StoreStats *stats, QString *error)
{
    // One row per id: a list naming a paper twice keeps its newest version.
    QList<Paper> papers;
    papers.reserve(input.size());
    {
        QHash<QString, qsizetype> at;
        for (const Paper &p : input) {
            const auto it = at.constFind(p.id);
            if (it == at.cend()) {
                at.insert(p.id, papers.size());
                papers << p;
            } else if (p.version > papers.at(*it).version) {
                papers[*it] = p;
            }
        }
    }
    // What the cache already holds of these ids, in one query.
    struct Known
    {
        int version;
        QString doi;
        QString journalRef;
        QString published;
    };
    QHash<QString, Known> known;
    {
        QStringList ids;
        ids.reserve(papers.size());
        for (const Paper &p : papers)
            ids << p.id;
        QSqlQuery existing(m_db);
        existing.setForwardOnly(true);
        existing.prepare(QStringLiteral("SELECT id, version, doi, journal_ref, published FROM papers"
                                        " WHERE id IN (SELECT value FROM json_each(?))"));
        existing.addBindValue(jsonArray(ids));
        if (!existing.exec()) {
            *error = sqlError(existing);
            return false;
        }
        while (existing.next())
            known.insert(existing.value(0).toString(),
                         {existing.value(1).toInt(), existing.value(2).toString(),
                          existing.value(3).toString(), existing.value(4).toString()});
    }
    QSqlQuery upsert(m_db);
    upsert.setForwardOnly(true);
    // A newer version replaces the row; an older one never downgrades it.
    upsert.prepare(QStringLiteral(
        "INSERT INTO papers (id, version, title, authors, abstract, categories, doi, journal_ref, license,"
        " comment, updated, published, first_seen, last_changed)"
        " VALUES (:id, :version, :title, :authors, :abstract, :categories, :doi, :journal_ref, :license,"
        " :comment, :updated, :published, :now, :now)"
        " ON CONFLICT(id) DO UPDATE SET version = excluded.version, title = excluded.title,"
        " authors = excluded.authors, abstract = excluded.abstract, categories = excluded.categories,"
        " doi = COALESCE(excluded.doi, papers.doi), journal_ref = COALESCE(excluded.journal_ref, "
        "papers.journal_ref),"
        " license = COALESCE(excluded.license, papers.license), comment = COALESCE(excluded.comment, "
        "papers.comment),"
        " updated = excluded.updated, published = COALESCE(excluded.published, papers.published),"
        " last_changed = excluded.last_changed"
        " WHERE excluded.version > papers.version"));
    // Before a row's text changes its old text leaves the search index.
    QSqlQuery unindex(m_db);
    unindex.prepare(
        QStringLiteral("INSERT INTO papers_fts(papers_fts, rowid, title, authors, abstract)"
                       " SELECT 'delete', pk, title, authors, abstract FROM papers WHERE id = ?"));
    QSqlQuery fill(m_db);
    // arXiv adds a DOI or journal reference without a new version; the API
    // gives the first version's date of a paper first seen in a feed.
    fill.prepare(
        QStringLiteral("UPDATE papers SET doi = COALESCE(?, doi), journal_ref = COALESCE(?, journal_ref),"
                       " published = COALESCE(?, published), last_changed = ? WHERE id = ?"));

    const QString now = clock::nowUtc().toString(Qt::ISODate);
    QStringList toIndex;
    for (const Paper &p : papers) {
        const auto it = known.constFind(p.id);
        const bool isKnown = it != known.cend();
        const int storedVersion = isKnown ? it->version : 0;
        const bool newDoi = isKnown && !p.doi.isEmpty() && it->doi != p.doi;
        const bool newJournal = isKnown && !p.journalRef.isEmpty() && it->journalRef != p.journalRef;
        const QString published = dateText(p.published);
        const bool newPublished = isKnown && !published.isEmpty() && it->published != published;

        if (!isKnown || p.version > storedVersion) {
            if (isKnown) {
                unindex.addBindValue(p.id);
                if (!unindex.exec()) {
                    *error = sqlError(unindex);
                    return false;
                }
            }
            upsert.bindValue(QStringLiteral(":id"), p.id);
            upsert.bindValue(QStringLiteral(":version"), p.version);
            upsert.bindValue(QStringLiteral(":title"), p.title);
            upsert.bindValue(QStringLiteral(":authors"), p.authors.join(QLatin1Char('\n')));
            upsert.bindValue(QStringLiteral(":abstract"), p.abstract);
            // A paper listed without categories is kept with none: '' not NULL.
            upsert.bindValue(QStringLiteral(":categories"), p.categories.isEmpty()
                                                                ? QString(0, QChar())
                                                                : p.categories.join(QLatin1Char(' ')));
            upsert.bindValue(QStringLiteral(":doi"), nullable(p.doi));
            upsert.bindValue(QStringLiteral(":journal_ref"), nullable(p.journalRef));
            upsert.bindValue(QStringLiteral(":license"), nullable(p.license));
            upsert.bindValue(QStringLiteral(":comment"), nullable(p.comment));
            upsert.bindValue(QStringLiteral(":updated"), nullable(dateText(p.updated)));
            upsert.bindValue(QStringLiteral(":published"), nullable(published));
            upsert.bindValue(QStringLiteral(":now"), now);
            if (!upsert.exec()) {
                *error = sqlError(upsert);
                return false;
            }
            ++(isKnown ? stats->updated : stats->added);
            toIndex << p.id;
        } else if (p.version == storedVersion && (newDoi || newJournal || newPublished)) {
            fill.addBindValue(nullable(p.doi));
            fill.addBindValue(nullable(p.journalRef));
            fill.addBindValue(nullable(published));
            fill.addBindValue(now);
            fill.addBindValue(p.id);
            if (!fill.exec()) {
                *error = sqlError(fill);
                return false;
            }
            ++stats->updated;
        } else {
            ++stats->unchanged;
        }
    }
    return indexForSearch(toIndex, error);
}

bool PaperRepository::indexForSearch(const QStringList &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO papers_fts(rowid, title, authors, abstract)"
                             " SELECT pk, title, authors, abstract FROM papers"
                             " WHERE id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(jsonArray(ids));
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

bool PaperRepository::storeDay(const DayRecord &day, const QList<Paper> &papers,
                               const QList<Announcement> &announcements, StoreStats *stats, QString *error)
{
    StoreStats local;
    const bool stored = Transaction::run(m_db, error, [&] {
        const QString date = dateText(day.date);
        // A fetch of a day already held adds to it. Other categories add
        // their papers to the count announced; the same ones keep the larger
        // count, so a short feed cannot shrink it.
        DayRecord merged = day;
        if (const auto old = this->day(day.date)) {
            QSet<QString> fresh(day.categories.cbegin(), day.categories.cend());
            QSet<QString> before(old->categories.cbegin(), old->categories.cend());
            merged.announced = fresh.intersects(before) ? qMax(old->announced, day.announced)
                                                        : old->announced + day.announced;
            for (const QString &c : old->categories)
                if (!merged.categories.contains(c))
                    merged.categories << c;
            for (const QString &t : old->announceTypes)
                if (!merged.announceTypes.contains(t))
                    merged.announceTypes << t;
        }
        const int before = papersAnnouncedOn(date, day.categories, error);
        if (before < 0)
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO days (date, announced, kept, categories, announce_types, source, fetched_at)"
            " VALUES (:date, :announced, :kept,"
            " :categories, :types, :source, :fetched) ON CONFLICT(date) DO UPDATE SET announced = "
            "excluded.announced,"
            " kept = excluded.kept, categories = excluded.categories, announce_types = "
            "excluded.announce_types,"
            " source = excluded.source, fetched_at = excluded.fetched_at"));
        q.bindValue(QStringLiteral(":date"), date);
        q.bindValue(QStringLiteral(":announced"), merged.announced);
        q.bindValue(QStringLiteral(":kept"), merged.kept);
        q.bindValue(QStringLiteral(":categories"), merged.categories.join(QLatin1Char(' ')));
        q.bindValue(QStringLiteral(":types"), merged.announceTypes.join(QLatin1Char(' ')));
        q.bindValue(QStringLiteral(":source"), day.source);
        q.bindValue(
            QStringLiteral(":fetched"),
            (day.fetchedAt.isValid() ? day.fetchedAt : clock::nowUtc()).toUTC().toString(Qt::ISODate));
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        if (!upsertPapers(papers, &local, error))
            return false;

        QSqlQuery ins(m_db);
        ins.prepare(
            QStringLiteral("INSERT OR REPLACE INTO announcements (date, paper_id, category, announce_type)"
                           " VALUES (?, ?, ?, ?)"));
        for (const Announcement &a : announcements) {
            ins.addBindValue(date);
            ins.addBindValue(a.paperId);
            ins.addBindValue(a.category);
            ins.addBindValue(announceTypeName(a.type));
            if (!ins.exec()) {
                *error = sqlError(ins);
                return false;
            }
        }
        // The day's kept count is what its announcements now hold, and it
        // cannot have announced fewer papers than it kept.
        const int kept = papersAnnouncedOn(date, {}, error);
        const int after = papersAnnouncedOn(date, day.categories, error);
        if (kept < 0 || after < 0)
            return false;
        q.prepare(QStringLiteral("UPDATE days SET kept = :kept, announced = MAX(announced, :kept)"
                                 " WHERE date = :date"));
        q.bindValue(QStringLiteral(":kept"), kept);
        q.bindValue(QStringLiteral(":date"), date);
        if (!q.exec()) {
            *error = sqlError(q);
            return false;
        }
        local.dayBefore = before;
        local.dayAfter = after;
        return true;
    });
    if (stored && stats)
        *stats = local;
    return stored;
}

int PaperRepository::papersAnnouncedOn(const QString &date, const QStringList &categories, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(categories.isEmpty()
                  ? QStringLiteral("SELECT COUNT(DISTINCT paper_id) FROM announcements WHERE date = ?")
                  : QStringLiteral("SELECT COUNT(DISTINCT paper_id) FROM announcements WHERE date = ?"
                                   " AND category IN (SELECT value FROM json_each(?))"));
    q.addBindValue(date);
    if (!categories.isEmpty())
        q.addBindValue(jsonArray(categories));
    if (!q.exec() || !q.next()) {
        *error = sqlError(q);
        return -1;
    }
    return q.value(0).toInt();
}

bool PaperRepository::storePapers(const QList<Paper> &papers, StoreStats *stats, QString *error)
{
    StoreStats local;
    if (!Transaction::run(m_db, error, [&] { return upsertPapers(papers, &local, error); }))
        return false;
    if (stats)
        *stats = local;
    return true;
}

namespace {

ScoreState scoreStateOf(const QVariant &status)
{
    if (status.isNull())
        return ScoreState::Unscored;
    const QString s = status.toString();
    return s == QLatin1String("ok")                                        ? ScoreState::Scored
           : s == QLatin1String("filtered") || s == QLatin1String("aside") ? ScoreState::SetAside
                                                                           : ScoreState::Failed;
}

// Scored first, then set aside, then failed, then unscored.
const QString kStateRank =
    QStringLiteral("CASE sc.status WHEN 'ok' THEN 0 WHEN 'filtered' THEN 1 WHEN 'aside' THEN 1 WHEN 'failed' "
                   "THEN 2 ELSE 3 END");

} // namespace

QList<PaperRow> PaperRepository::list(const ListQuery &query, QString *error, ScoreSource *source,
                                      bool *unknownScorer) const
{
    QList<PaperRow> rows;
    error->clear();
    if (source)
        *source = ScoreSource();
    QDate date = query.date;
    if (!date.isValid() && !query.starredOnly && query.search.trimmed().isEmpty() && query.ids.isEmpty()) {
        date = latestDay(error);
        if (!error->isEmpty())
            return rows;
    }
    const bool byDay = date.isValid();
    const QString currentHash = query.criteria.scoringHash();

    // A day shows one scorer's scores (ScoreRepository::dayScorer).
    ScoreSource scorer;
    if (unknownScorer)
        *unknownScorer = false;
    if (byDay &&
        !ScoreRepository(m_db).dayScorer(date, currentHash, query.scoresFrom, &scorer, error, unknownScorer))
        return rows;
    if (source)
        *source = scorer;

    // The day's announcement, or for history views the paper's latest one.
    // History views look the announcement up per row (announcements_by_paper):
    // a grouped join would aggregate the whole history for a few rows.
    const QString dateColumn =
        byDay ? QStringLiteral("a.date")
              : QStringLiteral("(SELECT MAX(x.date) FROM announcements x WHERE x.paper_id = p.id)");
    const QString rankColumn =
        byDay
            ? QStringLiteral("a.type_rank")
            : QStringLiteral("(SELECT MIN(%1) FROM announcements x WHERE x.paper_id = p.id)").arg(kTypeRank);
    QString sql =
        QStringLiteral("SELECT p.id, p.version, p.title, p.authors, p.abstract, p.categories, p.doi,"
                       " p.journal_ref, p.license, p.comment, p.updated, %1 AS adate, %2,"
                       " COALESCE(st.starred, 0), COALESCE(st.read, 0), COALESCE(st.hidden, 0),"
                       " sc.relevance, sc.novelty, sc.comment, sc.status, sc.reason, sc.model,"
                       " sc.author_match,"
                       " (SELECT MAX(c.id) FROM criteria c WHERE c.scoring_hash = sc.scoring_hash),"
                       " p.published, sc.relevance_value"
                       " FROM papers p")
            .arg(dateColumn, rankColumn);
    if (byDay)
        sql += QStringLiteral(" JOIN (SELECT paper_id, date, MIN(%1) AS type_rank FROM announcements"
                              " WHERE date = :date GROUP BY paper_id) a ON a.paper_id = p.id")
                   .arg(kTypeRank);
    sql += QStringLiteral(" LEFT JOIN paper_state st ON st.paper_id = p.id");
    if (byDay)
        sql += QStringLiteral(" LEFT JOIN scores sc ON sc.paper_id = p.id AND sc.version = p.version"
                              " AND sc.model = :smodel AND sc.scoring_hash = :shash");
    else
        // Across days there is no one scorer: each paper's latest score, the
        // current criteria's first, and the row says whose it is.
        sql += QStringLiteral(
            " LEFT JOIN scores sc ON sc.paper_id = p.id AND sc.version = p.version"
            " AND (sc.scoring_hash, sc.model) = (SELECT s2.scoring_hash, s2.model FROM scores s2"
            " WHERE s2.paper_id = p.id AND s2.version = p.version AND s2.status <> 'failed'"
            " ORDER BY s2.scoring_hash = :current DESC, s2.scored_at DESC LIMIT 1)");
    QStringList where;
    const QString fts = ftsQuery(query.search);
    // The newest matches first and only so many of them: FTS5 walks its
    // index in descending rowid order and stops at the limit.
    if (!fts.isEmpty())
        where << (query.searchLimit > 0
                      ? QStringLiteral("p.pk IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH :fts"
                                       " ORDER BY rowid DESC LIMIT :slimit)")
                      : QStringLiteral("p.pk IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH :fts)"));
    if (query.starredOnly)
        where << QStringLiteral("st.starred = 1");
    // Narrowed here, decided below by the rule.
    if (query.relevantOnly)
        where << QStringLiteral("sc.status = 'ok'");
    if (!query.ids.isEmpty())
        where << QStringLiteral("p.id IN (SELECT value FROM json_each(:ids))");
    if (!query.outdatedAgainst.isEmpty())
        where << QStringLiteral(
            "EXISTS (SELECT 1 FROM scores o WHERE o.paper_id = p.id AND o.status = 'ok' AND o.scoring_hash "
            "<> :hash)"
            " AND NOT EXISTS (SELECT 1 FROM scores n WHERE n.paper_id = p.id AND n.version = p.version"
            " AND n.status = 'ok' AND n.scoring_hash = :hash)");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    switch (query.sort) {
    case ListQuery::Sort::Score:
        sql += QStringLiteral(" ORDER BY %1, sc.relevance + sc.novelty DESC, sc.relevance DESC,"
                              " sc.relevance_value DESC, p.id")
                   .arg(kStateRank);
        break;
    case ListQuery::Sort::Relevance:
        sql += QStringLiteral(" ORDER BY %1, sc.relevance DESC, sc.relevance_value DESC,"
                              " sc.novelty DESC, p.id")
                   .arg(kStateRank);
        break;
    case ListQuery::Sort::Novelty:
        sql += QStringLiteral(" ORDER BY %1, sc.novelty DESC, sc.relevance DESC,"
                              " sc.relevance_value DESC, p.id")
                   .arg(kStateRank);
        break;
    case ListQuery::Sort::Date:
        sql += QStringLiteral(" ORDER BY adate IS NULL, adate DESC, p.id");
        break;
    }
    // With the relevance filter the rule decides in C++, so the limit too.
    if (query.limit > 0 && !query.relevantOnly)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = sqlError(q);
        return rows;
    }
    if (byDay) {
        q.bindValue(QStringLiteral(":date"), dateText(date));
        q.bindValue(QStringLiteral(":smodel"), scorer.model);
        q.bindValue(QStringLiteral(":shash"), scorer.scoringHash);
    } else {
        q.bindValue(QStringLiteral(":current"), currentHash);
    }
    if (!fts.isEmpty())
        q.bindValue(QStringLiteral(":fts"), fts);
    if (!fts.isEmpty() && query.searchLimit > 0)
        q.bindValue(QStringLiteral(":slimit"), query.searchLimit);
    if (!query.ids.isEmpty())
        q.bindValue(QStringLiteral(":ids"), jsonArray(query.ids));
    if (!query.outdatedAgainst.isEmpty())
        q.bindValue(QStringLiteral(":hash"), query.outdatedAgainst);
    if (!q.exec()) {
        *error = sqlError(q);
        return rows;
    }
    while (q.next()) {
        PaperRow row;
        row.paper = readPaper(q);
        Paper &p = row.paper;
        p.doi = q.value(6).toString();
        p.journalRef = q.value(7).toString();
        p.license = q.value(8).toString();
        p.comment = q.value(9).toString();
        p.updated = parseDate(q.value(10).toString());
        p.announced = parseDate(q.value(11).toString());
        p.published = parseDate(q.value(24).toString());
        p.announceType = q.value(12).isNull() ? AnnounceType::Unknown
                                              : announceTypeFromName(typeFromRank(q.value(12).toInt()));
        row.starred = q.value(13).toBool();
        row.read = q.value(14).toBool();
        row.hidden = q.value(15).toBool();
        row.scoreState = scoreStateOf(q.value(19));
        row.setAsideOffline = q.value(19).toString() == QLatin1String("aside");
        if (row.scoreState == ScoreState::Scored) {
            row.relevance = q.value(16).toInt();
            row.novelty = q.value(17).toInt();
            if (!q.value(25).isNull())
                row.relevanceValue = q.value(25).toDouble();
            row.scoreComment = q.value(18).toString();
        } else {
            row.scoreComment = q.value(20).toString();
        }
        if (row.scoreState != ScoreState::Unscored) {
            row.scoredBy = q.value(21).toString();
            row.authorMatch = q.value(22).toBool();
            row.criteriaVersion = q.value(23).toInt();
        }
        relevance::judge(row, query.criteria);
        if (query.relevantOnly && !row.relevant)
            continue;
        rows.append(std::move(row));
        if (query.limit > 0 && rows.size() >= query.limit)
            break;
    }
    if (q.lastError().isValid()) { // a read that failed part-way is not a shorter list
        *error = sqlError(q);
        rows.clear();
    }
    return rows;
}

QStringList PaperRepository::knownIds(const QStringList &ids) const
{
    QStringList known;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM papers WHERE id = ?"));
    for (const QString &id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            known << id;
        q.finish();
    }
    return known;
}

bool PaperRepository::setStarred(const QStringList &ids, bool starred, QStringList *unknown, QString *error)
{
    const QStringList known = knownIds(ids);
    const bool stored = Transaction::run(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO paper_state (paper_id, starred, starred_at) VALUES (?, ?, ?)"
                                 " ON CONFLICT(paper_id) DO UPDATE SET starred = excluded.starred,"
                                 " starred_at = CASE WHEN excluded.starred THEN "
                                 "COALESCE(paper_state.starred_at, excluded.starred_at)"
                                 " ELSE NULL END"));
        const QString now = clock::nowUtc().toString(Qt::ISODate);
        for (const QString &id : known) {
            q.addBindValue(id);
            q.addBindValue(starred ? 1 : 0);
            q.addBindValue(starred ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
            if (!q.exec()) {
                *error = sqlError(q);
                return false;
            }
        }
        return true;
    });
    if (!stored)
        return false;
    if (unknown) {
        unknown->clear();
        for (const QString &id : ids)
            if (!known.contains(id))
                *unknown << id;
    }
    return true;
}

bool PaperRepository::setFlag(const char *column, const QStringList &ids, bool on, QString *error)
{
    return Transaction::run(m_db, error, [&] {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("INSERT INTO paper_state (paper_id, %1) SELECT id, ? FROM papers WHERE id = ?"
                           " ON CONFLICT(paper_id) DO UPDATE SET %1 = excluded.%1")
                .arg(QLatin1String(column)));
        for (const QString &id : ids) {
            q.addBindValue(on ? 1 : 0);
            q.addBindValue(id);
            if (!q.exec()) {
                *error = sqlError(q);
                return false;
            }
        }
        return true;
    });
}

bool PaperRepository::setRead(const QStringList &ids, bool read, QString *error)
{
    return setFlag("read", ids, read, error);
}

bool PaperRepository::setHidden(const QStringList &ids, bool hidden, QString *error)
{
    return setFlag("hidden", ids, hidden, error);
}

namespace {

DayRecord readDay(const QSqlQuery &q)
{
    DayRecord d;
    d.date = parseDate(q.value(0).toString());
    d.announced = q.value(1).toInt();
    d.kept = q.value(2).toInt();
    d.categories = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    d.announceTypes = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    d.source = q.value(5).toString();
    d.fetchedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return d;
}

const QString kDayColumns =
    QStringLiteral("date, announced, kept, categories, announce_types, source, fetched_at");

} // namespace

QList<Paper> readPapers(QSqlQuery &q)
{
    QList<Paper> papers;
    while (q.next())
        papers << readPaper(q);
    return papers;
}

namespace {
const QString kPaperColumns = QStringLiteral("p.id, p.version, p.title, p.authors, p.abstract, p.categories");
} // namespace

QList<Paper> PaperRepository::history(const QDate &day, int limit, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE NOT EXISTS (SELECT 1 FROM announcements a"
                             " WHERE a.paper_id = p.id AND a.date >= ?) ORDER BY p.pk DESC LIMIT ?")
                  .arg(kPaperColumns));
    q.addBindValue(dateText(day));
    q.addBindValue(limit);
    return execOrSay(q, error) ? readPapers(q) : QList<Paper>();
}

QList<Paper> PaperRepository::papersMarked(const char *column, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM papers p JOIN paper_state s ON s.paper_id = p.id"
                             " WHERE s.%2 = 1 ORDER BY p.pk")
                  .arg(kPaperColumns, QLatin1String(column)));
    return execOrSay(q, error) ? readPapers(q) : QList<Paper>();
}

QList<Paper> PaperRepository::starredPapers(QString *error) const
{
    return papersMarked("starred", error);
}

QList<Paper> PaperRepository::hiddenPapers(QString *error) const
{
    return papersMarked("hidden", error);
}

QList<QPair<Paper, int>> PaperRepository::modelJudged(const QDate &day, const QString &scoringHash, int limit,
                                                      QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // SQLite takes the bare columns of an aggregate from the row of its
    // MAX(): the paper's latest model score.
    q.prepare(QStringLiteral("SELECT %1, s.relevance, MAX(s.scored_at) FROM scores s JOIN papers p"
                             " ON p.id = s.paper_id WHERE s.scoring_hash = ? AND s.model <> 'offline'"
                             " AND s.status = 'ok' AND s.relevance IS NOT NULL AND NOT EXISTS"
                             " (SELECT 1 FROM announcements a WHERE a.paper_id = p.id AND a.date >= ?)"
                             " GROUP BY p.id ORDER BY p.pk DESC LIMIT ?")
                  .arg(kPaperColumns));
    q.addBindValue(scoringHash);
    q.addBindValue(dateText(day));
    q.addBindValue(limit);
    QList<QPair<Paper, int>> judged;
    if (!execOrSay(q, error))
        return judged;
    constexpr int kRelevanceColumn = 6; // after kPaperColumns
    while (q.next()) {
        judged.append({readPaper(q), q.value(kRelevanceColumn).toInt()});
    }
    return judged;
}

QList<Paper> PaperRepository::papersOfDay(const QDate &day, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM papers p WHERE p.id IN (SELECT paper_id FROM announcements"
                             " WHERE date = ?) ORDER BY p.id")
                  .arg(kPaperColumns));
    q.addBindValue(dateText(day));
    QList<Paper> papers = execOrSay(q, error) ? readPapers(q) : QList<Paper>();
    for (Paper &p : papers)
        p.announced = day;
    return papers;
}

QList<DayRecord> PaperRepository::days(QString *error) const
{
    QList<DayRecord> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM days ORDER BY date DESC").arg(kDayColumns));
    if (execOrSay(q, error))
        while (q.next())
            result << readDay(q);
    return result;
}

std::optional<DayRecord> PaperRepository::day(const QDate &date, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM days WHERE date = ?").arg(kDayColumns));
    q.addBindValue(dateText(date));
    if (execOrSay(q, error) && q.next())
        return readDay(q);
    return std::nullopt;
}

QDate PaperRepository::latestDay(QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(date) FROM days WHERE kept > 0"));
    if (execOrSay(q, error) && q.next())
        return parseDate(q.value(0).toString());
    return {};
}

int PaperRepository::unreadOnDay(const QDate &day, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT a.paper_id) FROM announcements a"
                       " LEFT JOIN paper_state st ON st.paper_id = a.paper_id"
                       " WHERE a.date = ? AND COALESCE(st.read, 0) = 0 AND COALESCE(st.hidden, 0) = 0"));
    q.addBindValue(dateText(day));
    return execOrSay(q, error) && q.next() ? q.value(0).toInt() : 0;
}

int PaperRepository::paperCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM papers")) && q.next() ? q.value(0).toInt() : 0;
}

QString ftsQuery(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[\\w\\x{00C0}-\\x{024F}]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    // A prefix of one or two letters ("m*", "mo*") makes FTS5 merge the
    // postings of every word that starts so: over a second for one letter
    // in a 500,000-paper cache (docs/BENCHMARKS.md, bench_window). Such a
    // last word matches whole words until a third letter is typed.
    constexpr qsizetype kMinPrefix = 3;
    QStringList terms;
    qsizetype lastLength = 0;
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured(0);
        terms << QLatin1Char('"') + word + QLatin1Char('"');
        lastLength = word.size();
    }
    if (terms.isEmpty())
        return {};
    if (lastLength >= kMinPrefix)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

} // namespace paperboy
