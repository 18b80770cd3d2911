#include "text/TexSymbols.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <iterator>

namespace paperboy::tex {

namespace {

// Each table is "name symbol" pairs, separated by spaces.

// The lunate ϵ and the loopy ϕ are mapped like their \var forms: arXiv prose
// writes "ε-greedy", and readers do not tell the glyph variants apart.
constexpr char16_t greek[] =
    u"alpha α beta β gamma γ delta δ epsilon ε varepsilon ε zeta ζ eta η theta θ vartheta ϑ "
    u"iota ι kappa κ varkappa ϰ lambda λ mu μ nu ν xi ξ omicron ο pi π varpi ϖ rho ρ varrho ϱ "
    u"sigma σ varsigma ς tau τ upsilon υ phi φ varphi φ chi χ psi ψ omega ω digamma ϝ Gamma Γ "
    u"Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω varGamma Γ "
    u"varDelta Δ varTheta Θ varLambda Λ varPi Π varSigma Σ varPhi Φ varPsi Ψ varOmega Ω";

constexpr char16_t letterLike[] =
    u"ell ℓ hbar ℏ hslash ℏ imath ı jmath ȷ wp ℘ Re ℜ Im ℑ aleph ℵ beth ℶ gimel ℷ infty ∞ "
    u"partial ∂ nabla ∇ emptyset ∅ varnothing ∅ forall ∀ exists ∃ nexists ∄ neg ¬ lnot ¬ top ⊤ "
    u"bot ⊥ angle ∠ measuredangle ∡ triangle △ square □ Box □ blacksquare ■ Diamond ◇ lozenge ◊ "
    u"prime ′ backprime ‵ surd √ complement ∁ mho ℧ eth ð sharp ♯ flat ♭ natural ♮ checkmark ✓ "
    u"dagger † ddagger ‡ dag † ddag ‡ S § P ¶ copyright © pounds £ euro € clubsuit ♣ "
    u"diamondsuit ♢ heartsuit ♡ spadesuit ♠ therefore ∴ because ∵";

constexpr char16_t largeOperators[] =
    u"sum ∑ prod ∏ coprod ∐ int ∫ iint ∬ iiint ∭ oint ∮ bigcup ⋃ bigcap ⋂ bigoplus ⨁ bigotimes ⨂ "
    u"bigodot ⨀ bigvee ⋁ bigwedge ⋀ bigsqcup ⨆ biguplus ⨄";

constexpr char16_t delimiters[] =
    u"{ { } } lbrace { rbrace } lbrack [ rbrack ] | ‖ Vert ‖ lVert ‖ rVert ‖ vert | lvert | "
    u"rvert | langle ⟨ rangle ⟩ lfloor ⌊ rfloor ⌋ lceil ⌈ rceil ⌉ backslash \\ ulcorner ⌜ "
    u"urcorner ⌝ llbracket ⟦ rrbracket ⟧";

constexpr char16_t dotsAndEscapes[] =
    u"ldots … cdots ⋯ dots … dotsc … dotso … dotsb ⋯ dotsm ⋯ dotsi ⋯ vdots ⋮ ddots ⋱ colon : "
    u"ldotp ."
    u" % % $ $ & & # # _ _";

// Binary operators: spaced like the author spaced their left side ("a \cdot b",
// "a\cdot b"), as the space after a control word is lost.
constexpr char16_t binaries[] =
    u"pm ± mp ∓ times × div ÷ cdot · cdotp · ast * star ⋆ circ ∘ bullet ∙ diamond ⋄ oplus ⊕ "
    u"ominus ⊖ otimes ⊗ oslash ⊘ odot ⊙ cup ∪ cap ∩ sqcup ⊔ sqcap ⊓ vee ∨ lor ∨ wedge ∧ land ∧ "
    u"setminus ∖ smallsetminus ∖ wr ≀ uplus ⊎ amalg ⨿ triangleleft ◁ triangleright ▷ lhd ⊲ rhd ⊳ "
    u"unlhd ⊴ unrhd ⊵ intercal ⊺ ltimes ⋉ rtimes ⋊ boxplus ⊞ boxtimes ⊠";

// Relations and arrows: TeX sets them apart by spaces, and so do we.
constexpr char16_t relations[] =
    u"leq ≤ le ≤ geq ≥ ge ≥ leqslant ⩽ geqslant ⩾ neq ≠ ne ≠ approx ≈ approxeq ≊ sim ∼ simeq ≃ "
    u"cong ≅ equiv ≡ propto ∝ ll ≪ gg ≫ lll ⋘ ggg ⋙ prec ≺ succ ≻ preceq ⪯ succeq ⪰ preccurlyeq ≼ "
    u"succcurlyeq ≽ lesssim ≲ gtrsim ≳ lessapprox ⪅ gtrapprox ⪆ nless ≮ ngtr ≯ nleq ≰ ngeq ≱ "
    u"nsim ≁ ncong ≇ asymp ≍ doteq ≐ triangleq ≜ coloneqq ≔ coloneq ≔ eqqcolon ≕ eqcolon ≕ "
    u"defeq ≝ subset ⊂ supset ⊃ subseteq ⊆ supseteq ⊇ subsetneq ⊊ supsetneq ⊋ nsubseteq ⊈ "
    u"nsupseteq ⊉ sqsubset ⊏ sqsupset ⊐ sqsubseteq ⊑ sqsupseteq ⊒ in ∈ ni ∋ owns ∋ notin ∉ "
    u"vdash ⊢ dashv ⊣ models ⊨ vDash ⊨ perp ⊥ parallel ∥ nparallel ∦ mid ∣ nmid ∤ bowtie ⋈ Join ⨝ "
    u"smile ⌣ frown ⌢ to → rightarrow → leftarrow ← gets ← leftrightarrow ↔ Rightarrow ⇒ "
    u"Leftarrow ⇐ Leftrightarrow ⇔ implies ⟹ impliedby ⟸ iff ⟺ mapsto ↦ longmapsto ⟼ "
    u"longrightarrow ⟶ longleftarrow ⟵ longleftrightarrow ⟷ Longrightarrow ⟹ Longleftarrow ⟸ "
    u"Longleftrightarrow ⟺ uparrow ↑ downarrow ↓ updownarrow ↕ Uparrow ⇑ Downarrow ⇓ nearrow ↗ "
    u"searrow ↘ swarrow ↙ nwarrow ↖ hookrightarrow ↪ hookleftarrow ↩ rightharpoonup ⇀ "
    u"leftharpoonup ↼ rightleftharpoons ⇌ leadsto ⇝ rightsquigarrow ⇝ twoheadrightarrow ↠ "
    u"rightarrowtail ↣ circlearrowleft ↺ circlearrowright ↻ rightleftarrows ⇄ leftrightarrows ⇆ "
    u"nrightarrow ↛ nleftarrow ↚";

// Spacing collapses to one space or none; styles and tags render as nothing.
// (Not pairs: the symbols are spaces or empty.)
constexpr char16_t spaces[] = u", ; : > quad qquad enspace thinspace medspace thickspace";
constexpr char16_t nothings[] =
    u"! negthinspace negmedspace negthickspace displaystyle textstyle scriptstyle "
    u"scriptscriptstyle limits nolimits nonumber notag noindent";

constexpr char16_t operatorNames[] =
    u"arccos arcsin arctan arg cos cosh cot coth csc deg det dim exp gcd hom inf ker lg lim liminf limsup ln "
    u"log max min Pr sec sin sinh sup tan tanh argmax argmin injlim lcm sgn sign tr Tr rank diag Var Cov "
    u"poly polylog erf softmax";

constexpr char16_t sizers[] =
    u"left right middle big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr "
    u"bigm Bigm biggm Biggm";

QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QHash<QString, MathSymbol> &symbolTable()
{
    static const QHash<QString, MathSymbol> table = [] {
        QHash<QString, MathSymbol> t;
        auto pairs = [&t](const char16_t *text, MathSymbol::Spacing spacing) {
            const QStringList w = words(text);
            for (qsizetype i = 0; i + 1 < w.size(); i += 2)
                t.insert(w.at(i), {w.at(i + 1), spacing});
        };
        for (const char16_t *group : {greek, letterLike, largeOperators, delimiters, dotsAndEscapes})
            pairs(group, MathSymbol::Ordinary);
        pairs(binaries, MathSymbol::Binary);
        pairs(relations, MathSymbol::Relation);
        for (const QString &name : words(spaces))
            t.insert(name, {QStringLiteral(" "), MathSymbol::Ordinary});
        for (const QString &name : words(nothings))
            t.insert(name, {QString(), MathSymbol::Ordinary});
        // What the pairs cannot spell: "\ " and "\\" (a line break) by name,
        // and the spaced word of \bmod.
        t.insert(QStringLiteral(" "), {QStringLiteral(" "), MathSymbol::Ordinary});
        t.insert(QStringLiteral("\\"), {QStringLiteral(" "), MathSymbol::Ordinary});
        t.insert(QStringLiteral("bmod"), {QStringLiteral(" mod "), MathSymbol::Ordinary});
        t.insert(QStringLiteral("mod"), {QStringLiteral(" mod "), MathSymbol::Ordinary});
        return t;
    }();
    return table;
}

QSet<QString> wordSet(const char16_t *text)
{
    const QStringList w = words(text);
    return QSet<QString>(w.cbegin(), w.cend());
}

// The code point of letter (or digit) c in a style: a run start in the
// Mathematical Alphanumeric Symbols block, except for the letters Unicode had
// already encoded in Letterlike Symbols, which left holes in the block.
char32_t styled(char32_t c, LetterStyle style)
{
    struct Hole
    {
        char16_t letter;
        char16_t replacement;
    };
    static constexpr Hole scriptHoles[] = {{'B', u'ℬ'}, {'E', u'ℰ'}, {'F', u'ℱ'}, {'H', u'ℋ'},
                                           {'I', u'ℐ'}, {'L', u'ℒ'}, {'M', u'ℳ'}, {'R', u'ℛ'},
                                           {'e', u'ℯ'}, {'g', u'ℊ'}, {'o', u'ℴ'}};
    static constexpr Hole doubleStruckHoles[] = {{'C', u'ℂ'}, {'H', u'ℍ'}, {'N', u'ℕ'}, {'P', u'ℙ'},
                                                 {'Q', u'ℚ'}, {'R', u'ℝ'}, {'Z', u'ℤ'}};
    static constexpr Hole frakturHoles[] = {{'C', u'ℭ'}, {'H', u'ℌ'}, {'I', u'ℑ'}, {'R', u'ℜ'}, {'Z', u'ℨ'}};

    auto fromRuns = [c](char32_t capital, char32_t small, char32_t digit, const Hole *holes,
                        std::size_t holeCount) -> char32_t {
        for (std::size_t i = 0; i < holeCount; ++i) {
            if (holes[i].letter == c)
                return holes[i].replacement;
        }
        if (c >= 'A' && c <= 'Z' && capital)
            return capital + (c - 'A');
        if (c >= 'a' && c <= 'z' && small)
            return small + (c - 'a');
        if (c >= '0' && c <= '9' && digit)
            return digit + (c - '0');
        return c;
    };
    switch (style) {
    case LetterStyle::Script:
        return fromRuns(0x1D49C, 0x1D4B6, 0, scriptHoles, std::size(scriptHoles));
    case LetterStyle::DoubleStruck:
        return fromRuns(0x1D538, 0x1D552, 0x1D7D8, doubleStruckHoles, std::size(doubleStruckHoles));
    case LetterStyle::Fraktur:
        return fromRuns(0x1D504, 0x1D51E, 0, frakturHoles, std::size(frakturHoles));
    case LetterStyle::Bold:
        // Bold Greek follows the order of the Greek block, the unassigned
        // U+03A2 included (its slot holds the bold theta symbol).
        if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2)
            return 0x1D6A8 + (c - 0x391);
        if (c >= 0x3B1 && c <= 0x3C9)
            return 0x1D6C2 + (c - 0x3B1);
        return fromRuns(0x1D400, 0x1D41A, 0x1D7CE, nullptr, 0);
    }
    return c;
}

// Scripts: parallel strings, each character of the first mapped to the one
// at the same place in the second. Unicode has no superscript q and only a
// few subscript letters. Primes, daggers and stars are already raised; \top
// and \circ in a superscript mean the transpose and the degree sign.
constexpr char16_t superFrom[] = u"0123456789+-\u2212=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW"
                                 u"αβγδεθιφχ′″‴*∗†‡⊤∘";
constexpr char16_t superTo[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ"
                               u"ᵅᵝᵞᵟᵋᶿᶥᵠᵡ′″‴**†‡ᵀ°";
constexpr char16_t subFrom[] = u"0123456789+-\u2212=()aehijklmnoprstuvxβγρφχ";
constexpr char16_t subTo[] = u"₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";
static_assert(std::size(superFrom) == std::size(superTo));
static_assert(std::size(subFrom) == std::size(subTo));

// The scripts as hash tables: the renderer asks for every character of every
// script and fraction part.
struct ScriptTables
{
    QHash<char16_t, char16_t> super;
    QHash<char16_t, char16_t> sub;
    QSet<char16_t> results;
};

const ScriptTables &scriptTables()
{
    static const ScriptTables tables = [] {
        ScriptTables t;
        for (std::size_t i = 0; i + 1 < std::size(superFrom); ++i) {
            t.super.insert(superFrom[i], superTo[i]);
            t.results.insert(superTo[i]);
        }
        for (std::size_t i = 0; i + 1 < std::size(subFrom); ++i) {
            t.sub.insert(subFrom[i], subTo[i]);
            t.results.insert(subTo[i]);
        }
        return t;
    }();
    return tables;
}

} // namespace

std::optional<MathSymbol> mathSymbol(QStringView name)
{
    const auto &table = symbolTable();
    const auto it = table.constFind(name.toString());
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

bool isOperatorName(QStringView name)
{
    static const QSet<QString> names = wordSet(operatorNames);
    return names.contains(name.toString());
}

bool isDelimiterSizer(QStringView name)
{
    static const QSet<QString> names = wordSet(sizers);
    return names.contains(name.toString());
}

QChar mathAccentMark(QStringView name)
{
    struct Accent
    {
        const char *name;
        char16_t mark;
    };
    static constexpr Accent accents[] = {{"hat", 0x0302},
                                         {"widehat", 0x0302},
                                         {"tilde", 0x0303},
                                         {"widetilde", 0x0303},
                                         {"bar", 0x0304},
                                         {"overline", 0x0305},
                                         {"underline", 0x0332},
                                         {"breve", 0x0306},
                                         {"dot", 0x0307},
                                         {"ddot", 0x0308},
                                         {"dddot", 0x20DB},
                                         {"mathring", 0x030A},
                                         {"check", 0x030C},
                                         {"acute", 0x0301},
                                         {"grave", 0x0300},
                                         {"vec", 0x20D7},
                                         {"overrightarrow", 0x20D7},
                                         {"overleftarrow", 0x20D6},
                                         {"not", 0x0338}};
    for (const Accent &a : accents) {
        if (name == QLatin1String(a.name))
            return QChar(a.mark);
    }
    return {};
}

std::optional<ArgumentCommand> argumentCommand(QStringView name)
{
    static const QHash<QString, ArgumentCommand> table = [] {
        QHash<QString, ArgumentCommand> t;
        auto add = [&t](ArgumentCommand command, const char16_t *names) {
            for (const QString &n : words(names))
                t.insert(n, command);
        };
        using C = ArgumentCommand;
        add({C::Fraction}, u"frac dfrac tfrac cfrac");
        add({C::Binomial}, u"binom dbinom tbinom");
        add({C::Root}, u"sqrt");
        add({C::OverSet}, u"overset stackrel");
        add({C::UnderSet}, u"underset");
        add({C::Text}, u"text textrm textnormal textit textbf textsf texttt textup mbox hbox emph");
        add({C::Upright}, u"mathrm mathit mathsf mathtt mathnormal");
        add({C::Operator}, u"operatorname");
        add({C::Identity}, u"ensuremath mathop mathbin mathrel mathord mathpunct mathopen mathclose boxed "
                           u"underbrace overbrace cancel");
        add({C::Drop}, u"phantom hphantom vphantom color");
        add({C::TextColor}, u"textcolor");
        add({C::Pmod}, u"pmod");
        add({C::Styled, LetterStyle::Script}, u"mathcal mathscr");
        add({C::Styled, LetterStyle::DoubleStruck}, u"mathbb mathbbm Bbb");
        add({C::Styled, LetterStyle::Fraktur}, u"mathfrak");
        add({C::Styled, LetterStyle::Bold}, u"mathbf boldsymbol bm pmb");
        return t;
    }();
    const auto it = table.constFind(name.toString());
    return it == table.constEnd() ? std::nullopt : std::optional<ArgumentCommand>(*it);
}

QString styledLetters(QStringView text, LetterStyle style)
{
    QString out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        const char32_t mapped = c.isSurrogate() ? c.unicode() : styled(c.unicode(), style);
        if (QChar::requiresSurrogates(mapped)) {
            out += QChar(QChar::highSurrogate(mapped));
            out += QChar(QChar::lowSurrogate(mapped));
        } else {
            out += QChar(char16_t(mapped));
        }
    }
    return out;
}

QChar superscriptOf(QChar c)
{
    return QChar(scriptTables().super.value(c.unicode(), 0));
}

QChar subscriptOf(QChar c)
{
    return QChar(scriptTables().sub.value(c.unicode(), 0));
}

bool isScriptCharacter(QChar c)
{
    return scriptTables().results.contains(c.unicode());
}

} // namespace paperboy::tex
