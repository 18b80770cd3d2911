#pragma once

#include <QByteArrayView>
#include <QSet>
#include <QString>

namespace paperboy::bibscan {

// What a .bib file someone keeps already holds, as far as appending to it
// needs to know. The file is read the way BibTeX and biber read it (text
// outside entries is a comment, @comment, @string and @preamble hold no
// entry, an entry may be braced or parenthesised), tolerantly: a broken
// entry is skipped as BibTeX skips it, to the next @.
struct Holdings
{
    // The arXiv papers its entries cite, as comparable ids (arxivKey).
    QSet<QString> arxivIds;
    // Its citation keys in lower case: BibTeX compares them ignoring case.
    QSet<QString> keys;
    // Most of its lines end in CR LF: new entries should too.
    bool crlf = false;
    // The line of an entry or a value still open at the end of the file, 0
    // if none: whatever is appended would be read as part of it.
    int unfinishedLine = 0;
};

Holdings scan(QByteArrayView text);

// One form for every way of writing an arXiv id: no "arXiv:" or version,
// the archive of an old-style id without its subject class
// (math.GT/0309136 is math/0309136). Empty if `text` is no arXiv id.
QString arxivKey(const QString &text);

} // namespace paperboy::bibscan
