#pragma once

#include "core/Criteria.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace paperboy {

// How a day's papers scored, as the table shows them (the day's one
// scorer), counted by value 1..10 on each axis.
struct ScoreHistogram
{
    std::array<int, 10> relevance{}; // [0] holds the papers scored 1
    std::array<int, 10> novelty{};
    int papers = 0;
    int unscored = 0; // not scored by the day's scorer: unscored, set aside or failed
};

// One day of the history, for the charts over time.
struct DayTotals
{
    QDate date;
    int papers = 0; // kept after the announce-type filter
    int scored = 0;
    int relevant = 0; // by the relevance rule, the day's scorer
    qint64 tokens = 0;
    double costUsd = 0;
};

// Counts for the charts, read through PaperRepository::list (the one reader
// of scores) on the connection given (one thread). A failed read returns
// nothing and sets *error: never an empty chart.
class StatsRepository
{
public:
    explicit StatsRepository(QSqlDatabase &db);

    std::optional<ScoreHistogram> histogram(const QDate &day, const Criteria &criteria,
                                            const QString &scoresFrom, QString *error) const;
    // Every day in the cache from `days` calendar days before `last` to `last`, oldest first.
    std::optional<QList<DayTotals>> daysUpTo(const QDate &last, int days, const Criteria &criteria,
                                             QString *error) const;

private:
    QSqlDatabase &m_db;
};

} // namespace paperboy
