#pragma once

#include "core/Paper.h"

#include <QList>
#include <QString>

namespace paperboy {

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
    static QString write(const QList<Paper> &papers);
    // One entry with the given key.
    static QString entry(const Paper &paper, const QString &key);
    // arXiv's key for a paper, ASCII-folded: "wang2025huxleygodelmachinehumanlevelcoding".
    static QString baseKey(const Paper &paper);
};

} // namespace paperboy
