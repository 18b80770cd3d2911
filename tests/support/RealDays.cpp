#include "support/RealDays.h"

#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::test {

namespace {

void openDay(QFile &file, const QDate &date)
{
    file.setFileName(
        fixturePath(QStringLiteral("arxiv-days-2025-10/%1.jsonl").arg(date.toString(Qt::ISODate))));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no real day %s in the fixtures", qPrintable(date.toString(Qt::ISODate)));
}

} // namespace

QList<Paper> realDay(const QDate &date, int limit)
{
    QFile file;
    openDay(file, date);
    QList<Paper> papers;
    while (!file.atEnd() && (limit <= 0 || papers.size() < limit)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty())
            continue;
        Paper p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.title = o.value(QStringLiteral("title")).toString();
        p.abstract = o.value(QStringLiteral("abstract")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("authors")).toArray())
            p.authors << a.toString();
        for (const QJsonValue &c : o.value(QStringLiteral("categories")).toArray())
            p.categories << c.toString();
        p.announceType = AnnounceType::New;
        p.announced = date;
        p.updated = date;
        papers << p;
    }
    return papers;
}

QHash<QString, RealDayJudgement> realDayJudgements(const QDate &date)
{
    QFile file;
    openDay(file, date);
    QHash<QString, RealDayJudgement> judgements;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (!o.isEmpty())
            judgements.insert(
                o.value(QStringLiteral("id")).toString(),
                {o.value(QStringLiteral("picked")).toBool(), o.value(QStringLiteral("by_author")).toBool(),
                 o.value(QStringLiteral("relevance")).toInt(), o.value(QStringLiteral("novelty")).toInt()});
    }
    return judgements;
}

} // namespace paperboy::test
