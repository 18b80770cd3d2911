#include "support/FeedSynthesizer.h"

#include <QList>
#include <QLocale>
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

QByteArray withoutElement(const QByteArray &feed, const QString &id, const QByteArray &element)
{
    const qsizetype guid = feed.indexOf("oai:arXiv.org:" + id.toUtf8());
    const qsizetype from = feed.lastIndexOf("<item>", guid);
    const qsizetype to = feed.indexOf("</item>", guid);
    if (guid < 0 || from < 0 || to < 0)
        return feed;
    QByteArray item = feed.mid(from, to - from);
    const qsizetype start = item.indexOf("<" + element + ">");
    const QByteArray close = "</" + element + ">";
    const qsizetype end = item.indexOf(close, start);
    if (start < 0 || end < 0)
        return feed;
    item.remove(start, end + close.size() - start);
    return feed.left(from) + item + feed.mid(to);
}

namespace {

QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray listingFeedFromPapers(const QList<Paper> &papers, const QStringList &categories, const QDate &date)
{
    const QByteArray cats = categories.join(QLatin1Char('+')).toUtf8();
    const QByteArray pubDate =
        QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy")).toUtf8() + " 00:00:00 -0400";
    QByteArray feed =
        "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\">\n  <channel>\n"
        "    <title>" +
        xml(categories.join(QStringLiteral(", "))) +
        " updates on arXiv.org</title>\n"
        "    <link>http://rss.arxiv.org/rss/" +
        cats +
        "</link>\n"
        "    <description>" +
        xml(categories.join(QStringLiteral(", "))) +
        " updates on the arXiv.org e-print archive.</description>\n"
        "    <language>en-us</language>\n"
        "    <pubDate>" +
        pubDate + "</pubDate>\n";
    for (const Paper &p : papers) {
        const bool primaryFollowed = categories.contains(p.primaryCategory());
        const QByteArray type = primaryFollowed ? "new" : "cross";
        feed += "    <item>\n      <title>" + xml(p.title) +
                "</title>\n"
                "      <link>https://arxiv.org/abs/" +
                xml(p.id) +
                "</link>\n"
                "      <description>arXiv:" +
                xml(p.id) + "v" + QByteArray::number(p.version) + " Announce Type: " + type +
                " \nAbstract: " + xml(p.abstract) +
                "</description>\n"
                "      <guid isPermaLink=\"false\">oai:arXiv.org:" +
                xml(p.id) + "v" + QByteArray::number(p.version) + "</guid>\n";
        for (const QString &c : p.categories)
            feed += "      <category>" + xml(c) + "</category>\n";
        feed += "      <pubDate>" + pubDate +
                "</pubDate>\n"
                "      <arxiv:announce_type>" +
                type +
                "</arxiv:announce_type>\n"
                "      <dc:rights>http://arxiv.org/licenses/nonexclusive-distrib/1.0/</dc:rights>\n"
                "      <dc:creator>" +
                xml(p.authors.join(QStringLiteral(", "))) +
                "</dc:creator>\n"
                "    </item>\n";
    }
    feed += "  </channel>\n</rss>\n";
    return feed;
}

} // namespace paperboy::test
