#pragma once

#include "core/Paper.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paperboy::test {

// The first column of the first row of `sql` on the cache file at dbPath,
// through a connection of its own; -1 when the file or the query fails.
int queryInt(const QString &dbPath, const QString &sql);

// Stores `papers` as the cs.LG announcement of `date` with the real
// repository, as a fetch would: a cache with a day in it for scoring tests.
bool storeDay(const QString &dbPath, const QDate &date, const QList<Paper> &papers, QString *error);

// Failed reads on a real file, through a connection of their own. SQLite
// fails every query on the scores once the table is renamed away (it is
// kept as scores_kept, untouched):
bool makeScoresUnreadable(const QString &dbPath, QString *error);
// and every read of a saved criteria version once `criteria` is a view
// whose created_at overflows, while writes still go through (to
// criteria_kept, which holds the rows): a fallback that saved the defaults
// after a failed read would show there.
bool makeCriteriaUnreadable(const QString &dbPath, QString *error);
// Renames paper_state (stars, read, hidden) so that reading the marks fails.
bool makeMarksUnreadable(const QString &dbPath, QString *error);

} // namespace paperboy::test
