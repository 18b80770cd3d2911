#include "arxiv/ApiParser.h"
#include "arxiv/FeedParser.h"
#include "support/TestPaths.h"
#include "text/TexDisplay.h"
#include "text/TexToUnicode.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace paperboy;
using paperboy::test::readFixture;
using paperboy::tex::toDisplayHtml;
using paperboy::tex::toDisplayText;

namespace {

// The tags the converter emits; nothing else may look like markup.
const QStringList ownTags = {QStringLiteral("<sup>"),  QStringLiteral("</sup>"), QStringLiteral("<sub>"),
                             QStringLiteral("</sub>"), QStringLiteral("<i>"),    QStringLiteral("</i>")};

// Empty if html holds only the converter's own tags, balanced, and entities;
// otherwise what is wrong.
QString markupProblem(const QString &html)
{
    QString rest = html;
    for (const QString &tag : ownTags)
        rest.remove(tag);
    if (rest.contains(QLatin1Char('<')) || rest.contains(QLatin1Char('>')))
        return QStringLiteral("a tag of the input survived: ") + html;
    static const QRegularExpression bareAmpersand(QStringLiteral("&(?!(amp|lt|gt|quot);)"));
    if (rest.contains(bareAmpersand))
        return QStringLiteral("an unescaped &: ") + html;
    for (qsizetype i = 0; i < ownTags.size(); i += 2) {
        if (html.count(ownTags.at(i)) != html.count(ownTags.at(i + 1)))
            return QStringLiteral("unbalanced %1: ").arg(ownTags.at(i)) + html;
    }
    return {};
}

// Data rows of an input and the expected rendering, both UTF-8.
void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
}

void row(const char *name, const char *input, const char *expected)
{
    QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected);
}

struct Fixture
{
    QString name;
    QList<Paper> papers;
};

QList<Fixture> fixturePapers()
{
    QList<Fixture> fixtures;
    const QStringList feeds = {
        QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml"),
        QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml"),
        QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.CL_trimmed3.xml"),
        QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml"),
        QStringLiteral("arxiv-rss/atom_rss.arxiv.org_2026-09-25_cs.LG_trimmed3.xml"),
    };
    for (const QString &feed : feeds) {
        const ListingParseResult r = parseListingFeed(readFixture(feed));
        if (!r.ok)
            qFatal("fixture %s: %s", qPrintable(feed), qPrintable(r.error));
        fixtures.append({feed, r.feed.papers});
    }
    const QStringList apis = {
        QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml"),
        QStringLiteral("arxiv-atom/api_legacy2016_search_au_del_maestro_10entries.xml"),
    };
    for (const QString &api : apis) {
        const ApiParseResult r = parseApiFeed(readFixture(api));
        if (!r.ok)
            qFatal("fixture %s: %s", qPrintable(api), qPrintable(r.error));
        fixtures.append({api, r.papers});
    }
    return fixtures;
}

const Paper *paperById(const QList<Fixture> &fixtures, const QString &id)
{
    for (const Fixture &f : fixtures) {
        for (const Paper &p : f.papers) {
            if (p.id == id)
                return &p;
        }
    }
    return nullptr;
}

} // namespace

class TestTexDisplay : public QObject
{
    Q_OBJECT

private slots:
    void rendersText_data();
    void rendersText();
    void rendersHtml_data();
    void rendersHtml();
    void keepsLoneDollars_data();
    void keepsLoneDollars();
    void escapesUntrustedHtml_data();
    void escapesUntrustedHtml();
    void keepsPlaceholderCharacters();
    void proseIsAccentsToUnicode();
    void rendersFixtureAbstracts();
    void rendersFixtureExamples();
    void hostileInputStaysBounded_data();
    void hostileInputStaysBounded();
    void randomInputStaysBoundedAndEscaped();
};

