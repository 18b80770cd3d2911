#include "storage/StatsRepository.h"

#include <QHash>
#include <QSqlQuery>

namespace paperboy {

namespace {

// The latest successful score of each paper announced on the days chosen by
// `dayFilter` (a constant SQL condition on a.date, never data), per day.
QString latestScores(const QString &dayFilter)
{
    return QStringLiteral(
               "SELECT a.date, p.id, sc.relevance, sc.novelty"
               " FROM (SELECT DISTINCT date, paper_id FROM announcements WHERE %1) a"
               " JOIN papers p ON p.id = a.paper_id"
               " LEFT JOIN scores sc ON sc.paper_id = p.id AND sc.version = p.version AND sc.status = 'ok'"
               " AND sc.scored_at = (SELECT MAX(s2.scored_at) FROM scores s2 WHERE s2.paper_id = p.id"
               " AND s2.version = p.version AND s2.status = 'ok')")
        .arg(dayFilter);
}

} // namespace

StatsRepository::StatsRepository(QSqlDatabase &db)
    : m_db(db)
{
}

ScoreHistogram StatsRepository::histogram(const QDate &day) const
{
    ScoreHistogram h;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(latestScores(QStringLiteral("date = ?")));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return h;
    QString lastId;
    while (q.next()) {
        // Two scores made in the same second tie on MAX(scored_at): count a paper once.
        if (q.value(1).toString() == lastId)
            continue;
        lastId = q.value(1).toString();
        ++h.papers;
        if (q.value(2).isNull() || q.value(3).isNull()) {
            ++h.unscored;
            continue;
        }
        ++h.relevance[qBound(1, q.value(2).toInt(), 10) - 1];
        ++h.novelty[qBound(1, q.value(3).toInt(), 10) - 1];
    }
    return h;
}

QList<DayTotals> StatsRepository::daysUpTo(const QDate &last, int days, int relevanceCutoff,
                                           int noveltyCutoff) const
{
    const QString from = last.addDays(-days + 1).toString(Qt::ISODate);
    const QString to = last.toString(Qt::ISODate);
    QList<DayTotals> out;
    QHash<QString, qsizetype> at;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT date FROM days WHERE date BETWEEN ? AND ? AND kept > 0 ORDER BY date"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return out;
    while (q.next()) {
        at.insert(q.value(0).toString(), out.size());
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate)});
    }

    q.prepare(latestScores(QStringLiteral("date BETWEEN ? AND ?")) +
              QStringLiteral(" ORDER BY a.date, p.id"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (q.exec()) {
        QString lastKey;
        while (q.next()) {
            const QString date = q.value(0).toString();
            const QString key = date + QLatin1Char(' ') + q.value(1).toString();
            if (key == lastKey || !at.contains(date))
                continue;
            lastKey = key;
            DayTotals &d = out[at.value(date)];
            ++d.papers;
            if (q.value(2).isNull() || q.value(3).isNull())
                continue;
            ++d.scored;
            d.relevant += q.value(2).toInt() >= relevanceCutoff && q.value(3).toInt() >= noveltyCutoff;
        }
    }

    q.prepare(QStringLiteral("SELECT date, SUM(prompt_tokens + completion_tokens), SUM(cost_usd) FROM runs"
                             " WHERE kind = 'score' AND date BETWEEN ? AND ? GROUP BY date"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (q.exec())
        while (q.next())
            if (const auto it = at.constFind(q.value(0).toString()); it != at.cend()) {
                out[*it].tokens = q.value(1).toLongLong();
                out[*it].costUsd = q.value(2).toDouble();
            }
    return out;
}

} // namespace paperboy
