#include "cli/CliCommands.h"
#include "cli/CliSupport.h"

#include "arxiv/AnnouncementCalendar.h"
#include "arxiv/ArxivId.h"
#include "cli/Cli.h"
#include "cli/Interrupts.h"
#include "core/Settings.h"
#include "export/BibliographySync.h"
#include "export/BibtexWriter.h"
#include "export/PaperFormat.h"
#include "jobs/FetchController.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

#include <QEventLoop>
#include <QSaveFile>
#include <QSettings>

#include <cstdio>
#include <unistd.h>

namespace paperboy::cli {

int exitFor(const FetchOutcome &o)
{
    switch (o.status) {
    case FetchOutcome::Status::Stored:
    case FetchOutcome::Status::NoAnnouncement:
        return ExitOk;
    case FetchOutcome::Status::Cancelled:
        return ExitFailure;
    case FetchOutcome::Status::Failed:
        break;
    }
    return o.error == FetchError::Storage ? ExitStorage : ExitNetwork;
}

FetchOutcome runFetchRequest(CommandContext &c, const ArxivConfig &config, const FetchRequest &request)
{
    FetchController controller(config, c.databasePath);
    FetchOutcome result;
    QEventLoop loop;
    const bool tty = isatty(fileno(stderr));
    QObject::connect(&controller, &FetchController::progress, &loop, [&](const QString &message, int, int) {
        if (tty)
            c.err << message << "\n" << Qt::flush;
    });
    QObject::connect(&controller, &FetchController::finished, &loop, [&](const FetchOutcome &o) {
        result = o;
        loop.quit();
    });
    const Interrupts interrupts([&](int) { controller.cancel(); });
    controller.start(request);
    loop.exec();
    if (result.status == FetchOutcome::Status::Cancelled)
        result.message = interrupts.explain(result.message);
    return result;
}

bool prepareFetch(CommandContext &c, int timeoutSeconds, ArxivConfig *config, int *status)
{
    QSettings settings;
    QString error;
    *config = ArxivConfig::load(settings, &error);
    if (!error.isEmpty()) {
        *status = complain(c, ExitUsage, error);
        return false;
    }
    if (timeoutSeconds > 0)
        config->timeoutMs = timeoutSeconds * 1000;
    return openDatabase(c, status) != nullptr;
}

int complain(CommandContext &c, int code, const QString &message)
{
    c.err << "paperboy: " << message << "\n" << Qt::flush;
    return code;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"fetch", "fetch a day's announcement into the cache", &runFetch},
        {"add", "add single papers by arXiv id", &runAdd},
        {"list", "list papers of a day, starred papers or search results", &runList},
        {"star", "star papers", &runStar},
        {"unstar", "remove stars", &runUnstar},
        {"score", "score a day's papers for relevance and novelty", &runScore},
        {"criteria", "show, edit or preview the criteria papers are scored against", &runCriteria},
        {"key", "keep the LLM API key in the OS keychain", &runKey},
        {"export", "export papers to BibTeX, or the day's digest to Markdown or JSON", &runExport},
        {"push", "post the day's relevant papers to Slack, Matrix or a JSON webhook", &runPush},
        {"import", "star the arXiv papers of a .bib library, fetching those not cached", &runImport},
        {"zotero", "save papers into the running Zotero", &runZotero},
    };
    return list;
}