void TestTexDisplay::rendersText_data()
{
    addColumns();
    // Titles and abstracts as arXiv announces them.
    row("big O regret", R"($\mathcal{O}(\sqrt{N})$ regret)", "𝒪(√N) regret");
    row("muP", R"($\mu$P: width transfer)", "μP: width transfer");
    row("l1 norm", R"($\ell_1$-norm)", "ℓ₁-norm");
    row("k-NN", R"($k$-NN)", "k-NN");
    row("ten to the minus three", R"(a learning rate of $10^{-3}$)", "a learning rate of 10⁻³");
    row("epsilon greedy", R"($\epsilon$-greedy)", "ε-greedy");
    row("soft O", R"($\tilde{O}(d\sqrt{T})$)", "Õ(d√T)");
    row("R^d", R"($\mathbb{R}^d$)", "ℝᵈ");
    row("sub and sup", R"($x_{i,j}^{(t)}$)", "x_(i,j)⁽ᵗ⁾");
    row("display dollars", R"($$E=mc^2$$)", "E = mc²");
    row("paren math", R"(\(x^2\) and \[x_1\])", "x² and x₁");
    row("several spans", R"(An $\Omega(n)$ lower and $O(n\log n)$ upper bound)",
        "An Ω(n) lower and O(n log n) upper bound");
    row("braced span", R"({$\mu$P} transfers)", "μP transfers");
    // Scripts: Unicode characters only when every character has one.
    row("square", R"($x^2$)", "x²");
    row("braced sub", R"($x_{i}$)", "xᵢ");
    row("letters up", R"($x^{ab}$)", "xᵃᵇ");
    row("no superscript q", R"($x^q$)", "x^q");
    row("no superscript qq", R"($x^{qq}$)", "x^(qq)");
    row("slash has none", R"($O(n^{1/2})$)", "O(n^(1/2))");
    row("nested script", R"($e^{x^2}$)", "e^(x²)");
    row("sum limits", R"($\sum_{i=1}^{n} x_i$)", "∑ᵢ₌₁ⁿ xᵢ");
    row("transpose", R"($A^\top A$)", "AᵀA");
    row("degrees", R"($90^\circ$)", "90°");
    row("star", R"($x^*$)", "x*");
    row("primes", R"($f'(x) + f''(x)$)", "f′(x) + f″(x)");
    row("empty script", R"($x^{}$)", "x");
    row("caret without argument", R"($x^$ and $a^^b$)", "x^ and a^ᵇ");
    // Fractions and roots: multi-character parts in parentheses.
    row("frac", R"($\frac{a}{b}$)", "a/b");
    row("frac parts", R"($\frac{a+b}{c+d}$)", "(a+b)/(c+d)");
    row("frac unbraced", R"($\frac12$)", "1/2");
    row("frac of scripts", R"($\frac{1}{\varepsilon^2}$)", "1/ε²");
    row("frac of words", R"($\frac{n}{\log n}$)", "n/(log n)");
    row("nested frac", R"($\frac{\frac{a}{b}}{c}$)", "(a/b)/c");
    row("frac of roots", R"($\frac{\sqrt{n}}{\sqrt{n+1}}$)", "√n/√(n+1)");
    row("sqrt", R"($\sqrt{N}$, $\sqrt{n+1}$, $\sqrt 2$)", "√N, √(n+1), √2");
    row("cube root", R"($\sqrt[3]{x}$)", "∛x");
    row("nth root", R"($\sqrt[n]{x}$)", "ⁿ√x");
    row("binomial", R"($\binom{n}{k}$)", "C(n, k)");
    // Accents compose where Unicode has the letter.
    row("tilde O", R"($\tilde{O}$)", "Õ");
    row("hat", R"($\hat{x}$)", "x\u0302");
    row("bar", R"($\bar{x}$)", "x̄");
    row("vec", R"($\vec{v}$)", "v\u20D7");
    row("dot", R"($\dot{x}$)", "ẋ");
    row("hat theta", R"($\hat\theta_t$)", "θ\u0302ₜ");
    row("not equal", R"($a \not= b$, $x \not\in S$)", "a ≠ b, x ∉ S");
    // Letters and symbols.
    row("greek", R"($\alpha, \beta, \gamma, \Gamma, \Delta, \Omega, \varepsilon, \phi, \varphi$)",
        "α, β, γ, Γ, Δ, Ω, ε, φ, φ");
    row("symbols", R"($\infty, \partial, \nabla, \pm, \mp, \times, \cdot, \emptyset, \forall, \exists$)",
        "∞, ∂, ∇, ±, ∓, ×, ·, ∅, ∀, ∃");
    row("big operators", R"($\sum_i \prod_j \int_0^1$)", "∑ᵢ ∏ⱼ ∫₀¹");
    row("relations",
        R"($a \leq b$, $c\ge d$, $a\neq b$, $x\approx y$, $f\sim g$, $a\equiv b$, $y \propto x$)",
        "a ≤ b, c ≥ d, a ≠ b, x ≈ y, f ∼ g, a ≡ b, y ∝ x");
    row("arrows", R"($n \to \infty$, $a\Rightarrow b$, $x\mapsto y$, $a\leftrightarrow b$, $a\leftarrow b$)",
        "n → ∞, a ⇒ b, x ↦ y, a ↔ b, a ← b");
    row("sets", R"($x\in\mathbb{R}^n$, $y\notin S$, $A\subseteq B\cup C\cap D$)", "x ∈ ℝⁿ, y ∉ S, A ⊆ B∪C∩D");
    row("dots", R"($\{1, \dots, n\}$ and $x_1,\ldots,x_n$ and $a\cdots b$)", "{1, …, n} and x₁,…,xₙ and a⋯b");
    row("delimiters", R"($\|x\|_2$, $\langle x, y \rangle$, $\lfloor n/2 \rfloor$, $\lceil x\rceil$)",
        "‖x‖₂, ⟨x, y⟩, ⌊n/2⌋, ⌈x⌉");
    row("sizers", R"($\left(\frac{a}{b}\right)^{2}$ and $\left.x\right|$)", "(a/b)² and x|");
    row("ascii relations", R"($r>0$, $y(u)<y(v)$)", "r > 0, y(u) < y(v)");
    // Operator names are words, set apart from letters next to them.
    row("log", R"($\log n$, $n\log n$, $\log\log T$)", "log n, n log n, log log T");
    row("max with limits", R"($\max_{x} f(x)$)", "maxₓ f(x)");
    row("functions", R"($\exp(-x)$, $\sin\theta$, $\arg\min$, $\lim_{n\to\infty}$)",
        "exp(-x), sin θ, arg min, lim_(n → ∞)");
    row("mod", R"($a \bmod b$, $a \equiv b \pmod{n}$)", "a mod b, a ≡ b (mod n)");
    // Fonts.
    row("script letters", R"($\mathcal{A}, \mathcal{B}, \mathcal{L}, \mathcal{H}, \mathcal{R}, \mathcal{e}$)",
        "𝒜, ℬ, ℒ, ℋ, ℛ, ℯ");
    row("double struck", R"($\mathbb{N}, \mathbb{Z}, \mathbb{C}, \mathbb{E}, \mathbb{1}$)", "ℕ, ℤ, ℂ, 𝔼, 𝟙");
    row("fraktur", R"($\mathfrak{g}, \mathfrak{R}$)", "𝔤, ℜ");
    row("bold", R"($\mathbf{x}$, $\boldsymbol{\theta}$, $\mathbf{W}_1$)", "𝐱, 𝛉, 𝐖₁");
    row("upright", R"($\mathrm{KL}(p\|q)$, $\mathit{x}$, $\textrm{A}$)", "KL(p‖q), x, A");
    row("text", R"($x \text{ if } x>0$)", "x if x > 0");
    row("operatorname", R"($\operatorname{Tr}(A)$, $\operatorname*{arg\,max}_x$)", "Tr(A), arg maxₓ");
    // Spacing collapses.
    row("spacing", R"($a\,b\;c\!d\quad e~f\qquad g$)", "a b cd e f g");
    row("control word ends at spaces", R"($\alpha x$, $a\cdots b$)", "αx, a⋯b");
    row("binary spaced like its left side", R"($a \cdot b$, $a\cdot b$, $2\times 3$)", "a · b, a·b, 2×3");
    row("no space inside delimiters", R"($\left( x \right)$, $( a , b )$)", "(x), (a, b)");
    row("edge spaces", R"($ x $)", "x");
    // Unknown commands stay as written, their arguments rendered.
    row("unknown command", R"($\foo{x^2}$ and $\bar$)", "\\foo{x²} and \\bar");
    row("environment", R"($\begin{cases}a\end{cases}$)", "\\begin{cases}a\\end{cases}");
    // Outside math only the accents and escapes change.
    row("accents outside", R"(Sch\"olkopf's $\mu$-law)", "Schölkopf's μ-law");
    row("escapes outside", R"(50\% of \$5 \& a\_b)", "50% of $5 & a_b");
    row("prose command", R"(\emph{oracle} $x$)", "\\emph{oracle} x");
    // TeX's dash ligatures in prose, hyphens left alone, math untouched.
    row("en dash", R"(Jensen--Shannon divergence)", "Jensen\u2013Shannon divergence");
    row("em dash", R"(insights---such as trends---from data)", "insights\u2014such as trends\u2014from data");
    row("page range and hyphen", R"(pages 10--20 of a well-known book)",
        "pages 10\u201320 of a well-known book");
    row("four hyphens", R"(a----b)", "a\u2014-b");
    row("dash next to math", R"($x$--$y$ pairs)", "x\u2013y pairs");
    row("escaped dollar in math", R"($a\$b$)", "a$b");
    row("percent in math", R"(only $25\%$)", "only 25%");
    row("empty", "", "");
}

