#pragma once

#include "core/Paper.h"
#include "export/TexField.h"

#include <QList>
#include <QSet>
#include <QString>

namespace paperboy {

// How a file is written.
struct BibtexOptions
{
    // ASCII LaTeX for pdflatex and BibTeX, or UTF-8 for biber.
    texfield::Encoding encoding = texfield::Encoding::Ascii;
    // Keys, in lower case, that a file being appended to already holds: a
    // new entry never takes one (BibTeX compares keys ignoring case).
    QSet<QString> takenKeys;
};

// Writes @misc entries in arXiv's own "Export BibTeX Citation" style
// (title, author, year, eprint, archivePrefix, primaryClass, doi, url), plus
// the month; year and month are the first version's (a citation dates a
// paper by its first submission, not by its latest revision). Fields are
// escaped so that both BibTeX and biber read the file without a
// warning. Keys follow arXiv's scheme (surname + year + first title words),
// folded to ASCII, and are unique within one file (a, b, ... suffixes).
class BibtexWriter
{
public:
    // The whole file: entries in the given order, separated by blank lines.
    static QString write(const QList<Paper> &papers, const BibtexOptions &options = {});
    // One entry with the given key.
    static QString entry(const Paper &paper, const QString &key,
                         texfield::Encoding encoding = texfield::Encoding::Ascii);
    // arXiv's key for a paper, ASCII-folded: "wang2025huxleygodelmachinehumanlevelcoding".
    static QString baseKey(const Paper &paper);
};

} // namespace paperboy
