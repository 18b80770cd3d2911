#pragma once

#include "core/Paper.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace paperboy::test {

// The papers of one real announcement day of ../shared/fixtures/arxiv-days-2025-10
// ("2025-10-01" ...), in file order, as a fetch of that day would store them
// (new in their primary category, announced and updated that day); at most
// `limit` of them when limit > 0.
QList<Paper> realDay(const QDate &date, int limit = 0);

// The reference system's judgement of one paper of a real day.
struct RealDayJudgement
{
    bool picked = false;   // listed as relevant that day
    bool byAuthor = false; // picked for a followed author, not by its scores
    int relevance = 0;     // the reference model's scores of a pick; 0 otherwise
    int novelty = 0;
};
// Every paper of that day, by id.
QHash<QString, RealDayJudgement> realDayJudgements(const QDate &date);

} // namespace paperboy::test
