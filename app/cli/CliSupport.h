#pragma once

#include "cli/CliCommands.h"
#include "core/Criteria.h"

#include <QDate>
#include <QStringList>

#include <memory>
#include <optional>

// What the subcommands share: option parsing, dates, ids, the cache.
namespace paperboy {
class Database;
class PaperRepository;
struct ListQuery;
struct Paper;
} // namespace paperboy

namespace paperboy::cli {

// Parses a subcommand's options. Returns -1 to go on, or the exit status
// (0 after --help, 2 on a usage error).
int parse(CommandContext &c, QCommandLineParser &parser, const QString &description);
// The value of a date option (YYYY-MM-DD, exactly), between arXiv's first
// listing and the newest one that can exist. Returns -1 to go on, or the
// exit status after saying what is wrong (2).
int parseDate(CommandContext &c, const QString &option, const QString &text, QDate *date);
// An integer from `low` to `high`, or false.
bool parseInRange(const QString &text, int low, int high, int *value);
// The value of a number-of-seconds option, from `low` to `high`. Returns -1
// to go on, or the exit status after saying what is wrong (2).
int parseSeconds(CommandContext &c, const QString &option, const QString &text, int low, int high,
                 int *seconds);
// Opens the cache or says why not (and sets *status).
std::unique_ptr<Database> openDatabase(CommandContext &c, int *status);
// Validates ids typed by a person; names the first bad one.
bool parseIds(CommandContext &c, const QStringList &raw, QStringList *ids, int *status);
// The ids of `ids` that the cache does not hold, in the order given.
QStringList unknownIds(const PaperRepository &repo, const QStringList &ids);
// The query of --starred and --ids (export, zotero): by date, the ids as
// typed (`ids` null when --ids is not given). False after saying which id is
// bad (*status).
bool selectionQuery(CommandContext &c, bool starredOnly, const QString *ids, ListQuery *query, int *status);
// The papers of `query` (--ids in the order given, or --starred), or false
// after saying why none are (*status): an id not in the cache, a failed
// read, no match. `done` completes "nothing was ..." ("exported").
bool selectPapers(CommandContext &c, const PaperRepository &repo, const ListQuery &query, const QString &done,
                  QList<Paper> *papers, int *status);
// --scores-from MODEL|latest (list, export): whose scores a day shows.
QCommandLineOption scoresFromOption();
// Its value: "" for the day's scorer, or a model name. Returns -1 to go on,
// or the exit status after saying what is wrong (2).
int parseScoresFrom(CommandContext &c, const QCommandLineParser &parser, const QCommandLineOption &option,
                    QString *scoresFrom);
// "1 day", "3 days": a count with its noun, for the command line's English
// summaries.
QString counted(qsizetype n, const char *one, const char *many);
// The saved criteria, or the defaults when none were saved. A failed read
// is exit 4 (in *status), never the defaults.
std::optional<Criteria> currentCriteria(CommandContext &c, Database &db, int *status);

} // namespace paperboy::cli
