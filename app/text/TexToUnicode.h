#pragma once

#include <QString>

namespace paperboy::tex {

// Turns TeX accent commands and escaped specials in arXiv metadata into plain
// Unicode text: S\'anchez -> Sánchez, G\"{o}del and G{\"o}del -> Gödel,
// \ss -> ß, {\o} -> ø, \L -> Ł, \c{c} -> ç, \& -> &, ~ -> no-break space.
// Braces that only group are dropped. Math ($...$) is left exactly as it is.
// Total: never fails, unknown commands are kept verbatim.
QString accentsToUnicode(const QString &text);

// TeX's dash ligatures in prose: --- -> em dash, -- -> en dash (greedy from
// the left, as TeX reads them: ---- is an em dash and a hyphen). Only for
// display: a .bib keeps the hyphens, which BibTeX turns into the same dashes.
QString dashesToUnicode(QString text);

} // namespace paperboy::tex
