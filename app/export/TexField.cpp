#include "export/TexField.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace paperboy::texfield {

namespace {

// ---- what is kept --------------------------------------------------------

// Outside math: accents and letters (the LaTeX names for what arXiv authors
// type), text styles, and symbols. None of them reads, writes or defines
// anything; their arguments are checked like any other text. \textdollar is
// left out on purpose: biber turns it into a bare $, which would open math.
constexpr const char *TextCommands[] = {
    // accents that take a letter: \c{c}, \v{s}, \k{e}, ...
    "u", "v", "H", "c", "d", "b", "t", "r", "k",
    // letters
    "i", "j", "o", "O", "l", "L", "ss", "SS", "ae", "AE", "oe", "OE", "aa", "AA",
    // styles, and the old switches still found in titles ({\em ...})
    "emph", "textit", "textbf", "texttt", "textsc", "textsf", "textrm", "textsl", "textup", "textmd",
    "textnormal", "underline", "mbox", "textsuperscript", "textsubscript", "em", "it", "bf", "rm", "sc", "sf",
    "tt", "sl",
    // symbols
    "LaTeX", "TeX", "LaTeXe", "textbackslash", "textasciicircum", "textasciitilde", "textunderscore",
    "textendash", "textemdash", "textquoteleft", "textquoteright", "textquotedblleft", "textquotedblright",
    "textless", "textgreater", "textbar", "textbullet", "textperiodcentered", "textdegree", "texttrademark",
    "textregistered", "textcopyright", "copyright", "textellipsis", "dots", "ldots", "S", "P", "dag", "ddag",
    "pounds", "textsterling", "quad", "qquad"};

// Inside math: the notation of the standard LaTeX and AMS symbol tables
// (letters, operators, relations, arrows, functions, accents, fonts,
// delimiters, spacing) and the text-in-math commands.
constexpr const char *MathCommands[] = {
    // Greek and Hebrew
    "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota",
    "kappa", "varkappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma",
    "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi",
    "Sigma", "Upsilon", "Phi", "Psi", "Omega", "varGamma", "varDelta", "varTheta", "varLambda", "varXi",
    "varPi", "varSigma", "varUpsilon", "varPhi", "varPsi", "varOmega", "digamma", "aleph", "beth", "gimel",
    "daleth",
    // letter-like and miscellaneous symbols
    "ell", "hbar", "hslash", "imath", "jmath", "wp", "Re", "Im", "partial", "nabla", "infty", "emptyset",
    "varnothing", "forall", "exists", "nexists", "neg", "lnot", "top", "bot", "angle", "measuredangle",
    "triangle", "Box", "Diamond", "surd", "prime", "backprime", "flat", "natural", "sharp", "clubsuit",
    "diamondsuit", "heartsuit", "spadesuit", "complement", "mho", "eth", "Bbbk", "checkmark", "star", "ast",
    "circ", "bullet", "cdot", "cdotp", "ldotp", "dagger", "ddagger", "intercal", "blacksquare", "square",
    "lozenge", "blacklozenge", "blacktriangle", "vartriangle", "degree",
    // binary operators
    "pm", "mp", "times", "div", "setminus", "smallsetminus", "cap", "cup", "sqcap", "sqcup", "uplus", "vee",
    "wedge", "land", "lor", "oplus", "ominus", "otimes", "oslash", "odot", "bigcirc", "amalg", "wr",
    "triangleleft", "triangleright", "lhd", "rhd", "unlhd", "unrhd", "bigtriangleup", "bigtriangledown",
    "ltimes", "rtimes", "boxplus", "boxminus", "boxtimes", "boxdot", "circledast", "circledcirc",
    "circleddash", "dotplus", "divideontimes", "diamond",
    // relations
    "leq", "le", "geq", "ge", "neq", "ne", "equiv", "sim", "simeq", "approx", "cong", "propto", "prec",
    "succ", "preceq", "succeq", "ll", "gg", "lll", "ggg", "subset", "supset", "subseteq", "supseteq",
    "subsetneq", "supsetneq", "sqsubset", "sqsupset", "sqsubseteq", "sqsupseteq", "in", "ni", "notin", "mid",
    "nmid", "parallel", "nparallel", "perp", "models", "vdash", "dashv", "vDash", "Vdash", "asymp", "doteq",
    "bowtie", "smile", "frown", "lesssim", "gtrsim", "lessapprox", "gtrapprox", "leqslant", "geqslant",
    "nleq", "ngeq", "nless", "ngtr", "nsim", "ncong", "approxeq", "thicksim", "thickapprox", "triangleq",
    "coloneqq", "eqqcolon", "trianglelefteq", "trianglerighteq", "lessgtr", "gtrless", "precsim", "succsim",
    "precapprox", "succapprox", "varpropto", "therefore", "because", "not",
    // arrows
    "to", "gets", "leftarrow", "rightarrow", "Leftarrow", "Rightarrow", "leftrightarrow", "Leftrightarrow",
    "longleftarrow", "longrightarrow", "Longleftarrow", "Longrightarrow", "longleftrightarrow",
    "Longleftrightarrow", "mapsto", "longmapsto", "hookleftarrow", "hookrightarrow", "uparrow", "downarrow",
    "updownarrow", "Uparrow", "Downarrow", "Updownarrow", "nearrow", "searrow", "swarrow", "nwarrow",
    "rightleftharpoons", "leftharpoonup", "rightharpoonup", "iff", "implies", "impliedby", "leadsto",
    "rightsquigarrow", "twoheadrightarrow", "twoheadleftarrow", "leftleftarrows", "rightrightarrows",
    "xrightarrow", "xleftarrow", "circlearrowleft", "circlearrowright", "curvearrowleft", "curvearrowright",
    "nrightarrow", "nleftarrow", "nRightarrow", "nLeftarrow",
    // large operators
    "sum", "prod", "coprod", "int", "iint", "iiint", "oint", "bigcap", "bigcup", "bigsqcup", "bigvee",
    "bigwedge", "bigodot", "bigoplus", "bigotimes", "biguplus", "limits", "nolimits",
    // functions
    "arccos", "arcsin", "arctan", "arg", "cos", "cosh", "cot", "coth", "csc", "deg", "det", "dim", "exp",
    "gcd", "hom", "inf", "ker", "lg", "lim", "liminf", "limsup", "ln", "log", "max", "min", "Pr", "sec",
    "sin", "sinh", "sup", "tan", "tanh", "operatorname", "bmod", "pmod", "mod",
    // accents and decorations
    "hat", "widehat", "tilde", "widetilde", "bar", "overline", "underline", "vec", "dot", "ddot", "dddot",
    "acute", "grave", "breve", "check", "mathring", "overrightarrow", "overleftarrow", "overbrace",
    "underbrace", "overset", "underset", "stackrel",
    // fonts and text in math
    "mathcal", "mathbb", "mathbf", "mathrm", "mathit", "mathsf", "mathtt", "mathfrak", "mathscr",
    "mathnormal", "boldsymbol", "bm", "pmb", "text", "textrm", "textbf", "textit", "texttt", "textsf",
    "textsc", "textnormal", "mbox", "emph", "bf", "rm", "it", "cal", "sf", "tt",
    // fractions, roots, binomials
    "frac", "dfrac", "tfrac", "cfrac", "sqrt", "binom", "dbinom", "tbinom", "choose", "over",
    // delimiters
    "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
    "Biggl", "Biggr", "langle", "rangle", "lceil", "rceil", "lfloor", "rfloor", "lvert", "rvert", "lVert",
    "rVert", "vert", "Vert", "backslash", "lbrace", "rbrace", "lbrack", "rbrack",
    // dots, spacing, styles
    "ldots", "cdots", "vdots", "ddots", "dots", "dotsc", "dotsb", "quad", "qquad", "thinspace", "medspace",
    "thickspace", "negthinspace", "enspace", "phantom", "hphantom", "vphantom", "smash", "mathstrut",
    "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "colon"};

// ---- characters pdflatex cannot read from a .bib ------------------------

struct CharTex
{
    char16_t c;
    const char *tex;
};

// Letters and symbols of text that have no decomposition into a letter and
// accents, by their LaTeX names (all in the LaTeX kernel).
constexpr CharTex TextChars[] = {
    {u'ß', "\\ss"},
    {u'ø', "\\o"},
    {u'Ø', "\\O"},
    {u'ł', "\\l"},
    {u'Ł', "\\L"},
    {u'æ', "\\ae"},
    {u'Æ', "\\AE"},
    {u'œ', "\\oe"},
    {u'Œ', "\\OE"},
    {u'ı', "\\i"},
    {u'ȷ', "\\j"},
    {u'å', "\\aa"},
    {u'Å', "\\AA"},
    {u'–', "--"},
    {u'—', "---"},
    {u'‘', "`"},
    {u'’', "'"},
    {u'“', "``"},
    {u'”', "''"},
    {u'„', "\\quotedblbase"},
    {u'…', "\\ldots"},
    {u'°', "\\textdegree"},
    {u'©', "\\textcopyright"},
    {u'®', "\\textregistered"},
    {u'™', "\\texttrademark"},
    {u'§', "\\S"},
    {u'¶', "\\P"},
    {u'†', "\\dag"},
    {u'‡', "\\ddag"},
    {u'£', "\\pounds"},
    {u'•', "\\textbullet"},
    {u'·', "\\textperiodcentered"},
    {u'\u00a0', "~"},
};

// Greek letters and math symbols written as characters: ω, ≤, →, ∞, ...
// They are math; outside it they are typeset through \ensuremath.
constexpr CharTex MathChars[] = {
    {u'α', "\\alpha"},
    {u'β', "\\beta"},
    {u'γ', "\\gamma"},
    {u'δ', "\\delta"},
    {u'ε', "\\epsilon"},
    {u'ϵ', "\\epsilon"},
    {u'ζ', "\\zeta"},
    {u'η', "\\eta"},
    {u'θ', "\\theta"},
    {u'ϑ', "\\vartheta"},
    {u'ι', "\\iota"},
    {u'κ', "\\kappa"},
    {u'λ', "\\lambda"},
    {u'μ', "\\mu"},
    {u'µ', "\\mu"},
    {u'ν', "\\nu"},
    {u'ξ', "\\xi"},
    {u'π', "\\pi"},
    {u'ρ', "\\rho"},
    {u'σ', "\\sigma"},
    {u'ς', "\\varsigma"},
    {u'τ', "\\tau"},
    {u'υ', "\\upsilon"},
    {u'φ', "\\phi"},
    {u'ϕ', "\\phi"},
    {u'χ', "\\chi"},
    {u'ψ', "\\psi"},
    {u'ω', "\\omega"},
    {u'Γ', "\\Gamma"},
    {u'Δ', "\\Delta"},
    {u'Θ', "\\Theta"},
    {u'Λ', "\\Lambda"},
    {u'Ξ', "\\Xi"},
    {u'Π', "\\Pi"},
    {u'Σ', "\\Sigma"},
    {u'Υ', "\\Upsilon"},
    {u'Φ', "\\Phi"},
    {u'Ψ', "\\Psi"},
    {u'Ω', "\\Omega"},
    {u'ℓ', "\\ell"},
    {u'ℏ', "\\hbar"},
    {u'∂', "\\partial"},
    {u'∇', "\\nabla"},
    {u'∞', "\\infty"},
    {u'∅', "\\emptyset"},
    {u'∀', "\\forall"},
    {u'∃', "\\exists"},
    {u'¬', "\\neg"},
    {u'±', "\\pm"},
    {u'∓', "\\mp"},
    {u'×', "\\times"},
    {u'÷', "\\div"},
    {u'⋅', "\\cdot"},
    {u'∗', "\\ast"},
    {u'∘', "\\circ"},
    {u'−', "-"},
    {u'≤', "\\leq"},
    {u'≥', "\\geq"},
    {u'≠', "\\neq"},
    {u'≈', "\\approx"},
    {u'≡', "\\equiv"},
    {u'∼', "\\sim"},
    {u'≃', "\\simeq"},
    {u'≅', "\\cong"},
    {u'∝', "\\propto"},
    {u'≪', "\\ll"},
    {u'≫', "\\gg"},
    {u'∈', "\\in"},
    {u'∉', "\\notin"},
    {u'∋', "\\ni"},
    {u'⊂', "\\subset"},
    {u'⊃', "\\supset"},
    {u'⊆', "\\subseteq"},
    {u'⊇', "\\supseteq"},
    {u'∪', "\\cup"},
    {u'∩', "\\cap"},
    {u'∧', "\\wedge"},
    {u'∨', "\\vee"},
    {u'⊕', "\\oplus"},
    {u'⊗', "\\otimes"},
    {u'→', "\\to"},
    {u'←', "\\leftarrow"},
    {u'↔', "\\leftrightarrow"},
    {u'⇒', "\\Rightarrow"},
    {u'⇐', "\\Leftarrow"},
    {u'⇔', "\\Leftrightarrow"},
    {u'↦', "\\mapsto"},
    {u'↑', "\\uparrow"},
    {u'↓', "\\downarrow"},
    {u'∑', "\\sum"},
    {u'∏', "\\prod"},
    {u'∫', "\\int"},
    {u'√', "\\surd"},
    {u'⟨', "\\langle"},
    {u'⟩', "\\rangle"},
    {u'′', "\\prime"},
    {u'ℵ', "\\aleph"},
    {u'∥', "\\parallel"},
    {u'⊥', "\\perp"},
    {u'⋯', "\\cdots"},
};

// Combining accents and the LaTeX commands that put them on a letter.
constexpr CharTex Accents[] = {
    {u'\u0300', "`"}, {u'\u0301', "'"}, {u'\u0302', "^"},  {u'\u0303', "~"}, {u'\u0304', "="},
    {u'\u0306', "u"}, {u'\u0307', "."}, {u'\u0308', "\""}, {u'\u030a', "r"}, {u'\u030b', "H"},
    {u'\u030c', "v"}, {u'\u0323', "d"}, {u'\u0327', "c"},  {u'\u0328', "k"}, {u'\u0331', "b"},
};

const char *lookUp(const CharTex *first, const CharTex *last, QChar c)
{
    for (; first != last; ++first)
        if (first->c == c.unicode())
            return first->tex;
    return nullptr;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A letter with accents as LaTeX: é is {\'{e}}, ǘ {\'{\"{u}}}; braced, so
// that BibTeX counts it as one letter. Empty if it is not one.
QString accentedLetter(QChar c)
{
    const QString parts = QString(c).normalized(QString::NormalizationForm_D);
    if (parts.size() < 2 || !isAsciiLetter(parts.at(0)))
        return {};
    QString out(parts.at(0));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const char *accent = lookUp(std::begin(Accents), std::end(Accents), parts.at(i));
        if (!accent)
            return {};
        out = QLatin1Char('\\') + QLatin1String(accent) + QLatin1Char('{') + out + QLatin1Char('}');
    }
    return QLatin1Char('{') + out + QLatin1Char('}');
}

// A character outside ASCII as pdflatex reads it from a .bib without any
// package: a LaTeX letter or symbol, math through \ensuremath (or as it is
// inside math). What has no LaTeX form (CJK, emoji) is a ?, one per character.
void appendNonAscii(QString &out, QStringView text, qsizetype &i, bool inMath)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        ++i; // one character, one ?
    if (const char *math = lookUp(std::begin(MathChars), std::end(MathChars), c)) {
        out += inMath ? QStringLiteral("{%1}").arg(QLatin1String(math))
                      : QStringLiteral("\\ensuremath{%1}").arg(QLatin1String(math));
        return;
    }
    QString text_;
    if (const char *tex = lookUp(std::begin(TextChars), std::end(TextChars), c))
        text_ = QLatin1Char('{') + QLatin1String(tex) + QLatin1Char('}');
    else
        text_ = accentedLetter(c);
    if (text_.isEmpty()) {
        // Compatibility forms: the ligature ﬁ is fi, a full-width Ａ is A.
        const QString plain = QString(c).normalized(QString::NormalizationForm_KD);
        const bool ascii = std::all_of(plain.cbegin(), plain.cend(), [](QChar p) {
            return p.unicode() > 0x20 && p.unicode() < 0x7f &&
                   (p.isLetterOrNumber() || QStringView(u"()+-.,:;/").contains(p));
        });
        text_ = ascii && plain != QString(c) ? plain : QStringLiteral("?");
    }
    out += inMath ? QStringLiteral("\\mbox{%1}").arg(text_) : text_;
}

QSet<QString> setOf(const char *const *first, const char *const *last)
{
    QSet<QString> set;
    for (; first != last; ++first)
        set.insert(QLatin1String(*first));
    return set;
}

// The letters of a control word. @ counts: where a package has made it a
// letter, \emph@x is one (unknown) name, not \emph and @x; where it has not,
// writing such a name as text costs nothing.
bool isNameLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'@';
}

// Control symbols kept outside math: escaped specials and spacing. The
// accents (\' \` \^ \" \~ \= \.) are kept only before what they accent.
bool isTextSymbol(QChar symbol, QChar following)
{
    if (QStringView(u"&%$#_,-/\\ ").contains(symbol))
        return true;
    return QStringView(u"'`^\"~=.").contains(symbol) &&
           (following.isLetter() || following == u'{' || following == u'\\');
}

bool isMathSymbol(QChar symbol)
{
    return QStringView(u",;:! |#%&_$\\").contains(symbol);
}

// A control word written last must not run on into letters that follow
// once a stray brace is dropped: \i}nput must not become \input.
void endControlWord(QString &out)
{
    qsizetype letters = 0;
    while (letters < out.size() && isNameLetter(out.at(out.size() - 1 - letters)))
        ++letters;
    qsizetype backslashes = 0;
    while (letters + backslashes < out.size() && out.at(out.size() - 1 - letters - backslashes) == u'\\')
        ++backslashes;
    if (letters > 0 && backslashes % 2 == 1)
        out += QStringLiteral("{}");
}

// A character outside ASCII as written (Encoding::Utf8). XeTeX and LuaTeX
// read it as a letter, so a control word before it is ended first (\emphé
// would be one unknown name); a bidirectional control is dropped, and so is
// half a surrogate pair, which no encoding can write.
void appendAsWritten(QString &out, QStringView text, qsizetype &i)
{
    const QChar c = text.at(i);
    const char16_t u = c.unicode();
    if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
        return;
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        endControlWord(out);
        out += c;
        out += text.at(++i);
    } else if (!c.isSurrogate()) {
        endControlWord(out);
        out += c;
    }
}

