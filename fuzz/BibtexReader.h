#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A strict BibTeX reader: what the fuzz target and the regression test read
// BibtexWriter's output back with. Stricter than BibTeX itself on purpose:
// text between entries, unbalanced braces, a missing comma, a duplicate
// field or '#' concatenation are errors here, because the writer never
// produces them and a lenient reader would hide the day it does.
namespace paperboy::bib {

struct Entry
{
    QString type;                          // lower case: "misc"
    QString key;                           // exactly as written
    QList<QPair<QString, QString>> fields; // lower-case name, raw value without its outer braces or quotes

    bool has(const QString &name) const;
    QString value(const QString &name) const;
};

struct ReadResult
{
    bool ok = false;
    QString error; // where and why the text is not strict BibTeX
    QList<Entry> entries;
};

ReadResult read(const QString &text);

// BibTeX's own split of an author field: " and " (any letter case, any
// whitespace around it) outside braces.
QStringList splitNames(const QString &field);

// Whether text has a ',' outside braces: BibTeX would read "Last, First".
bool hasTopLevelComma(const QString &text);

} // namespace paperboy::bib
