#include "cli/Cli.h"

#include "cli/CliCommands.h"
#include "core/FileOutput.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <cstdio>

namespace paperboy::cli {

namespace {

// Removes "--db FILE" / "--db=FILE" wherever it stands; returns its value.
QString takeDatabaseOption(QStringList &args, QString *error)
{
    QString value;
    for (qsizetype i = 1; i < args.size();) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("--db needs a file name");
                return {};
            }
            value = args.at(i + 1);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--db="))) {
            value = a.mid(5);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return value;
}

// Qt's own options for a GUI application (QGuiApplication and QApplication
// read them from argv): without a subcommand they belong to the window.
// Those followed by a value, then the flags; "-opt=value" works for both.
const QStringList kQtOptionsWithValue = {QStringLiteral("-style"),
                                         QStringLiteral("-stylesheet"),
                                         QStringLiteral("-platform"),
                                         QStringLiteral("-platformpluginpath"),
                                         QStringLiteral("-platformtheme"),
                                         QStringLiteral("-plugin"),
                                         QStringLiteral("-qwindowgeometry"),
                                         QStringLiteral("-qwindowicon"),
                                         QStringLiteral("-qwindowtitle"),
                                         QStringLiteral("-geometry"),
                                         QStringLiteral("-display"),
                                         QStringLiteral("-session"),
                                         QStringLiteral("-name"),
                                         QStringLiteral("-title"),
                                         QStringLiteral("-qmljsdebugger")};
const QStringList kQtFlags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"),
                              QStringLiteral("-nograb"), QStringLiteral("-dograb"), QStringLiteral("-sync")};

// Removes Qt's own options; false when one lacks its value.
bool takeQtOptions(QStringList &args)
{
    for (qsizetype i = 1; i < args.size();) {
        const QString &a = args.at(i);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (kQtFlags.contains(a) || (a.contains(QLatin1Char('=')) && kQtOptionsWithValue.contains(name))) {
            args.remove(i);
        } else if (kQtOptionsWithValue.contains(a)) {
            if (i + 1 >= args.size())
                return false;
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    return true;
}

QString usage()
{
    QString text = QStringLiteral("Usage: paperboy [--db FILE] [COMMAND [OPTIONS]]\n"
                                  "\n"
                                  "Daily arXiv papers, scored against your own criteria. Without a command\n"
                                  "the window opens; with one, Paperboy runs headless and exits.\n"
                                  "\n"
                                  "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -10).arg(QLatin1String(c.summary));
    text += QStringLiteral("\n"
                           "Global options:\n"
                           "  --db FILE    the cache to use (default: %1)\n"
                           "  --help       show this help, or a command's help after the command\n"
                           "  --version    show the version\n"
                           "\n"
                           "Exit status: 0 success (also \"no announcement\"), 1 other failure,\n"
                           "2 usage error, 3 network or feed failure (nothing stored), 4 cache failure.\n"
                           "\n"
                           "Environment: PAPERBOY_ARXIV_RSS_URL and PAPERBOY_ARXIV_API_URL replace the\n"
                           "arXiv base URLs (mirrors, tests).\n")
                .arg(Database::defaultPath());
    return text;
}

// What a command printed is only out once it is flushed: a full disk or a
// closed pipe behind standard output turns a success into a failure, said
// with the system's reason.
int finishOutput(CommandContext &c, int status)
{
    c.out.flush();
    QString why;
    // A command that failed has said why already, once.
    if (status != ExitOk || (c.out.status() == QTextStream::Ok && writeStream(stdout, {}, &why)))
        return status;
    if (why.isEmpty() && c.out.device())
        why = c.out.device()->errorString();
    return complain(c, ExitFailure, QStringLiteral("cannot write to standard output: %1").arg(why));
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    QStringList args = arguments;
    QString error;
    takeDatabaseOption(args, &error);
    // Only Qt's own options (-style fusion, -reverse, -platform ...): the window.
    return !takeQtOptions(args) || args.size() > 1 || !error.isEmpty();
}

QString databaseOption(const QStringList &arguments)
{
    QStringList args = arguments;
    QString error;
    return takeDatabaseOption(args, &error);
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = arguments;
    QString error;
    QString db = takeDatabaseOption(args, &error);
    if (!error.isEmpty()) {
        err << "paperboy: " << error << "\n";
        return ExitUsage;
    }
    if (db.isEmpty())
        db = Database::defaultPath();

    const QString first = args.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << usage();
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "paperboy " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (first == QLatin1String(c.name)) {
            QStringList own = args.mid(2);
            own.prepend(QStringLiteral("paperboy %1").arg(first));
            CommandContext context{own, db, out, err, keychainAccess()};
            return finishOutput(context, c.run(context));
        }
    }
    err << "paperboy: unknown command '" << first << "'; try 'paperboy --help'\n";
    return ExitUsage;
}

} // namespace paperboy::cli