void TestTexDisplay::rendersText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(toDisplayText(input), expected);
}

void TestTexDisplay::rendersHtml_data()
{
    addColumns();
    row("variable", R"($k$-NN)", "<i>k</i>-NN");
    row("square", R"($x^2$)", "<i>x</i><sup>2</sup>");
    row("no Unicode needed", R"($x^{q}$)", "<i>x</i><sup><i>q</i></sup>");
    row("sub and sup", R"($x_{i,j}^{(t)}$)", "<i>x</i><sub><i>i</i>,<i>j</i></sub><sup>(<i>t</i>)</sup>");
    row("nested", R"($e^{x^2}$)", "<i>e</i><sup><i>x</i><sup>2</sup></sup>");
    row("power of ten", R"($10^{-3}$)", "10<sup>-3</sup>");
    row("big O", R"($\mathcal{O}(\sqrt{N})$ regret)", "𝒪(√<i>N</i>) regret");
    row("fraction", R"($\frac{a+b}{2}$)", "(<i>a</i>+<i>b</i>)/2");
    row("operator name upright", R"($\log n$)", "log <i>n</i>");
    row("text upright", R"($\text{if } x$)", "if <i>x</i>");
    row("accent", R"($\hat{x}$)", "x\u0302");
    row("relation escaped", R"($a<b$ & c)", "<i>a</i> &lt; <i>b</i> &amp; c");
    row("prose escaped", R"(Sch\"olkopf & <Co> "q")", "Schölkopf &amp; &lt;Co&gt; &quot;q&quot;");
    row("dashes", R"(Jensen--Shannon---in short)", "Jensen\u2013Shannon\u2014in short");
    row("lone dollars", R"($5 and $10)", "$5 and $10");
    row("display", R"($$E=mc^2$$)", "<i>E</i> = <i>mc</i><sup>2</sup>");
}

