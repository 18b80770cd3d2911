#pragma once

#include <QString>
#include <QStringView>

namespace paperboy::texfield {

// Whitespace collapsed and other control characters removed.
QString cleanWhitespace(const QString &text);

// A BibTeX field value that BibTeX, biber and LaTeX all accept and that
// cannot make LaTeX do anything but typeset it. Paper metadata is untrusted
// TeX, so only an allow-list passes: outside math, accents, special letters,
// escaped specials and a few text commands (\emph, \textbf, \LaTeX, ...);
// inside math ($...$, $$...$$, \(...\), \[...\]), the commands of math
// notation. Any other control sequence becomes visible text, so a title
// reading "\input{/etc/passwd}" prints just that: \textbackslash{} in text,
// {\mbox{\textbackslash{}}} in math. A ^ outside math is \textasciicircum{};
// ^^ (TeX's character-code escape) never appears; & % # _ outside math,
// % # & $ inside it, and unmatched $ are escaped; braces are balanced and
// nested per kind; no lone backslash is left at the end. The value is ASCII,
// so that classic BibTeX and pdflatex read it without inputenc tables:
// accented letters are braced accent commands ({\'{e}}), Greek letters and
// math symbols their math names (\ensuremath{\omega} outside math), dashes
// and quotes their ligatures, and a character LaTeX has no name for a ?.
QString escape(const QString &raw);

// Whether \name (a control word, letters only) is kept as written outside
// math and inside math.
bool isTextCommand(QStringView name);
bool isMathCommand(QStringView name);

// What stands for the backslash of a control sequence that is not kept.
// In math it is one group, so that it can follow a ^ or an _.
inline constexpr QStringView TextBackslash = u"\\textbackslash{}";
inline constexpr QStringView MathBackslash = u"{\\mbox{\\textbackslash{}}}";
// What stands for a ^ outside math, and for the second ^ of ^^ inside it.
inline constexpr QStringView TextCaret = u"\\textasciicircum{}";
inline constexpr QStringView MathCaret = u"{\\mbox{\\textasciicircum{}}}";

} // namespace paperboy::texfield
