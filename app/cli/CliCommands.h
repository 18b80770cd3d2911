#pragma once

#include "cli/Cli.h"
#include "cli/KeyAccess.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace paperboy {
struct ArxivConfig;
struct FetchOutcome;
struct FetchRequest;
} // namespace paperboy

namespace paperboy::cli {

// What every subcommand gets: its own arguments (after the subcommand
// name) and the cache file.
struct CommandContext
{
    QStringList arguments; // argv[0] first, then the subcommand's own arguments
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
    KeyAccess keys; // the API key (cli/KeyAccess.h)
};

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(CommandContext &context);
};

const QList<Command> &commands();

// Shared by the commands: print "paperboy: <message>" on stderr, return code.
int complain(CommandContext &c, int code, const QString &message);

// The exit status a fetch's outcome calls for.
int exitFor(const FetchOutcome &o);
// Runs a fetch on the worker thread and waits for it, printing progress
// on stderr when it is a terminal.
FetchOutcome runFetchRequest(CommandContext &c, const ArxivConfig &config, const FetchRequest &request);
// What every fetching command checks before touching the network: the
// arXiv addresses, and that the cache opens (no download goes to waste).
bool prepareFetch(CommandContext &c, int timeoutSeconds, ArxivConfig *config, int *status);

int runFetch(CommandContext &c);
int runAdd(CommandContext &c);
int runList(CommandContext &c);
int runStar(CommandContext &c);
int runUnstar(CommandContext &c);
int runExport(CommandContext &c);
int runScore(CommandContext &c);
int runKey(CommandContext &c);
int runCriteria(CommandContext &c);
int runPush(CommandContext &c);
int runImport(CommandContext &c);
int runZotero(CommandContext &c);

} // namespace paperboy::cli