void TestTexDisplay::rendersHtml()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString html = toDisplayHtml(input);
    QCOMPARE(html, expected);
    QVERIFY2(markupProblem(html).isEmpty(), qPrintable(markupProblem(html)));
}

void TestTexDisplay::keepsLoneDollars_data()
{
    addColumns();
    row("price", "costs $5 per sample", "costs $5 per sample");
    row("two prices", "$5 and $10", "$5 and $10");
    row("price range", "$5-$10", "$5-$10");
    row("about ten percent", R"($\sim$10\% faster, a $\times$2 speed-up, $>$90\%)",
        "∼10% faster, a ×2 speed-up, >90%");
    row("price then math", R"(costs $5 or $x^2$)", "costs $5 or x²");
    row("price then display", R"($5 or $$x^2$$)", "$5 or x²");
    row("unclosed at end", R"(a $\mu)", "a $\\mu");
    row("unclosed display", R"($$x and more)", "$$x and more");
    row("unclosed paren", R"(\(x and more)", "\\(x and more");
    row("escaped dollars", R"(\$5 and \$10)", "$5 and $10");
    row("escaped then math", R"(\$5 for $\mu$)", "$5 for μ");
    row("accents after price", R"(costs $5 for G\"odel and $10)", "costs $5 for Gödel and $10");
    row("only dollars", "$", "$");
    row("dollar at end of math", R"($x$$)", "x$");
    row("adjacent spans", R"($x$$y$)", "xy");
}

