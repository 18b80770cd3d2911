#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <array>

namespace paperboy {

// How a day's papers scored: the latest score of each paper, as the table
// shows it, counted by value 1..10 on each axis.
struct ScoreHistogram
{
    std::array<int, 10> relevance{}; // [0] holds the papers scored 1
    std::array<int, 10> novelty{};
    int papers = 0;
    int unscored = 0;
};

// One day of the history, for the charts over time.
struct DayTotals
{
    QDate date;
    int papers = 0; // kept after the announce-type filter
    int scored = 0;
    int relevant = 0; // above both cut-offs, latest scores
    qint64 tokens = 0;
    double costUsd = 0;
};

// Counts for the charts, read on the connection given (one thread).
class StatsRepository
{
public:
    explicit StatsRepository(QSqlDatabase &db);

    ScoreHistogram histogram(const QDate &day) const;
    // Every day in the cache from `days` calendar days before `last` to `last`, oldest first.
    QList<DayTotals> daysUpTo(const QDate &last, int days, int relevanceCutoff, int noveltyCutoff) const;

private:
    QSqlDatabase &m_db;
};

} // namespace paperboy
