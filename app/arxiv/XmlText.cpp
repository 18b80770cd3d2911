#include "arxiv/XmlText.h"

#include "text/TexToUnicode.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace paperboy::xmltext {

QString collapse(const QString &text)
{
    return text.simplified();
}

QDate rfc822Date(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{4})"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    if (month <= 0)
        return {};
    return QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
}

QDate isoDateInNewYork(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid()) {
        // Python's isoformat() writes microseconds, which Qt does not read.
        QString t = text.trimmed();
        static const QRegularExpression frac(QStringLiteral("\\.(\\d+)"));
        t.replace(frac, QString());
        dt = QDateTime::fromString(t, Qt::ISODate);
    }
    if (!dt.isValid())
        return {};
    static const QTimeZone newYork("America/New_York");
    if (newYork.isValid())
        return dt.toTimeZone(newYork).date();
    // Without tz data, -4 h is right for most of the year and never off by
    // more than the hour arXiv's midnight stamps leave as margin.
    return dt.toUTC().addSecs(-4 * 3600).date();
}

QStringList splitCreators(const QString &text)
{
    QStringList names;
    QString current;
    int depth = 0;
    auto flush = [&] {
        QString name = current.simplified();
        current.clear();
        if (name.startsWith(QLatin1String("and ")))
            name = name.mid(4).trimmed();
        if (!name.isEmpty())
            names << tex::accentsToUnicode(name);
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('(')) {
            ++depth;
            continue;
        }
        if (c == QLatin1Char(')')) {
            depth = qMax(0, depth - 1);
            continue;
        }
        if (depth > 0)
            continue; // inside an affiliation
        if (c == QLatin1Char(',')) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return names;
}

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
}

} // namespace paperboy::xmltext
