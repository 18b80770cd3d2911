#pragma once

#include "export/DigestWriter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace paperboy::digest {

// The digest of a day as the cache holds it. One digest, one source: the
// scores of the day's latest run (its model, its criteria) and the runs that
// made them, so a mix of offline and LLM scores, or of criteria versions,
// never shows under one cost table. A null date means the latest day.
// Returns nothing and sets *error when the day is not in the cache or the
// cache cannot be read (then *readFailed, when given, is true).
std::optional<Digest> collect(QSqlDatabase &db, QDate date, bool relevantOnly, QString *error,
                              bool *readFailed = nullptr);

} // namespace paperboy::digest
