#include "support/CacheProbe.h"

#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paperboy::test {

int queryInt(const QString &dbPath, const QString &sql)
{
    Database db(dbPath);
    QString error;
    if (!db.open(&error))
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

bool storeDay(const QString &dbPath, const QDate &date, const QList<Paper> &papers, QString *error)
{
    Database db(dbPath);
    if (!db.open(error))
        return false;
    QList<Announcement> announcements;
    for (const Paper &p : papers)
        announcements.append({p.id, QStringLiteral("cs.LG"), p.announceType});
    DayRecord day;
    day.date = date;
    day.announced = day.kept = int(papers.size());
    day.categories = {QStringLiteral("cs.LG")};
    day.announceTypes = {QStringLiteral("new")};
    day.source = QStringLiteral("rss");
    return PaperRepository(db.connection()).storeDay(day, papers, announcements, nullptr, error);
}

namespace {

bool execAll(const QString &dbPath, const QStringList &statements, QString *error)
{
    Database db(dbPath);
    if (!db.open(error))
        return false;
    QSqlQuery q(db.connection());
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool makeScoresUnreadable(const QString &dbPath, QString *error)
{
    return execAll(dbPath, {QStringLiteral("ALTER TABLE scores RENAME TO scores_kept")}, error);
}

bool makeMarksUnreadable(const QString &dbPath, QString *error)
{
    return execAll(dbPath, {QStringLiteral("ALTER TABLE paper_state RENAME TO paper_state_kept")}, error);
}

bool makeCriteriaUnreadable(const QString &dbPath, QString *error)
{
    return execAll(
        dbPath,
        {QStringLiteral("ALTER TABLE criteria RENAME TO criteria_kept"),
         // abs() of the smallest integer is an "integer overflow" error, raised
         // for each row read; a DELETE that matches no row reads none.
         QStringLiteral("CREATE VIEW criteria AS SELECT id, content_hash, scoring_hash, body,"
                        " abs(-9223372036854775808) AS created_at FROM criteria_kept"),
         QStringLiteral("CREATE TRIGGER criteria_insert INSTEAD OF INSERT ON criteria BEGIN"
                        " INSERT INTO criteria_kept (content_hash, scoring_hash, body, created_at)"
                        " VALUES (new.content_hash, new.scoring_hash, new.body, new.created_at); END"),
         QStringLiteral("CREATE TRIGGER criteria_delete INSTEAD OF DELETE ON criteria BEGIN"
                        " DELETE FROM criteria_kept WHERE id = old.id; END")},
        error);
}

} // namespace paperboy::test
