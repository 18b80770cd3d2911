#include "core/Translation.h"

#include <QCoreApplication>
#include <QDate>
#include <QReadWriteLock>
#include <QRegularExpression>

namespace paperboy::i18n {

namespace {

// Workers read it on their threads; the window sets it once, at start.
struct Shared
{
    QReadWriteLock lock;
    QLocale locale = QLocale::c();
};

Shared &shared()
{
    static Shared s;
    return s;
}

} // namespace

QString plural(QString text, int n)
{
    static const QRegularExpression ending(QStringLiteral("\\((e?s)\\)"));
    return text.replace(ending, n == 1 ? QString() : QStringLiteral("\\1"));
}

QLocale locale()
{
    QReadLocker lock(&shared().lock);
    return shared().locale;
}

void setLocale(const QLocale &locale)
{
    QWriteLocker lock(&shared().lock);
    shared().locale = locale;
}

QString dayText(const QDate &date)
{
    return locale().toString(
        date, QCoreApplication::translate("paperboy::i18n", "ddd d MMM yyyy",
                                          "date format of QLocale::toString: Mon 27 Apr 2026"));
}

} // namespace paperboy::i18n
