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

} // namespace paperboy::test