int runFetch(CommandContext &c)
{
    QCommandLineParser parser;
    const QCommandLineOption date(
        QStringLiteral("date"),
        QStringLiteral("'today' (the current announcement, default) or a past YYYY-MM-DD."),
        QStringLiteral("D"), QStringLiteral("today"));
    const QCommandLineOption categories(
        QStringLiteral("categories"),
        QStringLiteral("Categories, comma separated (default from settings: %1).")
            .arg(settings::categories(QSettings()).join(QLatin1Char(','))),
        QStringLiteral("LIST"));
    const QCommandLineOption announce(
        QStringLiteral("announce"),
        QStringLiteral("Announce types to keep: new, cross, replace, replace-cross"
                       " (default from settings: new,cross)."),
        QStringLiteral("LIST"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Give up on a silent request after this many seconds (default 30)."),
        QStringLiteral("SECONDS"));
    parser.addOptions({date, categories, announce, timeout});
    if (const int status =
            parse(c, parser, QStringLiteral("Fetch a day's arXiv announcement into the cache."));
        status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return complain(c, ExitUsage,
                        QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    QSettings settings;
    FetchRequest request;
    request.categories = settings::categories(settings);
    request.keep = settings::announceTypes(settings);
    QString error;
    if (parser.isSet(categories) &&
        (!settings::parseCategories(parser.value(categories), &request.categories, &error) ||
         request.categories.isEmpty()))
        return complain(c, ExitUsage, error.isEmpty() ? QStringLiteral("--categories is empty") : error);
    if (parser.isSet(announce) &&
        (!settings::parseAnnounceTypes(parser.value(announce), &request.keep, &error) ||
         request.keep.isEmpty()))
        return complain(c, ExitUsage, error.isEmpty() ? QStringLiteral("--announce is empty") : error);
    const QString when = parser.value(date);
    if (when != QLatin1String("today")) {
        if (const int status = parseDate(c, QStringLiteral("date"), when, &request.date); status >= 0)
            return status;
        request.kind = FetchRequest::Kind::Date;
    }
    // A silence of more than an hour is a dead server (and more overflowed the milliseconds).
    int timeoutSeconds = 0;
    if (parser.isSet(timeout))
        if (const int status =
                parseSeconds(c, QStringLiteral("timeout"), parser.value(timeout), 1, 3600, &timeoutSeconds);
            status >= 0)
            return status;
    ArxivConfig config;
    int status = 0;
    if (!prepareFetch(c, timeoutSeconds, &config, &status))
        return status;
    const FetchOutcome outcome = runFetchRequest(c, config, request);
    if (outcome.status == FetchOutcome::Status::Stored ||
        outcome.status == FetchOutcome::Status::NoAnnouncement) {
        c.out << outcome.message << "\n";
        return ExitOk;
    }
    return complain(c, exitFor(outcome), outcome.message);
}

int runAdd(CommandContext &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("arXiv ids, like 2504.14064 or hep-th/9901001."),
                                 QStringLiteral("ID..."));
    if (const int status =
            parse(c, parser, QStringLiteral("Add single papers by arXiv id, from the arXiv API."));
        status >= 0)
        return status;
    QStringList ids;
    int status = 0;
    if (!parseIds(c, parser.positionalArguments(), &ids, &status))
        return status;
    FetchRequest request;
    request.kind = FetchRequest::Kind::Ids;
    request.ids = ids;
    ArxivConfig config;
    if (!prepareFetch(c, 0, &config, &status))
        return status;
    const FetchOutcome outcome = runFetchRequest(c, config, request);
    if (outcome.status != FetchOutcome::Status::Stored)
        return complain(c, exitFor(outcome), outcome.message);
    if (!outcome.missingIds.isEmpty())
        return complain(c, ExitFailure, outcome.message);
    c.out << outcome.message << "\n";
    return ExitOk;
}

int runList(CommandContext &c)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day to list (default: the latest)."),
                                  QStringLiteral("D"));
    const QCommandLineOption starred(QStringLiteral("starred"), QStringLiteral("Only starred papers."));
    const QCommandLineOption relevant(
        QStringLiteral("relevant"),
        QStringLiteral(
            "Only relevant papers: scored at or above the criteria's cut-offs (default relevance 8,"
            " novelty 7), or by a followed author; never a paper set aside or marked not interested."));
    const QCommandLineOption outdated(
        QStringLiteral("outdated"),
        QStringLiteral("Only papers scored under earlier criteria and not yet under the current ones"
                       " ('paperboy score' re-scores them)."));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QStringLiteral("Words to find in title, authors or abstract (whole history)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  QStringLiteral("score, relevance, novelty or date."), QStringLiteral("KEY"),
                                  QStringLiteral("score"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption scoresFrom = scoresFromOption();
    parser.addOptions({date, starred, relevant, outdated, search, sort, format, scoresFrom});
    if (const int status = parse(c, parser, QStringLiteral("List papers from the cache.")); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return complain(c, ExitUsage,
                        QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    ListQuery query;
    if (parser.isSet(date))
        if (const int status = parseDate(c, QStringLiteral("date"), parser.value(date), &query.date);
            status >= 0)
            return status;
    query.starredOnly = parser.isSet(starred);
    query.relevantOnly = parser.isSet(relevant);
    query.search = parser.value(search);
    const QString sortKey = parser.value(sort);
    if (sortKey == QLatin1String("score"))
        query.sort = ListQuery::Sort::Score;
    else if (sortKey == QLatin1String("relevance"))
        query.sort = ListQuery::Sort::Relevance;
    else if (sortKey == QLatin1String("novelty"))
        query.sort = ListQuery::Sort::Novelty;
    else if (sortKey == QLatin1String("date"))
        query.sort = ListQuery::Sort::Date;
    else
        return complain(c, ExitUsage, QStringLiteral("--sort takes score, relevance, novelty or date"));
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return complain(c, ExitUsage, QStringLiteral("--format takes table or json"));
    if (const int status = parseScoresFrom(c, parser, scoresFrom, &query.scoresFrom); status >= 0)
        return status;

    int status = 0;
    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    // The relevance rule and the current version come from the saved criteria.
    const auto criteria = currentCriteria(c, *db, &status);
    if (!criteria)
        return status;
    query.criteria = *criteria;
    if (parser.isSet(outdated))
        query.outdatedAgainst = criteria->scoringHash();
    QString error;
    bool unknownScorer = false;
    const QList<PaperRow> rows =
        PaperRepository(db->connection()).list(query, &error, nullptr, &unknownScorer);
    if (unknownScorer)
        return complain(c, ExitFailure, error);
    if (!error.isEmpty())
        return complain(c, ExitStorage, QStringLiteral("cannot read the cache: %1").arg(error));
    if (fmt == QLatin1String("json")) {
        c.out << papersToJsonBytes(rows);
    } else {
        const int columns = qEnvironmentVariableIntValue("COLUMNS");
        c.out << papersToTable(rows, columns > 40 ? columns : 120);
    }
    return ExitOk;
}

namespace {

// The rule the window follows too (bibsync::starred): with the setting on,
// the papers starred go into the person's bibliography file. Its failure is
// said on stderr, and the stars, already stored, stay.
void appendToBibliography(CommandContext &c, const PaperRepository &repo, const QStringList &ids)
{
    const QSettings settings;
    if (!bibsync::appendOnStar(settings))
        return;
    ListQuery query;
    query.ids = ids;
    QString error;
    QList<Paper> papers;
    for (const PaperRow &row : repo.list(query, &error))
        papers << row.paper;
    if (!error.isEmpty()) {
        complain(c, ExitOk,
                 QStringLiteral("cannot read the cache: %1; the bibliography was not changed").arg(error));
        return;
    }
    const bibsync::Result result = bibsync::starred(settings, papers);
    if (!result.attempted)
        return;
    if (result.ok)
        c.out << result.message << "\n";
    else
        complain(c, ExitOk, result.message);
}

int setStars(CommandContext &c, bool star)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("arXiv ids of cached papers."),
                                 QStringLiteral("ID..."));
    if (const int status =
            parse(c, parser, star ? QStringLiteral("Star papers.") : QStringLiteral("Remove stars."));
        status >= 0)
        return status;
    QStringList ids;
    int status = 0;
    if (!parseIds(c, parser.positionalArguments(), &ids, &status))
        return status;
    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    PaperRepository repo(db->connection());
    // Nothing changes unless every id is known.
    const QStringList known = repo.knownIds(ids);
    if (known.size() != ids.size()) {
        QStringList unknown;
        for (const QString &id : ids)
            if (!known.contains(id))
                unknown << id;
        return complain(
            c, ExitFailure,
            QStringLiteral("not in the cache: %1 (add with 'paperboy add %1'); nothing was changed")
                .arg(unknown.join(QLatin1Char(' '))));
    }
    QString error;
    if (!repo.setStarred(ids, star, nullptr, &error))
        return complain(c, ExitStorage, QStringLiteral("cannot write the cache: %1").arg(error));
    c.out << (star ? "Starred " : "Unstarred ") << ids.join(QStringLiteral(", ")) << "\n";
    if (star)
        appendToBibliography(c, repo, ids);
    return ExitOk;
}

} // namespace

int runStar(CommandContext &c)
{
    return setStars(c, true);
}

int runUnstar(CommandContext &c)
{
    return setStars(c, false);
}

} // namespace paperboy::cli