void TestTexDisplay::keepsLoneDollars()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(toDisplayText(input), expected);
    QCOMPARE(toDisplayHtml(input).count(QLatin1Char('$')), expected.count(QLatin1Char('$')));
}

void TestTexDisplay::escapesUntrustedHtml_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("script and bold") << QStringLiteral("<script>alert(1)</script> $<b>x</b>^2$");
    QTest::newRow("tag in a script") << QStringLiteral("$x^{<img src=x onerror=alert(1)>}$");
    QTest::newRow("tag in a command") << QStringLiteral("$\\mathcal{<i>}\\text{</sub><a href=x>}$");
    QTest::newRow("tag in unknown") << QStringLiteral("$\\foo{<b>}$ \\bar{<i>}");
    QTest::newRow("entities") << QStringLiteral("&lt;b&gt; $a&amp;b$ &#60;");
    QTest::newRow("quotes") << QStringLiteral("\" ' $\"$ <p class=\"x\">");
    QTest::newRow("tag split by math") << QStringLiteral("<scr$x$ipt>");
    QTest::newRow("unclosed groups") << QStringLiteral("${<b>^{<i>_{</i>$");
    QTest::newRow("lone dollar") << QStringLiteral("$5 <b>bold</b> $10");
}

void TestTexDisplay::escapesUntrustedHtml()
{
    QFETCH(QString, input);
    const QString html = toDisplayHtml(input);
    QVERIFY2(markupProblem(html).isEmpty(), qPrintable(markupProblem(html)));
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    QVERIFY(!html.contains(QLatin1String("<a ")));
}

// U+FFFC stands in for the math while the accents are converted; one that is
// in the input must come out as it went in.
void TestTexDisplay::keepsPlaceholderCharacters()
{
    const QString input = QStringLiteral("a\uFFFC $x^2$ \\\uFFFC $\uFFFC$ G\\\"odel \uFFFC");
    QCOMPARE(toDisplayText(input), QStringLiteral("a\uFFFC x² \\\uFFFC \uFFFC Gödel \uFFFC"));
    QCOMPARE(toDisplayHtml(input),
             QStringLiteral("a\uFFFC <i>x</i><sup>2</sup> \\\uFFFC \uFFFC Gödel \uFFFC"));
}

// Around math the display text is exactly what accentsToUnicode() and
// dashesToUnicode() make of the prose, as if the math were a plain character: the placeholder that
// stands in for it while the accents are converted changes nothing.
void TestTexDisplay::proseIsAccentsToUnicode()
{
    // No $, \( or \[ in the prose itself.
    const QString alphabet = QStringLiteral("\\\\\\{}{}~'\"^`=.uvHckrd ijoOlLsSaAe&%_#-19\u00E9<>");
    QRandomGenerator rng(20260428);
    for (int round = 0; round < 20000; ++round) {
        const int length = int(rng.bounded(48));
        QString prose;
        for (int i = 0; i < length; ++i)
            prose += alphabet.at(rng.bounded(int(alphabet.size())));
        const QString expected = tex::dashesToUnicode(tex::accentsToUnicode(prose));
        QCOMPARE(toDisplayText(prose), expected);
        QCOMPARE(toDisplayHtml(prose), expected.toHtmlEscaped());

        // A backslash right before it would escape the $.
        const int at = int(rng.bounded(length + 1));
        if (at > 0 && prose.at(at - 1) == QLatin1Char('\\'))
            continue;
        const QString withMath = QString(prose).insert(at, QLatin1String("$\\mu$"));
        const QString withMark = QString(prose).insert(at, QLatin1Char('@'));
        QCOMPARE(
            toDisplayText(withMath),
            tex::dashesToUnicode(tex::accentsToUnicode(withMark)).replace(QLatin1Char('@'), QChar(u'μ')));
    }
}

