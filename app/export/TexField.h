#pragma once

#include <QString>
#include <QStringView>

namespace paperboy::texfield {

// How characters outside ASCII are written. Ascii, for pdflatex and classic
// BibTeX, which read no UTF-8 from a .bib without help: every one as LaTeX.
// Utf8, for biber (biblatex), which reads UTF-8: as written, so that names
// and titles keep their letters; the specials are escaped all the same.
enum class Encoding
{
    Ascii,
    Utf8
};

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
// With Encoding::Utf8 those characters stay as written instead (all but the
// bidirectional controls, which would reorder the text around them on screen).
QString escape(const QString &raw, Encoding encoding = Encoding::Ascii);

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
