// paperboy zotero: cached papers into the person's Zotero, through the
// connector server Zotero runs for its browser extension.
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"

#include "export/ZoteroConnector.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

namespace paperboy::cli {

int runZotero(CommandContext &c)
{
    QCommandLineParser parser;
    const QCommandLineOption starred(QStringLiteral("starred"), QStringLiteral("Send the starred papers."));
    const QCommandLineOption ids(QStringLiteral("ids"), QStringLiteral("Send these cached papers."),
                                 QStringLiteral("ID,ID"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up on Zotero after this long (default: 30)."),
                                     QStringLiteral("SECONDS"));
    parser.addOptions({starred, ids, timeout});
    if (const int status =
            parse(c, parser,
                  QStringLiteral("Save papers into the collection selected in the running "
                                 "Zotero (PAPERBOY_ZOTERO_URL replaces http://127.0.0.1:23119)."));
        status >= 0)
        return status;
    if (parser.isSet(starred) == parser.isSet(ids))
        return complain(c, ExitUsage, QStringLiteral("give --starred or --ids ID,ID"));
    zotero::Limits limits;
    if (parser.isSet(timeout)) {
        int seconds = 0;
        if (const int status =
                parseSeconds(c, QStringLiteral("timeout"), parser.value(timeout), 1, 600, &seconds);
            status >= 0)
            return status;
        limits.timeoutMs = seconds * 1000;
    }
    QString error;
    const QUrl zoteroUrl = zotero::connectorUrl(&error);
    if (!error.isEmpty())
        return complain(c, ExitUsage, error);

    ListQuery query;
    int status = 0;
    const QString typedIds = parser.value(ids);
    if (!selectionQuery(c, parser.isSet(starred), parser.isSet(ids) ? &typedIds : nullptr, &query, &status))
        return status;
    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    QList<Paper> papers;
    if (!selectPapers(c, PaperRepository(db->connection()), query, QStringLiteral("sent"), &papers, &status))
        return status;

    const zotero::Outcome outcome = zotero::send(zoteroUrl, papers, limits);
    const QString said = zotero::describe(outcome, int(papers.size()));
    if (!outcome.ok)
        return complain(c, ExitNetwork, said);
    c.out << said << "\n";
    return ExitOk;
}

} // namespace paperboy::cli
