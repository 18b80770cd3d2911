// paperboy import: a .bib someone keeps (exported from Zotero, or JabRef's
// own file) taken as their library; the work is LibraryImport's, which the
// window's Import Library runs too.
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"

#include "arxiv/ArxivConfig.h"
#include "cli/Interrupts.h"
#include "jobs/LibraryImport.h"

#include <QEventLoop>

#include <cstdio>
#include <unistd.h>

namespace paperboy::cli {

int runImport(CommandContext &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A .bib file: Zotero's BibTeX export or a JabRef library."));
    if (const int status = parse(c, parser,
                                 QStringLiteral("Star the arXiv papers a .bib cites, fetching from the arXiv "
                                                "API those not in the cache."));
        status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1)
        return complain(c, ExitUsage, QStringLiteral("import takes one .bib file"));
    ArxivConfig config;
    int status = 0;
    if (!prepareFetch(c, 0, &config, &status))
        return status;

    LibraryImport job(config, c.databasePath);
    LibraryImportOutcome result;
    QEventLoop loop;
    const bool tty = isatty(fileno(stderr));
    QObject::connect(&job, &LibraryImport::progress, &loop, [&](const QString &message, int, int) {
        if (tty)
            c.err << message << "\n" << Qt::flush;
    });
    QObject::connect(&job, &LibraryImport::finished, &loop, [&](const LibraryImportOutcome &o) {
        result = o;
        loop.quit();
    });
    const Interrupts interrupts([&](int) { job.cancel(); });
    job.start(parser.positionalArguments().constFirst());
    loop.exec();
    switch (result.status) {
    case LibraryImportOutcome::Status::Done:
        c.out << result.message << "\n";
        return ExitOk;
    case LibraryImportOutcome::Status::BadFile:
        return complain(c, ExitFailure, result.message);
    case LibraryImportOutcome::Status::Storage:
        return complain(c, ExitStorage, result.message);
    case LibraryImportOutcome::Status::Fetch:
        break;
    }
    return complain(c, exitFor(result.fetch),
                    result.fetch.status == FetchOutcome::Status::Cancelled
                        ? interrupts.explain(result.message)
                        : result.message);
}

} // namespace paperboy::cli
