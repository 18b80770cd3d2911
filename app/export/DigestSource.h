#pragma once

#include "export/DigestWriter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace paperboy::digest {

// The digest of a day as the cache holds it. One digest, one source: the
// day's scorer (ScoreRepository::dayScorer; `scoresFrom` "" or "latest", or
// a model) and the runs that made its scores, so a mix of offline and LLM
// scores, or of criteria versions, never shows under one cost table. The
// relevance rule is the current criteria's. A null date means the latest
// day. Returns nothing and sets *error when the day is not in the cache, the
// scorer never scored it, or the cache cannot be read (then *readFailed,
// when given, is true).
std::optional<Digest> collect(QSqlDatabase &db, QDate date, bool relevantOnly, QString *error,
                              bool *readFailed = nullptr, const QString &scoresFrom = QString());

} // namespace paperboy::digest
