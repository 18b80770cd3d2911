#include "storage/StatsRepository.h"

#include "core/Relevance.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace paperboy {

StatsRepository::StatsRepository(QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<ScoreHistogram> StatsRepository::histogram(const QDate &day, const Criteria &criteria,
                                                         const QString &scoresFrom, QString *error) const
{
    ListQuery query;
    query.date = day;
    query.criteria = criteria;
    query.scoresFrom = scoresFrom;
    const QList<PaperRow> rows = PaperRepository(m_db).list(query, error);
    if (!error->isEmpty())
        return std::nullopt;
    ScoreHistogram h;
    for (const PaperRow &row : rows) {
        ++h.papers;
        if (row.scoreState != ScoreState::Scored) {
            ++h.unscored;
            continue;
        }
        ++h.relevance[qBound(1, *row.relevance, 10) - 1];
        ++h.novelty[qBound(1, *row.novelty, 10) - 1];
    }
    return h;
}

std::optional<QList<DayTotals>> StatsRepository::daysUpTo(const QDate &last, int days,
                                                          const Criteria &criteria, QString *error) const
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
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        at.insert(q.value(0).toString(), out.size());
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate)});
    }

    // Each day as its table shows it: its own scorer, the one rule.
    const PaperRepository papers(m_db);
    for (DayTotals &d : out) {
        ListQuery query;
        query.date = d.date;
        query.criteria = criteria;
        const relevance::Counts counts = relevance::count(papers.list(query, error));
        if (!error->isEmpty())
            return std::nullopt;
        d.papers = counts.papers;
        d.scored = counts.scored;
        d.relevant = counts.relevant;
    }

    q.prepare(QStringLiteral("SELECT date, SUM(prompt_tokens + completion_tokens), SUM(cost_usd) FROM runs"
                             " WHERE kind = 'score' AND date BETWEEN ? AND ? GROUP BY date"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        if (const auto it = at.constFind(q.value(0).toString()); it != at.cend()) {
            out[*it].tokens = q.value(1).toLongLong();
            out[*it].costUsd = q.value(2).toDouble();
        }
    return out;
}

} // namespace paperboy