// What a character outside ASCII becomes in the chosen encoding.
void appendOutsideAscii(QString &out, QStringView text, qsizetype &i, bool inMath, Encoding encoding)
{
    if (encoding == Encoding::Utf8)
        appendAsWritten(out, text, i);
    else
        appendNonAscii(out, text, i, inMath);
}

// BibTeX counts every brace, escaped or not, and LaTeX needs groups to nest.
// Openers are remembered by kind ({ or \{); a closer only closes the same
// kind and is dropped otherwise; whatever is left open is closed at the end.
class Braces
{
public:
    void open(QString &out, bool escaped)
    {
        m_stack.append(escaped);
        out += escaped ? QStringLiteral("\\{") : QStringLiteral("{");
    }
    void close(QString &out, bool escaped)
    {
        if (m_stack.isEmpty() || m_stack.last() != escaped) {
            endControlWord(out);
            return;
        }
        m_stack.removeLast();
        out += escaped ? QStringLiteral("\\}") : QStringLiteral("}");
    }
    void closeAll(QString &out)
    {
        while (!m_stack.isEmpty())
            close(out, m_stack.last());
    }

private:
    QList<bool> m_stack;
};

// Index of the closing math delimiter at or after from, skipping backslash
// pairs; -1 if there is none.
qsizetype findMathClose(QStringView text, QStringView delimiter, qsizetype from)
{
    for (qsizetype i = from; i < text.size();) {
        if (text.sliced(i).startsWith(delimiter))
            return i;
        i += text.at(i) == u'\\' ? 2 : 1;
    }
    return -1;
}

