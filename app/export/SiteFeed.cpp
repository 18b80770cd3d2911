#include "export/SiteFeed.h"

#include "core/ShortText.h"
#include "export/HtmlPage.h"
#include "text/TexDisplay.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamWriter>

namespace paperboy::site {

namespace {

// Bounds on one entry: an arXiv title is under 300 characters, an abstract
// under 2,000, an author list rarely past a page; a cache written by
// someone else may hold more.
constexpr int kMaxTitle = 1000;
constexpr int kMaxSummary = 4000;
constexpr int kMaxAuthors = 25;

// One line of plain text: TeX as Unicode, only characters XML allows.
QString plain(const QString &tex, qsizetype longest)
{
    return shortened(webpage::xmlCharacters(tex::toDisplayText(tex)).simplified(), longest);
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QByteArray atomFeed(const QList<FeedDay> &days, const QString &id, const QDateTime &fallbackUpdated,
                    int maxEntries)
{
    QDateTime updated;
    QSet<QString> seen;
    QList<QPair<const FeedDay *, const Paper *>> entries;
    for (const FeedDay &day : days) {
        if (day.updated.isValid() && (!updated.isValid() || day.updated > updated))
            updated = day.updated;
        for (const Paper &p : day.papers) {
            if (entries.size() >= maxEntries)
                break;
            if (seen.contains(p.id))
                continue;
            seen.insert(p.id);
            entries.append({&day, &p});
        }
    }

    if (!updated.isValid())
        updated = fallbackUpdated;

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeTextElement(QStringLiteral("id"), id);
    xml.writeTextElement(QStringLiteral("title"),
                         QCoreApplication::translate("paperboy::site", "Paperboy: the relevant papers",
                                                     "web site: the feed's title"));
    xml.writeTextElement(QStringLiteral("updated"), timestamp(updated));
    // The feed's author stands for any entry without authors (RFC 4287 4.1.1).
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("Paperboy"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("generator"), QStringLiteral("Paperboy"));
    for (const auto &[day, paper] : entries) {
        xml.writeStartElement(QStringLiteral("entry"));
        // absUrl() percent-encodes the id: a stable, valid IRI.
        xml.writeTextElement(QStringLiteral("id"), paper->absUrl());
        const QString title = plain(paper->title, kMaxTitle);
        xml.writeTextElement(QStringLiteral("title"), title.isEmpty() ? plain(paper->id, kMaxTitle) : title);
        xml.writeTextElement(QStringLiteral("updated"), timestamp(day->updated));
        xml.writeStartElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
        xml.writeAttribute(QStringLiteral("href"), paper->absUrl());
        xml.writeEndElement();
        for (const QString &name : paper->authors.mid(0, kMaxAuthors)) {
            const QString clean = plain(name, kMaxTitle);
            if (clean.isEmpty())
                continue;
            xml.writeStartElement(QStringLiteral("author"));
            xml.writeTextElement(QStringLiteral("name"), clean);
            xml.writeEndElement();
        }
        xml.writeTextElement(QStringLiteral("summary"), plain(paper->abstract, kMaxSummary));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace paperboy::site