// Every title and abstract of the captured feeds, parsed by the real parsers:
// no math delimiters and no math commands are left, and the HTML is safe.
void TestTexDisplay::rendersFixtureAbstracts()
{
    static const QRegularExpression dollarPair(QStringLiteral("\\$[^$]*\\$"));
    static const QRegularExpression command(QStringLiteral("\\\\([A-Za-z]+)"));
    // Text commands outside math: accentsToUnicode() keeps them, by design.
    const QSet<QString> proseCommands = {QStringLiteral("emph"), QStringLiteral("textbf")};
    int withMath = 0;
    for (const Fixture &fixture : fixturePapers()) {
        QVERIFY2(!fixture.papers.isEmpty(), qPrintable(fixture.name));
        for (const Paper &paper : fixture.papers) {
            for (const QString &tex : {paper.title, paper.abstract}) {
                const QString where = fixture.name + QLatin1Char(' ') + paper.id + QLatin1String(": ");
                const QString text = toDisplayText(tex);
                QVERIFY2(!text.contains(dollarPair), qPrintable(where + text));
                QVERIFY2(!text.contains(QLatin1String("\\(")) && !text.contains(QLatin1String("\\[")),
                         qPrintable(where + text));
                for (const auto &m : command.globalMatch(text)) {
                    QVERIFY2(proseCommands.contains(m.captured(1)), qPrintable(where + m.captured(0)));
                }
                const QString html = toDisplayHtml(tex);
                QVERIFY2(markupProblem(html).isEmpty(), qPrintable(where + markupProblem(html)));
                QCOMPARE(html.count(QLatin1Char('$')), text.count(QLatin1Char('$')));
                if (tex.contains(QLatin1Char('$')) && !text.contains(QLatin1Char('$')))
                    ++withMath;
            }
        }
    }
    // The API capture is a search for "testing" with dozens of formulas.
    QVERIFY2(withMath >= 10, qPrintable(QString::number(withMath)));
}

void TestTexDisplay::rendersFixtureExamples()
{
    const QList<Fixture> fixtures = fixturePapers();

    // A price, not math: the dollar stays.
    const Paper *doping = paperById(fixtures, QStringLiteral("2604.21953"));
    QVERIFY(doping);
    QVERIFY(doping->abstract.contains(QLatin1String("costs over $800 per sample")));
    QVERIFY(toDisplayText(doping->abstract).contains(QLatin1String("costs over $800 per sample")));
    QVERIFY(toDisplayHtml(doping->abstract).contains(QLatin1String("costs over $800 per sample")));

    QString all;
    for (const Fixture &fixture : fixtures) {
        for (const Paper &paper : fixture.papers)
            all += toDisplayText(paper.title) + QLatin1Char('\n') + toDisplayText(paper.abstract) +
                   QLatin1Char('\n');
    }
    const QStringList expected = {
        QStringLiteral("Õ(ε⁻⁴)"),         QStringLiteral("Õ(ε⁻²)"),
        QStringLiteral("(√n)"),           QStringLiteral("(n/log n)"),
        QStringLiteral("f:ℝⁿ → ℝ"),       QStringLiteral("𝐱 ∈ ℝⁿ"),
        QStringLiteral("∇f(𝐱)/‖∇f(𝐱)‖"),  QStringLiteral("{1, …, n}"),
        QStringLiteral("ε₁-close"),       QStringLiteral("δ-function"),
        QStringLiteral("O(n log(1/ε))"),  QStringLiteral(":V → {1,2,…,k}"),
        QStringLiteral("i.i.d. samples"), QStringLiteral("30% for generating"),
    };
    for (const QString &e : expected)
        QVERIFY2(all.contains(e), qPrintable(e));
}

