#pragma once

#include "core/Relevance.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace paperboy::jobs {

// A day's numbers as every view says them: the day's scorer (`scoresFrom`
// "" for the latest, or a model), the current criteria's relevance rule,
// read through PaperRepository::list. The run's summary and the daily
// routine's notification say these; the window counts the same rows.
// None, with *error, when the cache cannot be read or the scorer never
// scored the day.
std::optional<relevance::Counts> dayCounts(QSqlDatabase &db, const QDate &day, const QString &scoresFrom,
                                           QString *error);

} // namespace paperboy::jobs
