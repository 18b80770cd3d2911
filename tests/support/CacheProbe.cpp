#include "support/CacheProbe.h"

#include "storage/Database.h"
#include "storage/PaperRepository.h"

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

} // namespace paperboy::test
