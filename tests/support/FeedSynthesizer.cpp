#include "support/FeedSynthesizer.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace paperboy::test {

QByteArray synthesizeListingFeed(const QByteArray &capturedFeed, int items, int firstSerial)
{
    QList<QByteArray> templates;
    qsizetype from = 0;
    while ((from = capturedFeed.indexOf("<item>", from)) >= 0) {
        const qsizetype to = capturedFeed.indexOf("</item>", from) + 7;
        templates << capturedFeed.mid(from, to - from);
        from = to;
    }
    const qsizetype head = capturedFeed.indexOf("<item>");
    const qsizetype tail = capturedFeed.lastIndexOf("</item>") + 7;
    if (templates.isEmpty() || head < 0)
        return capturedFeed;

    static const QRegularExpression id(QStringLiteral("\\d{4}\\.\\d{4,5}"));
    QByteArray feed = capturedFeed.left(head);
    feed.reserve(capturedFeed.size() * (items / templates.size() + 2));
    for (int i = 0; i < items; ++i) {
        QString item = QString::fromUtf8(templates.at(i % templates.size()));
        const QString fresh = QStringLiteral("2609.%1").arg(firstSerial + i, 5, 10, QLatin1Char('0'));
        item.replace(id, fresh);
        feed += item.toUtf8();
        feed += "\n    ";
    }
    feed += capturedFeed.mid(tail);
    return feed;
}

QByteArray combineListingFeeds(const QList<QByteArray> &feeds)
{
    if (feeds.isEmpty())
        return {};
    static const QRegularExpression guid(QStringLiteral("<guid[^>]*>([^<]*)</guid>"));
    QByteArray items;
    QSet<QString> seen;
    for (const QByteArray &feed : feeds) {
        qsizetype from = 0;
        while ((from = feed.indexOf("<item>", from)) >= 0) {
            const qsizetype to = feed.indexOf("</item>", from) + 7;
            const QByteArray item = feed.mid(from, to - from);
            from = to;
            const QString id =
                guid.match(QString::fromUtf8(item)).captured(1).section(QLatin1Char('v'), 0, -2);
            if (!id.isEmpty() && seen.contains(id))
                continue;
            seen.insert(id);
            items += item + "\n    ";
        }
    }
    QByteArray first = feeds.first();
    const qsizetype head = first.indexOf("<item>");
    const qsizetype tail = first.lastIndexOf("</item>");
    if (head < 0 || tail < 0) {
        const qsizetype end = first.lastIndexOf("</channel>");
        return first.left(end) + items + first.mid(end);
    }
    return first.left(head) + items + first.mid(tail + 7);
}

} // namespace paperboy::test
