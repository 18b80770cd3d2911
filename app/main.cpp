// Paperboy: with a subcommand it runs headless and exits; without one it
// opens the window. Kept thin: everything else lives in the libraries.
#include "WindowApp.h"
#include "cli/Cli.h"
#include "core/Hardening.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Paperboy"));
    QCoreApplication::setApplicationName(QStringLiteral("paperboy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPERBOY_VERSION));
}

QStringList arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    paperboy::disableCoreDumps();
    const QStringList args = arguments(argc, argv);
    if (paperboy::cli::wantsCommandLine(args)) {
        // No display needed: a QCoreApplication never touches the GUI.
        QCoreApplication app(argc, argv);
        describeApplication();
        return paperboy::cli::run(app.arguments());
    }
    // The names are static: set before the application object, they hold for it.
    describeApplication();
    QString db = paperboy::cli::databaseOption(args);
    if (db.isEmpty())
        db = paperboy::Database::defaultPath();
    return paperboy::runWindow(argc, argv, db);
}
