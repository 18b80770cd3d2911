// paperboy import: a .bib someone keeps (exported from Zotero, or JabRef's
// own file) taken as their library. The arXiv papers it cites are starred,
// so the offline scorer learns from them; those the cache lacks are fetched
// from the arXiv API first.
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"

#include "arxiv/ArxivConfig.h"
#include "export/BibtexAppend.h"
#include "export/BibtexScan.h"
#include "jobs/FetchTypes.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QFileInfo>

#include <algorithm>

namespace paperboy::cli {

namespace {

// The most papers one import fetches. At the API's pace (100 ids a request,
// one request every 3 s) that is a minute; a larger library is imported over
// several runs, each starting where the last stopped, since cached papers are
// only starred.
constexpr int kMaxFetchedPerRun = 2000;
// Ids per API request: the fetch of single papers asks for this many at once,
// and a failure loses at most this many, the earlier ones being stored.
constexpr int kIdsPerRequest = 100;

bool star(CommandContext &c, PaperRepository &repo, const QStringList &ids, int *status)
{
    QString error;
    if (ids.isEmpty() || repo.setStarred(ids, true, nullptr, &error))
        return true;
    *status = complain(c, ExitStorage, QStringLiteral("cannot write the cache: %1").arg(error));
    return false;
}

} // namespace

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
    const QString path = parser.positionalArguments().constFirst();
    const QFileInfo info(path);
    if (!info.exists())
        return complain(c, ExitFailure, QStringLiteral("cannot read %1: no such file").arg(path));
    // Checked before opening: opening a named pipe would wait for a writer.
    if (!info.isFile())
        return complain(c, ExitFailure,
                        QStringLiteral("cannot import %1: it is not a regular file").arg(path));
    QByteArray bytes;
    QString error;
    if (!bibappend::readBibliography(path, bibappend::kMaxFileBytes, &bytes, &error))
        return complain(c, ExitFailure, error);
    const bibscan::Holdings holdings = bibscan::scan(bytes);
    if (holdings.keys.isEmpty() && holdings.arxivIds.isEmpty())
        return complain(c, ExitFailure,
                        QStringLiteral("%1 is not a BibTeX file: it holds no entries").arg(path));
    if (holdings.arxivIds.isEmpty())
        return complain(c, ExitFailure,
                        QStringLiteral("%1 cites no arXiv papers; nothing was changed").arg(path));

    QStringList ids(holdings.arxivIds.cbegin(), holdings.arxivIds.cend());
    std::sort(ids.begin(), ids.end());
    ArxivConfig config;
    int status = 0;
    if (!prepareFetch(c, 0, &config, &status))
        return status;
    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    PaperRepository repo(db->connection());
    const QStringList cached = repo.knownIds(ids);
    if (!star(c, repo, cached, &status))
        return status;
    QStringList missing = unknownIds(repo, ids);
    const qsizetype leftForLater = std::max<qsizetype>(0, missing.size() - kMaxFetchedPerRun);
    missing = missing.mid(0, kMaxFetchedPerRun);

    int fetched = 0;
    QStringList unknownToArxiv;
    for (qsizetype from = 0; from < missing.size(); from += kIdsPerRequest) {
        FetchRequest request;
        request.kind = FetchRequest::Kind::Ids;
        request.ids = missing.mid(from, kIdsPerRequest);
        const FetchOutcome outcome = runFetchRequest(c, config, request);
        if (outcome.status != FetchOutcome::Status::Stored)
            return complain(c, exitFor(outcome),
                            QStringLiteral("%1 Kept: %2 of the %3 arXiv papers of %4 are stored and starred; "
                                           "importing it again fetches the rest.")
                                .arg(outcome.message)
                                .arg(cached.size() + fetched)
                                .arg(ids.size())
                                .arg(path));
        if (!star(c, repo, outcome.storedIds, &status))
            return status;
        fetched += int(outcome.storedIds.size());
        unknownToArxiv += outcome.missingIds;
    }

    const qsizetype starred = cached.size() + fetched;
    c.out << (starred == 1 ? QStringLiteral("Starred 1 arXiv paper of %1").arg(path)
                           : QStringLiteral("Starred %1 arXiv papers of %2").arg(starred).arg(path))
          << QStringLiteral(" (%1 fetched from arXiv, %2 already in the cache).")
                 .arg(fetched)
                 .arg(cached.size());
    if (!unknownToArxiv.isEmpty())
        c.out << QStringLiteral(" arXiv does not know %1.").arg(unknownToArxiv.join(QStringLiteral(", ")));
    if (leftForLater > 0)
        c.out << QStringLiteral(" %1 more are left for the next import (at most %2 are fetched in one run).")
                     .arg(leftForLater)
                     .arg(kMaxFetchedPerRun);
    c.out << "\n";
    return ExitOk;
}

} // namespace paperboy::cli
