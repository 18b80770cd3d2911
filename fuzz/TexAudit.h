#pragma once

#include <QString>

// What the BibTeX fuzz target and tst_bibtex hold every written TeX field
// value to: read the way TeX reads it, math mode tracked through $, $$, \(
// and \[, the value must not be able to do more than typeset itself.
namespace paperboy::texaudit {

// Empty when the value is safe; otherwise what is wrong and where:
// - a control word from a fixed list of dangerous ones (file input and
//   output, definitions, catcodes, \csname, \begin/\end, \documentclass,
//   \special, \directlua, ...), in or out of math;
// - a control word outside the writer's allow-list for its mode (outside
//   math, texfield::isTextCommand; inside, texfield::isMathCommand);
// - ^^ anywhere, a ^ outside math other than the accent \^ on a letter;
// - a math delimiter that does not match the open math, math left open.
QString hazard(const QString &value);

} // namespace paperboy::texaudit
