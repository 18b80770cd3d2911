#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace paperboy {

// How a paper appeared in a day's announcement. Ordered from most to least
// interesting: when one paper is announced in several followed categories
// with different types, the smallest value wins.
enum class AnnounceType
{
    New,
    Cross,
    Replace,
    ReplaceCross,
    AbsOnly,
    Unknown
};

QString announceTypeName(AnnounceType type);
AnnounceType announceTypeFromName(const QString &name);

// One arXiv paper as the feeds and the API describe it. Plain value type:
// parsers produce it, the repository stores it, the views copy it.
struct Paper
{
    QString id;             // arXiv id without version: "2609.26811", "astro-ph/0601001"
    int version = 1;        // the N of "vN"
    QString title;          // whitespace collapsed, raw TeX kept
    QStringList authors;    // names only, TeX accents kept as in the source
    QString abstract;       // raw TeX kept
    QStringList categories; // primary first
    AnnounceType announceType = AnnounceType::Unknown;
    QDate announced; // the announcement (listing) date; null when added by id
    QDate updated;   // date of the latest version
    QDate published; // date of the first version (API only): the BibTeX year and month
    QString doi;
    QString journalRef;
    QString license;
    QString comment; // the authors' comment (API only): "12 pages, 3 figures"

    QString primaryCategory() const { return categories.isEmpty() ? QString() : categories.first(); }
    QString absUrl() const;
    QString pdfUrl() const;
};

} // namespace paperboy
