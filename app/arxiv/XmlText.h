#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// Small helpers shared by the listing-feed and API parsers.
namespace paperboy::xmltext {

inline constexpr auto ArxivNs = "http://arxiv.org/schemas/atom";
inline constexpr auto AtomNs = "http://www.w3.org/2005/Atom";
inline constexpr auto DcNs = "http://purl.org/dc/elements/1.1/";
inline constexpr auto OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";

// UTF-8 text that was decoded as Latin-1 on its way ("AzaÃ¯s"), decoded
// again ("Azaïs"); anything else is returned unchanged.
QString repairDoubleEncoding(const QString &text);

// Collapses runs of whitespace (feeds hard-wrap titles and abstracts), after
// repairing double-encoded text.
QString collapse(const QString &text);

// The calendar date of an RFC 822 date ("Thu, 24 Sep 2026 00:00:00 -0400")
// in the offset it was written in; null when it cannot be read.
QDate rfc822Date(const QString &text);

// The calendar date of an ISO 8601 timestamp as seen in America/New_York,
// arXiv's own time zone ("2026-09-25T04:00:11.6+00:00" -> 2026-09-25).
QDate isoDateInNewYork(const QString &text);

// Splits arXiv's dc:creator string: names separated by ", " with optional
// " (Affiliation, Affiliation)" after a name; commas inside the parentheses
// do not separate names. Affiliations are dropped; TeX accents become
// the letters they stand for (S\'anchez -> Sánchez).
QStringList splitCreators(const QString &text);

// Whether the start of a document looks like HTML rather than a feed; used
// to give "got a web page" instead of a generic XML error.
bool looksLikeHtml(const QByteArray &bytes);

// A reader over bytes in memory that decodes them 8 KiB at a time. Given the
// QByteArray itself, QXmlStreamReader decodes the whole document into one
// QString first: twice the bytes again, on top of them, for a big feed.
class XmlInput
{
public:
    explicit XmlInput(const QByteArray &bytes);
    QXmlStreamReader &reader() { return m_reader; }

private:
    QByteArray m_bytes; // shared with the caller's, never copied
    QBuffer m_buffer;
    QXmlStreamReader m_reader;
};

// Where the XML broke, for a person: "line 3, column 17". Qt's own wording
// ("Opening and ending tag mismatch.", "Expected '>' or '/', but got ...")
// describes its parser rather than the feed, so it is left out.
QString xmlErrorPlace(const QXmlStreamReader &xml);

} // namespace paperboy::xmltext
