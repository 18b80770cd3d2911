#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace paperboy::tex {

// The tables behind TexMath: what math control words stand for in Unicode.
// Names are given without the backslash ("alpha", "leq", "{").

struct MathSymbol
{
    enum Spacing
    {
        Ordinary, // \alpha, \infty, \{
        Binary,   // \cdot, \times: spaced on both sides if spaced on the left
        Relation, // \leq, \to: always set apart, as TeX sets them
    };
    QString text; // may be empty: \! and \displaystyle render as nothing
    Spacing spacing = Ordinary;
};

// A symbol, spacing or style command that takes no argument; nullopt if name
// is not one.
std::optional<MathSymbol> mathSymbol(QStringView name);

// The operator names TeX sets upright as words: log, exp, max, lim, ...
bool isOperatorName(QStringView name);

// The delimiter sizers (\left, \right, \big, ...): they only scale the
// delimiter that follows, so they render as nothing.
bool isDelimiterSizer(QStringView name);

enum class LetterStyle
{
    Script,       // \mathcal, \mathscr
    DoubleStruck, // \mathbb
    Fraktur,      // \mathfrak
    Bold,         // \mathbf, \boldsymbol
};

// A command that takes arguments, by what TexMath does with them.
struct ArgumentCommand
{
    enum Kind
    {
        Fraction,  // \frac{a}{b} -> a/b
        Binomial,  // \binom{n}{k} -> C(n, k)
        Root,      // \sqrt[n]{x}
        OverSet,   // \overset{a}{=}, \stackrel: = with a superscript
        UnderSet,  // \underset{a}{b}: b with a subscript
        Text,      // \text{ if }: upright, with its edge spaces
        Upright,   // \mathrm{KL}
        Operator,  // \operatorname{Tr}: upright and spaced as a word
        Identity,  // \boxed{x} -> x
        Drop,      // \phantom{x}, \color{red} -> nothing
        TextColor, // \textcolor{red}{x} -> x
        Pmod,      // \pmod{n} -> (mod n)
        Styled,    // \mathcal{O} -> 𝒪
    };
    Kind kind;
    LetterStyle style = LetterStyle::Bold; // for Styled
};

std::optional<ArgumentCommand> argumentCommand(QStringView name);

// The combining mark of a math accent (\hat, \tilde, \vec, ...); null if name
// is not one.
QChar mathAccentMark(QStringView name);

// text with each letter (and digit, where the style has them) replaced by its
// Mathematical Alphanumeric Symbol; everything else is kept.
QString styledLetters(QStringView text, LetterStyle style);

// The Unicode superscript or subscript form of c; null where there is none.
QChar superscriptOf(QChar c);
QChar subscriptOf(QChar c);
// Whether c is one of the characters superscriptOf() or subscriptOf() give.
bool isScriptCharacter(QChar c);

} // namespace paperboy::tex
