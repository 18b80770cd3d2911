#include "cli/Cli.h"
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "core/FileOutput.h"
#include "export/BibtexAppend.h"
#include "export/BibtexWriter.h"
#include "export/DigestSource.h"
#include "export/DigestWriter.h"
#include "export/StaticSite.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"

#include <QHash>

#include <cstdio>

namespace paperboy::cli {

namespace {

// To stdout, or to a file written aside and renamed into place.
int writeOutput(CommandContext &c, const QString &path, const QByteArray &bytes, const QString &what)
{
    QString error;
    if (path.isEmpty()) {
        c.out.flush();
        if (!writeStream(stdout, bytes, &error))
            return complain(c, ExitFailure, QStringLiteral("cannot write to standard output: %1").arg(error));
        return ExitOk;
    }
    if (!writeFileAtomically(path, bytes, &error))
        return complain(c, ExitFailure, error);
    c.err << "Exported " << what << " to " << path << "\n";
    return ExitOk;
}

int exportDigest(CommandContext &c, Database &db, QDate date, bool relevantOnly, digest::Format format,
                 const QString &scoresFrom, const QString &path)
{
    QString error;
    bool readFailed = false;
    const auto d = digest::collect(db.connection(), date, relevantOnly, &error, &readFailed, scoresFrom);
    if (!d)
        return complain(c, readFailed ? ExitStorage : ExitFailure, error);
    return writeOutput(c, path, digest::toBytes(*d, format),
                       QStringLiteral("the digest of %1").arg(d->day.date.toString(Qt::ISODate)));
}

// Every day of the cache as a web site in `folder`: one line of outcome.
int exportSite(CommandContext &c, Database &db, const QString &folder)
{
    const site::Outcome o = site::build(db.connection(), folder);
    if (!o.ok)
        return complain(c, o.readFailed ? ExitStorage : ExitFailure, o.error);
    c.err << "Site in " << folder << ": " << counted(o.days, "day", "days") << ", "
          << counted(o.written, "file", "files") << " updated";
    if (o.olderDays > 0)
        c.err << " (" << counted(o.olderDays, "older day", "older days") << " left out)";
    c.err << ".\n";
    return ExitOk;
}

} // namespace

int runExport(CommandContext &c)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("bibtex (papers), markdown, json or html (the day's digest)."),
        QStringLiteral("FORMAT"), QStringLiteral("bibtex"));
    const QCommandLineOption starred(QStringLiteral("starred"),
                                     QStringLiteral("BibTeX: export starred papers."));
    const QCommandLineOption ids(QStringLiteral("ids"),
                                 QStringLiteral("BibTeX: export these papers (comma separated)."),
                                 QStringLiteral("ID,..."));
    const QCommandLineOption relevant(QStringLiteral("relevant"),
                                      QStringLiteral("Digest: only the papers scored relevant."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  QStringLiteral("The day (default: the latest day; for BibTeX, all days when"
                                                 " --starred or --ids are given)."),
                                  QStringLiteral("D"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption append(
        QStringLiteral("append"),
        QStringLiteral("BibTeX: add to the --output file only the papers it does not"
                       " cite yet, keeping all it holds (default: replace it)."));
    const QCommandLineOption utf8(QStringLiteral("utf8"),
                                  QStringLiteral("BibTeX: write letters outside ASCII as UTF-8, for biber"
                                                 " (default: ASCII LaTeX, for pdflatex and BibTeX)."));
    const QCommandLineOption site(
        QStringLiteral("site"),
        QStringLiteral("HTML: a web site of every day in the cache in DIR (an index,"
                       " a page per day, an Atom feed); writes only what changed."),
        QStringLiteral("DIR"));
    const QCommandLineOption scoresFrom = scoresFromOption();
    parser.addOptions({format, starred, ids, relevant, date, output, append, utf8, site, scoresFrom});
    if (const int status = parse(c, parser, QStringLiteral("Export papers or the day's digest."));
        status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return complain(c, ExitUsage,
                        QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString fmt = parser.value(format);
    const QHash<QString, digest::Format> digestFormats{{QStringLiteral("markdown"), digest::Format::Markdown},
                                                       {QStringLiteral("json"), digest::Format::Json},
                                                       {QStringLiteral("html"), digest::Format::Html}};
    if (fmt != QLatin1String("bibtex") && !digestFormats.contains(fmt))
        return complain(c, ExitUsage, QStringLiteral("--format takes bibtex, markdown, json or html"));
    if (parser.isSet(starred) && parser.isSet(ids))
        return complain(c, ExitUsage, QStringLiteral("--starred and --ids exclude each other"));
    const bool digestFormat = fmt != QLatin1String("bibtex");
    if (digestFormat && (parser.isSet(starred) || parser.isSet(ids)))
        return complain(c, ExitUsage, QStringLiteral("--starred and --ids are for --format bibtex"));
    if (digestFormat && (parser.isSet(append) || parser.isSet(utf8)))
        return complain(c, ExitUsage, QStringLiteral("--append and --utf8 are for --format bibtex"));
    if (parser.isSet(append) && parser.value(output).isEmpty())
        return complain(c, ExitUsage, QStringLiteral("--append needs --output FILE"));
    if (!digestFormat && parser.isSet(relevant))
        return complain(c, ExitUsage, QStringLiteral("--relevant is for --format markdown, json or html"));
    if (!digestFormat && parser.isSet(scoresFrom))
        return complain(c, ExitUsage, QStringLiteral("--scores-from is for --format markdown, json or html"));
    if (parser.isSet(site) && fmt != QLatin1String("html"))
        return complain(c, ExitUsage, QStringLiteral("--site is for --format html"));
    if (parser.isSet(site) &&
        (parser.isSet(output) || parser.isSet(date) || parser.isSet(relevant) || parser.isSet(scoresFrom)))
        return complain(c, ExitUsage,
                        QStringLiteral("--site writes every day: it takes no --output, --date, --relevant or"
                                       " --scores-from"));
    if (parser.isSet(site) && parser.value(site).isEmpty())
        return complain(c, ExitUsage, QStringLiteral("--site needs a folder"));
    QString scorer;
    if (const int status = parseScoresFrom(c, parser, scoresFrom, &scorer); status >= 0)
        return status;

    ListQuery query;
    int status = 0;
    const QString typedIds = parser.value(ids);
    if (!selectionQuery(c, parser.isSet(starred), parser.isSet(ids) ? &typedIds : nullptr, &query, &status))
        return status;
    if (parser.isSet(date))
        if (const int dateStatus = parseDate(c, QStringLiteral("date"), parser.value(date), &query.date);
            dateStatus >= 0)
            return dateStatus;

    auto db = openDatabase(c, &status);
    if (!db)
        return status;
    if (parser.isSet(site))
        return exportSite(c, *db, parser.value(site));
    if (digestFormat)
        return exportDigest(c, *db, query.date, parser.isSet(relevant), digestFormats.value(fmt), scorer,
                            parser.value(output));

    PaperRepository repo(db->connection());
    QList<Paper> papers;
    if (!selectPapers(c, repo, query, QStringLiteral("exported"), &papers, &status))
        return status;
    const texfield::Encoding encoding =
        parser.isSet(utf8) ? texfield::Encoding::Utf8 : texfield::Encoding::Ascii;
    if (parser.isSet(append)) {
        const bibappend::Outcome outcome = bibappend::append(parser.value(output), papers, encoding);
        if (!outcome.ok)
            return complain(c, ExitFailure, outcome.error + QStringLiteral("; nothing was changed"));
        c.err << bibappend::describe(outcome, parser.value(output)) << "\n";
        return ExitOk;
    }
    return writeOutput(c, parser.value(output), BibtexWriter::write(papers, {encoding, {}}).toUtf8(),
                       papers.size() == 1 ? QStringLiteral("1 paper")
                                          : QStringLiteral("%1 papers").arg(papers.size()));
}

} // namespace paperboy::cli
