#include "WindowApp.h"

#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace paperboy {

namespace {

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

int runWindow(int &argc, char **argv, const QString &databasePath)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Paperboy"));
    QApplication::setDesktopFileName(QStringLiteral(PAPERBOY_APP_ID));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/paperboy-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    installTranslations(app);
    MainWindow window(databasePath);
    window.show();
    return app.exec();
}

} // namespace paperboy
