// Paperboy: with a subcommand it runs headless and exits; without one it
// opens the window. Kept thin: everything else lives in the libraries.
#include "MainWindow.h"
#include "cli/Cli.h"
#include "keychain/KeyStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

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

// Paperboy's own strings and Qt's, in the system language when shipped.
void installTranslations(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("paperboy"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = arguments(argc, argv);
    if (paperboy::cli::wantsCommandLine(args)) {
        // No display needed: a QCoreApplication never touches the GUI.
        QCoreApplication app(argc, argv);
        describeApplication();
        const paperboy::KeyStore store;
        const QString account = paperboy::KeyStore::defaultAccount();
        paperboy::cli::KeyAccess keys;
        keys.read = [&](QString *key) {
            QString error;
            return store.read(account, key, &error) == paperboy::KeyStore::Result::Ok ? QString() : error;
        };
        keys.write = [&](const QString &key) {
            QString error;
            return store.write(account, key, &error) == paperboy::KeyStore::Result::Ok ? QString() : error;
        };
        keys.remove = [&] {
            QString error;
            return store.remove(account, &error) == paperboy::KeyStore::Result::Ok ? QString() : error;
        };
        return paperboy::cli::run(app.arguments(), keys);
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Paperboy"));
    QApplication::setDesktopFileName(QStringLiteral(PAPERBOY_APP_ID));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/paperboy-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    installTranslations(app);
    QString db = paperboy::cli::databaseOption(args);
    if (db.isEmpty())
        db = paperboy::Database::defaultPath();
    paperboy::MainWindow window(db);
    window.show();
    return app.exec();
}
