#include "cli/CliSupport.h"

#include "storage/ScoreRepository.h"

#include "arxiv/AnnouncementCalendar.h"
#include "arxiv/ArxivId.h"
#include "cli/Cli.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QCoreApplication>

namespace paperboy::cli {

// Parses a subcommand's options. Returns -1 to go on, or the exit status
// (0 after --help, 2 on a usage error).
int parse(CommandContext &c, QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(c.arguments))
        return complain(c, ExitUsage,
                        parser.errorText() + QStringLiteral("; try '%1 --help'").arg(c.arguments.first()));
    if (parser.isSet(help)) {
        // Qt names the program by the path it was started from; the help
        // names the command as a person types it ("paperboy score").
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: ") + c.arguments.first());
        c.out << text;
        return ExitOk;
    }
    return -1;
}

int parseDate(CommandContext &c, const QString &option, const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid() || text.size() != 10)
        return complain(c, ExitUsage,
                        QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)").arg(option, text));
    if (*date < calendar::firstListing())
        return complain(c, ExitUsage,
                        QStringLiteral("--%1 %2 is before arXiv's first announcement (%3)")
                            .arg(option, text, calendar::firstListing().toString(Qt::ISODate)));
    if (*date > calendar::latestListing())
        return complain(c, ExitUsage, QStringLiteral("--%1 %2 is in the future").arg(option, text));
    return -1;
}

bool parseInRange(const QString &text, int low, int high, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= low && *value <= high;
}

int parseSeconds(CommandContext &c, const QString &option, const QString &text, int low, int high,
                 int *seconds)
{
    if (parseInRange(text, low, high, seconds))
        return -1;
    return complain(c, ExitUsage,
                    QStringLiteral("--%1 takes %2 to %3 seconds").arg(option).arg(low).arg(high));
}

// Opens the cache or says why not.
QCommandLineOption scoresFromOption()
{
    return QCommandLineOption(
        QStringLiteral("scores-from"),
        QStringLiteral("Whose scores a day shows: latest (the model of the day's latest run under the"
                       " current criteria; default) or a model name, e.g. offline."),
        QStringLiteral("MODEL|latest"));
}

int parseScoresFrom(CommandContext &c, const QCommandLineParser &parser, const QCommandLineOption &option,
                    QString *scoresFrom)
{
    scoresFrom->clear();
    if (!parser.isSet(option))
        return -1;
    const QString value = parser.value(option).trimmed();
    constexpr qsizetype kMaxModelName = 200;
    if (value.isEmpty() || value.size() > kMaxModelName ||
        std::any_of(value.cbegin(), value.cend(), [](QChar ch) { return ch.isSpace() || !ch.isPrint(); }))
        return complain(c, ExitUsage,
                        QStringLiteral("--scores-from takes latest or a model name, like offline"));
    if (value != QLatin1String("latest"))
        *scoresFrom = value;
    return -1;
}

std::optional<Criteria> currentCriteria(CommandContext &c, Database &db, int *status)
{
    QString error;
    const auto saved = ScoreRepository(db.connection()).currentCriteria(&error);
    if (!error.isEmpty()) {
        *status = complain(c, ExitStorage, QStringLiteral("cannot read the criteria: %1").arg(error));
        return std::nullopt;
    }
    return saved ? saved->criteria : Criteria::defaults();
}

std::unique_ptr<Database> openDatabase(CommandContext &c, int *status)
{
    auto db = std::make_unique<Database>(c.databasePath);
    QString error;
    if (!db->open(&error)) {
        *status = complain(c, ExitStorage, error);
        return nullptr;
    }
    return db;
}

// Validates ids typed by a person; names the first bad one.
bool parseIds(CommandContext &c, const QStringList &raw, QStringList *ids, int *status)
{
    for (const QString &text : raw) {
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const ArxivId id = ArxivId::parse(part);
            if (!id.isValid()) {
                *status = complain(c, ExitUsage,
                                   QStringLiteral("'%1' is not an arXiv id (like 2504.14064)").arg(part));
                return false;
            }
            if (!ids->contains(id.id))
                *ids << id.id;
        }
    }
    if (ids->isEmpty()) {
        *status = complain(c, ExitUsage, QStringLiteral("give at least one arXiv id"));
        return false;
    }
    return true;
}

// The ids of `ids` that the cache does not hold, in the order given.
QString counted(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QStringList unknownIds(const PaperRepository &repo, const QStringList &ids)
{
    const QStringList known = repo.knownIds(ids);
    QStringList unknown;
    for (const QString &id : ids)
        if (!known.contains(id))
            unknown << id;
    return unknown;
}

bool selectionQuery(CommandContext &c, bool starredOnly, const QString *ids, ListQuery *query, int *status)
{
    query->sort = ListQuery::Sort::Date;
    query->starredOnly = starredOnly;
    return !ids || parseIds(c, {*ids}, &query->ids, status);
}

bool selectPapers(CommandContext &c, const PaperRepository &repo, const ListQuery &query, const QString &done,
                  QList<Paper> *papers, int *status)
{
    if (const QStringList unknown = unknownIds(repo, query.ids); !unknown.isEmpty()) {
        *status = complain(
            c, ExitFailure,
            QStringLiteral("not in the cache: %1; nothing was %2").arg(unknown.join(QLatin1Char(' ')), done));
        return false;
    }
    QString error;
    const QList<PaperRow> rows = repo.list(query, &error);
    if (!error.isEmpty()) {
        *status = complain(c, ExitStorage, QStringLiteral("cannot read the cache: %1").arg(error));
        return false;
    }
    if (rows.isEmpty()) {
        *status = complain(c, ExitFailure, QStringLiteral("no paper matches; nothing was %1").arg(done));
        return false;
    }
    // --ids keeps the order the person gave.
    if (!query.ids.isEmpty()) {
        for (const QString &id : std::as_const(query.ids))
            for (const PaperRow &row : rows)
                if (row.paper.id == id)
                    *papers << row.paper;
    } else {
        for (const PaperRow &row : rows)
            *papers << row.paper;
    }
    return true;
}

} // namespace paperboy::cli
