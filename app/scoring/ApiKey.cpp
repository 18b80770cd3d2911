#include "scoring/ApiKey.h"

#include <QCoreApplication>

namespace paperboy::apikey {

QString clean(const QString &raw, QString *error)
{
    const QString key = raw.trimmed();
    for (const QChar c : key) {
        QString why;
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            why = QCoreApplication::translate("paperboy::apikey", "the key contains a line break");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            why = QCoreApplication::translate("paperboy::apikey", "the key contains a control character");
        else if (c.isSpace())
            why = QCoreApplication::translate("paperboy::apikey", "the key contains a space");
        else if (c.unicode() > 0x7e)
            why = QCoreApplication::translate("paperboy::apikey",
                                              "the key contains a character that is not plain ASCII");
        if (!why.isEmpty()) {
            *error = why;
            return {};
        }
    }
    error->clear();
    return key;
}

QString fromEnvironment()
{
    return qEnvironmentVariable("OPENAI_API_KEY").trimmed();
}

} // namespace paperboy::apikey