void TestTexDisplay::hostileInputStaysBounded_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("open braces") << QStringLiteral("{");
    QTest::newRow("close braces") << QStringLiteral("}");
    QTest::newRow("dollars") << QStringLiteral("$");
    QTest::newRow("dollar letter") << QStringLiteral("$a");
    QTest::newRow("price pairs") << QStringLiteral("$5 $x ");
    QTest::newRow("display dollars") << QStringLiteral("$$a");
    QTest::newRow("unclosed paren math") << QStringLiteral("\\(a");
    QTest::newRow("unclosed bracket math") << QStringLiteral("\\[a");
    QTest::newRow("backslashes") << QStringLiteral("\\");
    QTest::newRow("carets") << QStringLiteral("^");
    QTest::newRow("raised letters") << QStringLiteral("^a");
    QTest::newRow("nested scripts") << QStringLiteral("x^{");
    QTest::newRow("nested fractions") << QStringLiteral("\\frac{");
    QTest::newRow("fraction chains") << QStringLiteral("\\frac\\frac");
    QTest::newRow("nested roots") << QStringLiteral("\\sqrt[\\sqrt{");
    QTest::newRow("nested accents") << QStringLiteral("\\hat{\\tilde{\\mathcal{A");
    QTest::newRow("accent chains") << QStringLiteral("\\hat\\bar");
    QTest::newRow("script letters") << QStringLiteral("\\mathcal{A}");
    QTest::newRow("relations") << QStringLiteral("=<");
    QTest::newRow("operators") << QStringLiteral("\\log\\max");
    QTest::newRow("unknown with arguments") << QStringLiteral("\\foo{");
    QTest::newRow("sizers") << QStringLiteral("\\left.");
    QTest::newRow("ampersands") << QStringLiteral("&\"");
    QTest::newRow("accents outside") << QStringLiteral("\\'{");
}

// Output grows at most a constant factor: 4 for text (𝒜 is two UTF-16 units
// for one letter, "=" becomes " = "), 10 for HTML (^a becomes
// <sup><i>a</i></sup>, & becomes &amp;). Both as prose and inside math.
void TestTexDisplay::hostileInputStaysBounded()
{
    QFETCH(QString, unit);
    for (const QString &input :
         {unit.repeated(20000), QLatin1Char('$') + unit.repeated(20000) + QLatin1Char('$')}) {
        const QString text = toDisplayText(input);
        const QString html = toDisplayHtml(input);
        QVERIFY2(text.size() <= 4 * input.size() + 64, qPrintable(QString::number(text.size())));
        QVERIFY2(html.size() <= 10 * input.size() + 64, qPrintable(QString::number(html.size())));
        QVERIFY2(markupProblem(html).isEmpty(), qPrintable(html.left(200)));
    }
}

void TestTexDisplay::randomInputStaysBoundedAndEscaped()
{
    const QString alphabet = QStringLiteral("\\\\\\{}{}$$$^^__[]()~'\"<>&=  ab1xAO\u00E9\u03B8\uFFFC"
                                            "\\frac\\sqrt\\mathcal\\hat\\log\\left\\text\\mu\\foo");
    QRandomGenerator rng(20260427);
    for (int round = 0; round < 20000; ++round) {
        const int length = int(rng.bounded(64));
        QString input;
        for (int i = 0; i < length; ++i) {
            // Now and then any UTF-16 unit at all, lone surrogates included.
            input += rng.bounded(8) == 0 ? QChar(char16_t(rng.bounded(0x10000)))
                                         : alphabet.at(rng.bounded(int(alphabet.size())));
        }
        const QString text = toDisplayText(input);
        const QString html = toDisplayHtml(input);
        QVERIFY2(text.size() <= 4 * input.size() + 64, qPrintable(input));
        QVERIFY2(html.size() <= 10 * input.size() + 64, qPrintable(input));
        QVERIFY2(markupProblem(html).isEmpty(), qPrintable(input + QLatin1String(" -> ") + html));
    }
}

QTEST_APPLESS_MAIN(TestTexDisplay)
#include "tst_texdisplay.moc"
