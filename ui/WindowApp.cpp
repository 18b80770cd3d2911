#include "WindowApp.h"

#include "AppIcon.h"

#include "MainWindow.h"
#include "WindowHost.h"
#include "core/Settings.h"
#include "core/Translation.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace paperboy {

void installTranslations(QCoreApplication &app)
{
    const QString chosen = settings::language(QSettings());
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // A language without a translation reads English, with English plurals.
    if (own->load(locale, QStringLiteral("paperboy"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("paperboy_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    // The core's messages write numbers and dates in the C locale (as the
    // command line prints them) unless a translation speaks another language.
    if (!own->isEmpty() && !own->language().startsWith(QLatin1String("en")))
        i18n::setLocale(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int runWindow(int &argc, char **argv, const QString &databasePath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Paperboy"));
    QApplication::setDesktopFileName(QStringLiteral(PAPERBOY_APP_ID));
    QApplication::setWindowIcon(appIcon());
    installTranslations(app);
    WindowHost host;
    if (!host.open(databasePath)) {
        std::fprintf(stderr, "paperboy: a Paperboy window is already open on %s; it was brought forward\n",
                     qPrintable(QDir::toNativeSeparators(databasePath)));
        return 0;
    }
    host.window()->showAtStart();
    return app.exec();
}

} // namespace paperboy
