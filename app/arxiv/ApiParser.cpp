#include "arxiv/ApiParser.h"

#include "arxiv/ArxivId.h"
#include "arxiv/XmlText.h"
#include "core/ShortText.h"
#include "text/TexToUnicode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QXmlStreamReader>

namespace paperboy {

using namespace xmltext;

namespace {

bool isNs(const QXmlStreamReader &xml, const char *ns)
{
    return xml.namespaceUri() == QLatin1String(ns);
}

QDate utcDate(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC().date() : QDate();
}

QString xmlError(const QXmlStreamReader &xml)
{
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return QCoreApplication::translate("paperboy::ApiParser",
                                           "the arXiv API response ends early (truncated XML)");
    return QCoreApplication::translate("paperboy::ApiParser", "the arXiv API sent malformed XML (%1)")
        .arg(xmlErrorPlace(xml));
}

QString readAuthorName(QXmlStreamReader &xml)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (isNs(xml, AtomNs) && xml.name() == QLatin1String("name"))
            name = tex::accentsToUnicode(collapse(xml.readElementText()));
        else
            xml.skipCurrentElement(); // arxiv:affiliation
    }
    return name;
}

struct Entry
{
    Paper paper;
    QString rawId;
    QString primary;
    bool isError = false;
};

Entry readEntry(QXmlStreamReader &xml)
{
    Entry e;
    Paper &p = e.paper;
    QStringList categories;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (isNs(xml, AtomNs)) {
            if (name == QLatin1String("id")) {
                e.rawId = xml.readElementText().trimmed();
            } else if (name == QLatin1String("title")) {
                p.title = collapse(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QLatin1String("summary")) {
                p.abstract = collapse(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QLatin1String("updated")) {
                p.updated = utcDate(xml.readElementText());
            } else if (name == QLatin1String("published")) {
                p.published = utcDate(xml.readElementText());
            } else if (name == QLatin1String("author")) {
                const QString author = readAuthorName(xml);
                if (!author.isEmpty())
                    p.authors << author;
            } else if (name == QLatin1String("category")) {
                const QString term = xml.attributes().value(QLatin1String("term")).toString().trimmed();
                if (!term.isEmpty() && !categories.contains(term))
                    categories << term;
                xml.skipCurrentElement();
            } else {
                xml.skipCurrentElement();
            }
        } else if (isNs(xml, ArxivNs)) {
            if (name == QLatin1String("primary_category")) {
                e.primary = xml.attributes().value(QLatin1String("term")).toString().trimmed();
                xml.skipCurrentElement();
            } else if (name == QLatin1String("doi")) {
                p.doi = xml.readElementText().trimmed();
            } else if (name == QLatin1String("journal_ref")) {
                p.journalRef = collapse(xml.readElementText());
            } else if (name == QLatin1String("comment")) {
                p.comment = collapse(xml.readElementText());
            } else {
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    // The error feed: one entry titled "Error" whose id points into
    // /api/errors. A real paper may be titled "Error"; its id is an arXiv id.
    e.isError = e.rawId.contains(QLatin1String("/api/errors")) ||
                (p.title == QLatin1String("Error") && !ArxivId::parse(e.rawId).isValid());
    if (!e.primary.isEmpty()) {
        categories.removeAll(e.primary);
        categories.prepend(e.primary);
    }
    p.categories = categories;
    const ArxivId id = ArxivId::parse(e.rawId);
    p.id = id.id;
    p.version = qMax(1, id.version);
    return e;
}

} // namespace

ApiParseResult parseApiFeed(const QByteArray &bytes)
{
    ApiParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error =
            QCoreApplication::translate("paperboy::ApiParser", "the arXiv API sent an empty response");
        return result;
    }
    if (looksLikeHtml(bytes)) {
        result.error = QCoreApplication::translate("paperboy::ApiParser",
                                                   "the arXiv API sent a web page instead of a feed");
        return result;
    }
    XmlInput input(bytes);
    QXmlStreamReader &xml = input.reader();
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("feed") || !isNs(xml, AtomNs)) {
        result.error = xml.hasError()
                           ? xmlError(xml)
                           : QCoreApplication::translate("paperboy::ApiParser",
                                                         "the arXiv API sent XML that is not an Atom feed");
        return result;
    }
    QString errorMessage;
    bool sawError = false;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (isNs(xml, AtomNs) && name == QLatin1String("entry")) {
            Entry e = readEntry(xml);
            if (e.isError) {
                sawError = true;
                errorMessage = e.paper.abstract;
            } else {
                result.papers << std::move(e.paper);
            }
        } else if (isNs(xml, OpenSearchNs) && name == QLatin1String("totalResults")) {
            result.totalResults = xml.readElementText().trimmed().toInt();
        } else if (isNs(xml, OpenSearchNs) && name == QLatin1String("startIndex")) {
            result.startIndex = xml.readElementText().trimmed().toInt();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        result.papers.clear();
        result.error = xmlError(xml);
        return result;
    }
    if (sawError) {
        result.isApiError = true;
        result.papers.clear();
        // The API's messages are a sentence; a longer one is not worth a screen.
        errorMessage = shortened(errorMessage, 400);
        result.error = QCoreApplication::translate("paperboy::ApiParser", "the arXiv API says: %1")
                           .arg(errorMessage.isEmpty() ? QStringLiteral("error") : errorMessage);
        return result;
    }
    if (const QString why = setAsideUnusable(result.papers, &result.skipped); !why.isEmpty()) {
        result.error =
            QCoreApplication::translate("paperboy::ApiParser", "the arXiv API sent a malformed answer: %1")
                .arg(why);
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace paperboy
