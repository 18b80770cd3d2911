#include "arxiv/FeedParser.h"

#include "arxiv/AnnouncementCalendar.h"
#include "arxiv/ArxivId.h"
#include "arxiv/XmlText.h"
#include "core/ShortText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace paperboy {

using namespace xmltext;

namespace {

// Both flavours put "arXiv:<id>vN Announce Type: <type> \nAbstract: <text>"
// in the item's description (RSS) or summary (Atom).
void readDescription(const QString &text, Paper &paper)
{
    static const QRegularExpression head(QStringLiteral("^\\s*arXiv:(\\S+)\\s+Announce Type:\\s*(\\S+)"));
    // Only the head is matched: a regex over the whole abstract would scan it.
    const auto m = head.match(QStringView(text).left(160));
    if (m.hasMatch()) {
        const ArxivId id = ArxivId::parse(m.captured(1));
        if (paper.id.isEmpty() && id.isValid()) {
            paper.id = id.id;
            paper.version = qMax(1, id.version);
        }
        if (paper.announceType == AnnounceType::Unknown)
            paper.announceType = announceTypeFromName(m.captured(2));
    }
    const qsizetype at = text.indexOf(QLatin1String("Abstract:"));
    paper.abstract = collapse(at >= 0 ? text.mid(at + 9) : text);
}

void readIdentifier(const QString &text, Paper &paper)
{
    const ArxivId id = ArxivId::parse(text);
    if (id.isValid()) {
        paper.id = id.id;
        paper.version = qMax(1, id.version);
    }
}

bool isNs(const QXmlStreamReader &xml, const char *ns)
{
    return xml.namespaceUri() == QLatin1String(ns);
}

// Reads one <item> (RSS) or <entry> (Atom). The reader stands on its start
// element and is left on its end element.
Paper readItem(QXmlStreamReader &xml, bool atom)
{
    Paper paper;
    QString description;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        const bool plain = xml.namespaceUri().isEmpty() || isNs(xml, AtomNs);
        if (plain && name == QLatin1String("title")) {
            paper.title = collapse(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (plain && !atom && name == QLatin1String("guid")) {
            readIdentifier(xml.readElementText(), paper);
        } else if (plain && atom && name == QLatin1String("id")) {
            readIdentifier(xml.readElementText(), paper);
        } else if (plain && (name == QLatin1String("description") || name == QLatin1String("summary"))) {
            description = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (plain && name == QLatin1String("category")) {
            const QString term = atom ? xml.attributes().value(QLatin1String("term")).toString().trimmed()
                                      : xml.readElementText().trimmed();
            if (atom)
                xml.skipCurrentElement();
            if (!term.isEmpty() && !paper.categories.contains(term))
                paper.categories << term;
        } else if (plain && (name == QLatin1String("pubDate") || name == QLatin1String("published"))) {
            const QString text = xml.readElementText();
            paper.announced = atom ? isoDateInNewYork(text) : rfc822Date(text);
            paper.updated = paper.announced;
        } else if (isNs(xml, ArxivNs) && name == QLatin1String("announce_type")) {
            paper.announceType = announceTypeFromName(xml.readElementText());
        } else if (isNs(xml, ArxivNs) && name.compare(QLatin1String("doi"), Qt::CaseInsensitive) == 0) {
            paper.doi = xml.readElementText().trimmed();
        } else if (isNs(xml, ArxivNs) &&
                   (name == QLatin1String("journal_reference") || name == QLatin1String("journal_ref"))) {
            paper.journalRef = collapse(xml.readElementText());
        } else if (isNs(xml, DcNs) && name == QLatin1String("rights")) {
            paper.license = xml.readElementText().trimmed();
        } else if (isNs(xml, DcNs) && name == QLatin1String("creator")) {
            paper.authors << splitCreators(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    readDescription(description, paper);
    return paper;
}

QString xmlError(const QXmlStreamReader &xml)
{
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return QCoreApplication::translate("paperboy::FeedParser",
                                           "the feed ends early (truncated XML at line %1)")
            .arg(xml.lineNumber());
    return QCoreApplication::translate("paperboy::FeedParser", "the feed is not well-formed XML (%1)")
        .arg(xmlErrorPlace(xml));
}

// The date most items carry: one item with a wrong date cannot move the day.
// Ties go to the date seen first.
QDate commonDate(const QList<Paper> &papers)
{
    QHash<QDate, int> votes;
    QDate best;
    for (const Paper &p : papers) {
        if (!p.announced.isValid())
            continue;
        const int n = ++votes[p.announced];
        if (!best.isValid() || n > votes.value(best))
            best = p.announced;
    }
    return best;
}

} // namespace

ListingParseResult parseListingFeed(const QByteArray &bytes)
{
    ListingParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("paperboy::FeedParser",
                                                   "the server sent an empty response instead of a feed");
        return result;
    }
    if (looksLikeHtml(bytes)) {
        result.error = QCoreApplication::translate("paperboy::FeedParser",
                                                   "the server sent a web page instead of a feed");
        return result;
    }

    XmlInput input(bytes);
    QXmlStreamReader &xml = input.reader();
    if (!xml.readNextStartElement()) {
        result.error = xmlError(xml);
        return result;
    }
    const bool atom = xml.name() == QLatin1String("feed") && isNs(xml, AtomNs);
    const bool rss = xml.name() == QLatin1String("rss") && xml.namespaceUri().isEmpty();
    if (!atom && !rss) {
        result.error = QCoreApplication::translate(
                           "paperboy::FeedParser",
                           "the response is XML but not an arXiv listing feed (root element <%1>)")
                           .arg(xml.name().toString());
        return result;
    }

    QString channelTitle;
    QString channelDescription;
    QDate channelDate;
    QList<Paper> papers;
    // Walk the whole document so truncation anywhere is caught.
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        const bool plain = xml.namespaceUri().isEmpty() || isNs(xml, AtomNs);
        if (!plain)
            continue;
        if (name == QLatin1String("item") || name == QLatin1String("entry")) {
            papers << readItem(xml, atom);
        } else if (name == QLatin1String("title") && channelTitle.isEmpty()) {
            channelTitle = collapse(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if ((name == QLatin1String("description") || name == QLatin1String("subtitle")) &&
                   channelDescription.isEmpty()) {
            channelDescription = collapse(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (!atom && name == QLatin1String("pubDate") && channelDate.isNull()) {
            channelDate = rfc822Date(xml.readElementText());
        } else if (atom && name == QLatin1String("updated") && channelDate.isNull()) {
            channelDate = isoDateInNewYork(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        result.error = xmlError(xml);
        return result;
    }
    if (channelTitle.startsWith(QLatin1String("Feed error for query"))) {
        result.isFeedError = true;
        // arXiv's message names the valid archives: a few hundred characters.
        channelDescription = shortened(channelDescription, 400);
        result.error = channelDescription.isEmpty()
                           ? QCoreApplication::translate("paperboy::FeedParser", "arXiv rejected the query")
                           : QCoreApplication::translate("paperboy::FeedParser", "arXiv says: %1")
                                 .arg(channelDescription);
        return result;
    }

    // The items carry the announcement date; the channel's date covers the
    // empty feed of a weekend or a day without announcements.
    QDate date = commonDate(papers);
    if (!date.isValid())
        date = channelDate;
    if (!date.isValid()) {
        result.error =
            QCoreApplication::translate("paperboy::FeedParser", "the feed carries no announcement date");
        return result;
    }

    if (const QString why = setAsideUnusable(papers, &result.skipped); !why.isEmpty()) {
        result.error =
            QCoreApplication::translate("paperboy::FeedParser", "the feed is malformed: %1").arg(why);
        return result;
    }
    for (Paper &p : papers) {
        // A listing's items all carry its date; one from before arXiv or
        // after the listing itself is a broken item, not a fact to store.
        if (!p.announced.isValid() || p.announced < calendar::firstListing() || p.announced > date)
            p.announced = date;
        if (!p.updated.isValid() || p.updated < calendar::firstListing() || p.updated > date)
            p.updated = date;
    }
    result.ok = true;
    result.feed.date = date;
    result.feed.papers = std::move(papers);
    return result;
}

} // namespace paperboy