// The length of the control word starting at `from`.
qsizetype wordLength(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && isNameLetter(text.at(end)))
        ++end;
    return end - from;
}

// Math as written, with every control sequence outside the math allow-list
// made visible, braces balanced inside the math, and % # & $ escaped: they
// would comment out the rest of the line, take a parameter, misplace an
// alignment tab or end the math early. The ^ of ^^ (which TeX reads as a
// character code, \input included) is written as text. Empty math gets a
// group, because $$ would open display math.
QString mathValue(QStringView math, Encoding encoding)
{
    QString out;
    Braces braces;
    for (qsizetype i = 0; i < math.size(); ++i) {
        const QChar c = math.at(i);
        const QChar next = i + 1 < math.size() ? math.at(i + 1) : QChar();
        if (c == u'\\') {
            if (next == u'{' || next == u'}') {
                next == u'{' ? braces.open(out, true) : braces.close(out, true);
                ++i;
            } else if (isNameLetter(next)) {
                const QStringView name = math.sliced(i + 1, wordLength(math, i + 1));
                out += isMathCommand(name) ? QStringView(u"\\") : MathBackslash;
                out += name;
                i += name.size();
            } else if (!next.isNull() && isMathSymbol(next)) {
                out += c;
                out += next;
                ++i;
            } else {
                out += MathBackslash; // what follows is read on its own
            }
        } else if (c == u'{' || c == u'}') {
            c == u'{' ? braces.open(out, false) : braces.close(out, false);
        } else if (c == u'%' || c == u'#' || c == u'&' || c == u'$') {
            out += u'\\';
            out += c;
        } else if (c == u'^' && out.endsWith(u'^')) {
            out += MathCaret;
        } else if (c.unicode() > 0x7e) {
            appendOutsideAscii(out, math, i, true, encoding);
        } else {
            out += c;
        }
    }
    braces.closeAll(out);
    return out.isEmpty() ? QStringLiteral("{}") : out;
}

} // namespace

