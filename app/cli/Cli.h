#pragma once

#include <QStringList>

namespace paperboy::cli {

// Exit statuses of the command line, documented in --help and the README.
enum ExitCode
{
    ExitOk = 0,      // including "no announcement on <date>"
    ExitFailure = 1, // anything else that went wrong (unknown id, nothing to export, ...)
    ExitUsage = 2,   // bad arguments
    ExitNetwork = 3, // network or feed failure; nothing was stored
    ExitStorage = 4, // the cache could not be opened or written
};

// True when the arguments ask for a headless subcommand (or --help,
// --version) rather than the window. Qt's standard options (-style,
// -reverse, -platform ...) alone open the window, which reads them.
bool wantsCommandLine(const QStringList &arguments);

// The --db value, if any, so the window can honour it too.
QString databaseOption(const QStringList &arguments);

// Runs a subcommand; needs a QCoreApplication. Returns the exit status.
int run(const QStringList &arguments);

} // namespace paperboy::cli
