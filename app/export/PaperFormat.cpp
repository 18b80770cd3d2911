#include "export/PaperFormat.h"

#include "export/SafeOutput.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace paperboy {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString fit(const QString &text, int width)
{
    if (width <= 0)
        return {};
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace

QJsonObject paperToJson(const PaperRow &row)
{
    const Paper &p = row.paper;
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("version"), p.version);
    o.insert(QStringLiteral("title"), p.title);
    o.insert(QStringLiteral("authors"), QJsonArray::fromStringList(p.authors));
    o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(p.categories));
    o.insert(QStringLiteral("announce_type"), p.announceType == AnnounceType::Unknown
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(announceTypeName(p.announceType)));
    o.insert(QStringLiteral("date"), p.announced.isValid() ? QJsonValue(p.announced.toString(Qt::ISODate))
                                                           : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("starred"), row.starred);
    o.insert(QStringLiteral("read"), row.read);
    o.insert(QStringLiteral("relevance"), orNull(row.relevance));
    o.insert(QStringLiteral("novelty"), orNull(row.novelty));
    o.insert(QStringLiteral("comment"), orNull(row.scoreComment));
    // One scorer per view, one rule (core/Relevance.h): what every count says.
    o.insert(QStringLiteral("relevant"), row.relevant);
    o.insert(QStringLiteral("set_aside"), row.isSetAside());
    o.insert(QStringLiteral("scored_by"), orNull(row.scoredBy));
    o.insert(QStringLiteral("criteria_version"),
             row.criteriaVersion > 0 ? QJsonValue(row.criteriaVersion) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("followed_author"), orNull(row.followedAuthor));
    o.insert(QStringLiteral("abstract"), p.abstract);
    o.insert(QStringLiteral("doi"), orNull(p.doi));
    o.insert(QStringLiteral("journal_ref"), orNull(p.journalRef));
    o.insert(QStringLiteral("license"), orNull(p.license));
    o.insert(QStringLiteral("url"), p.absUrl());
    return o;
}

QJsonArray papersToJson(const QList<PaperRow> &rows)
{
    QJsonArray array;
    for (const PaperRow &row : rows)
        array.append(paperToJson(row));
    return array;
}

QByteArray papersToJsonBytes(const QList<PaperRow> &rows)
{
    return safe::jsonBytes(QJsonDocument(papersToJson(rows)));
}

QString papersToTable(const QList<PaperRow> &rows, int width)
{
    // id, date, type, R, N, star, then the title takes what is left.
    const int fixed = 16 + 1 + 10 + 1 + 6 + 1 + 3 + 1 + 3 + 1 + 1 + 1;
    const int titleWidth = qMax(20, width - fixed);
    QString text;
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                .arg(fit(QStringLiteral("ID"), 16), fit(QStringLiteral("DATE"), 10),
                     fit(QStringLiteral("TYPE"), 6), QStringLiteral("  R"), QStringLiteral("  N"),
                     QStringLiteral("*"), QStringLiteral("TITLE"));
    for (const PaperRow &row : rows) {
        const Paper &p = row.paper;
        // A set-aside paper shows "s" ("set aside by its title"), not a blank.
        auto score = [&row](const std::optional<int> &v) {
            return v                  ? QStringLiteral("%1").arg(*v, 3)
                   : row.isSetAside() ? QStringLiteral("  s")
                                      : QStringLiteral("  -");
        };
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(fit(safe::terminalText(p.id), 16),
                         fit(p.announced.isValid() ? p.announced.toString(Qt::ISODate) : QString(), 10),
                         fit(p.announceType == AnnounceType::Unknown ? QString()
                                                                     : announceTypeName(p.announceType),
                             6),
                         score(row.relevance), score(row.novelty),
                         row.starred ? QStringLiteral("*") : QStringLiteral(" "),
                         fit(safe::terminalText(p.title), titleWidth).trimmed());
    }
    return text;
}

} // namespace paperboy