QString cleanWhitespace(const QString &text)
{
    QString out = text.simplified();
    out.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    return out;
}

bool isTextCommand(QStringView name)
{
    static const QSet<QString> set = setOf(std::begin(TextCommands), std::end(TextCommands));
    return set.contains(name.toString());
}

bool isMathCommand(QStringView name)
{
    static const QSet<QString> set = setOf(std::begin(MathCommands), std::end(MathCommands));
    return set.contains(name.toString());
}

QString escape(const QString &raw, Encoding encoding)
{
    const QString text = cleanWhitespace(raw);
    const QStringView view(text);
    QString out;
    out.reserve(text.size() + 8);
    Braces braces;
    // Searches that failed once fail again from further on; remembering that
    // keeps a string of unmatched delimiters linear.
    bool noDollar = false, noDisplay = false, noParen = false, noBracket = false;

    auto tryMath = [&](qsizetype &i, QStringView open, QStringView close, bool &failed) {
        if (failed)
            return false;
        const qsizetype end = findMathClose(view, close, i + open.size());
        if (end < 0) {
            failed = true;
            return false;
        }
        out += open;
        out += mathValue(view.sliced(i + open.size(), end - i - open.size()), encoding);
        out += close;
        i = end + close.size();
        return true;
    };

    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        const QChar afterNext = i + 2 < text.size() ? text.at(i + 2) : QChar();
        if (c == u'\\') {
            if (next == u'{' || next == u'}') {
                next == u'{' ? braces.open(out, true) : braces.close(out, true);
                i += 2;
            } else if ((next == u'(' && tryMath(i, u"\\(", u"\\)", noParen)) ||
                       (next == u'[' && tryMath(i, u"\\[", u"\\]", noBracket))) {
                // copied by tryMath
            } else if (isNameLetter(next)) {
                const QStringView name = view.sliced(i + 1, wordLength(view, i + 1));
                out += isTextCommand(name) ? QStringView(u"\\") : TextBackslash;
                out += name;
                i += 1 + name.size();
            } else if (!next.isNull() && isTextSymbol(next, afterNext)) {
                out += c;
                out += next;
                i += 2;
            } else {
                out += TextBackslash; // what follows is read on its own
                ++i;
            }
        } else if (c == u'$') {
            const bool display = next == u'$';
            const bool math =
                display ? tryMath(i, u"$$", u"$$", noDisplay) : tryMath(i, u"$", u"$", noDollar);
            if (!math) {
                out += QStringLiteral("\\$");
                ++i;
            }
        } else if (c == u'{' || c == u'}') {
            c == u'{' ? braces.open(out, false) : braces.close(out, false);
            ++i;
        } else if (c == u'&' || c == u'%' || c == u'#' || c == u'_') {
            out += u'\\';
            out += c;
            ++i;
        } else if (c == u'^') {
            out += TextCaret;
            ++i;
        } else {
            // A ~ stays: in TeX metadata it is a tie ("Fig.~3", "J.~Doe"),
            // and nothing that could redefine it passes.
            if (c.unicode() > 0x7e)
                appendOutsideAscii(out, view, i, false, encoding);
            else
                out += c;
            ++i;
        }
    }
    braces.closeAll(out);
    return out;
}

} // namespace paperboy::texfield
