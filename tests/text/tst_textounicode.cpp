#include "text/TexToUnicode.h"

#include <QRandomGenerator>
#include <QTest>

using paperboy::tex::accentsToUnicode;

class TestTexToUnicode : public QObject
{
    Q_OBJECT

private slots:
    void converts_data();
    void converts();
    void composesToSingleCodePoints();
    void keepsMathVerbatim_data();
    void keepsMathVerbatim();
    void survivesMalformedInput_data();
    void survivesMalformedInput();
    void leavesPlainTextAlone();
    void randomInputNeverGrowsAndKeepsDigits();
    void hostileInputStaysBounded_data();
    void hostileInputStaysBounded();
};

void TestTexToUnicode::converts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *input, const QString &expected) {
        QTest::newRow(name) << QString::fromUtf8(input) << expected;
    };
    // Each accent in its three spellings: bare, braced argument, braced group.
    row("acute bare", R"(S\'anchez)", QStringLiteral("Sánchez"));
    row("acute braced", R"(S\'{a}nchez)", QStringLiteral("Sánchez"));
    row("acute grouped", R"(S{\'a}nchez)", QStringLiteral("Sánchez"));
    row("umlaut bare", R"(G\"odel)", QStringLiteral("Gödel"));
    row("umlaut braced", R"(G\"{o}del)", QStringLiteral("Gödel"));
    row("umlaut grouped", R"(G{\"o}del)", QStringLiteral("Gödel"));
    row("umlaut grouped braced", R"(G{\"{o}}del)", QStringLiteral("Gödel"));
    row("circumflex", R"(Cr\^ete \^{E})", QStringLiteral("Crête Ê"));
    row("grave", R"(Tr\`es \`{A})", QStringLiteral("Très À"));
    row("tilde", R"(Mu\~noz {\~N})", QStringLiteral("Muñoz Ñ"));
    row("macron", R"(\=a\={E})", QStringLiteral("āĒ"));
    row("dot above", R"(\.{z}\.Z)", QStringLiteral("żŻ"));
    row("breve", R"(Erdo\u{g}an)", QStringLiteral("Erdoğan"));
    row("caron braced", R"(Ha\v{s}ek \v{C}ech)", QStringLiteral("Hašek Čech"));
    row("caron spaced", R"(\v s\v C)", QStringLiteral("šČ"));
    row("hungarian", R"(Erd\H{o}s)", QStringLiteral("Erdős"));
    row("cedilla", R"(Fran\c{c}ois, gar\c con)", QStringLiteral("François, garçon"));
    row("ogonek", R"(Pi\k{e}kos)", QStringLiteral("Piękos"));
    row("ring", R"(\r{a}\r{U})", QStringLiteral("åŮ"));
    row("dot below", R"(\d{a})", QStringLiteral("ạ"));
    row("dotless i braced", R"(Mart\'{\i}nez)", QStringLiteral("Martínez"));
    row("dotless i bare", R"(Mart\'\i nez)", QStringLiteral("Martínez"));
    row("dotless i grouped", R"(Mart{\'\i}nez)", QStringLiteral("Martínez"));
    row("dotless i umlaut", R"(Ha\"{\i}ti)", QStringLiteral("Haïti"));
    row("dotless i alone", R"(\i)", QStringLiteral("ı"));
    row("stacked accents", R"(Nguy\~{\^e}n)", QStringLiteral("Nguyễn"));
    row("sharp s", R"(Stra\ss e, Wei\ss{})", QStringLiteral("Straße, Weiß"));
    row("slashed o", R"(Bj{\o}rn \O)", QStringLiteral("Bjørn Ø"));
    row("stroke l", R"({\L}ukasz Wa\l{}\k{e}sa)", QStringLiteral("Łukasz Wałęsa"));
    row("ligatures", R"(\ae\AE\oe\OE)", QStringLiteral("æÆœŒ"));
    row("ring letters", R"(\aa{}ngstr\"om \AA)", QStringLiteral("ångström Å"));
    row("escaped specials", R"(R\&D, 50\%, a\_b, \#1, \$5)", QStringLiteral("R&D, 50%, a_b, #1, $5"));
    row("tie", "J.~Smith", QStringLiteral("J.\u00A0Smith"));
    row("dashes kept", "1--2 --- ok", QStringLiteral("1--2 --- ok"));
    row("grouping dropped", "{B}ayes and {{NASA}}", QStringLiteral("Bayes and NASA"));
    row("unknown command kept", R"(\emph{Bayes} \foo bar \\ x)",
        QStringLiteral("\\emph{Bayes} \\foo bar \\\\ x"));
    row("unknown command argument converted", R"(\textit{G\"odel}{x})", QStringLiteral("\\textit{Gödel}{x}"));
    row("accent without letter", R"(\^{} and \'{ab})", QStringLiteral("\\^{} and \\'{ab}"));
    row("no precomposed form", R"(\v{q})", QStringLiteral("q\u030C"));
    row("utf8 passes through", "Jürgen Schmidhuber, 王伟", QStringLiteral("Jürgen Schmidhuber, 王伟"));
}

void TestTexToUnicode::converts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(accentsToUnicode(input), expected);
}

void TestTexToUnicode::composesToSingleCodePoints()
{
    // NFC: one code point, not e + combining acute.
    QCOMPARE(accentsToUnicode(QStringLiteral("\\'e")), QString(QChar(0x00E9)));
    QCOMPARE(accentsToUnicode(QStringLiteral("\\'{\\i}")), QString(QChar(0x00ED)));
    QCOMPARE(accentsToUnicode(QStringLiteral("\\k{e}")), QString(QChar(0x0119)));
}

void TestTexToUnicode::keepsMathVerbatim_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inline") << QStringLiteral("$\\mathcal{O}(n^2)$ time")
                            << QStringLiteral("$\\mathcal{O}(n^2)$ time");
    QTest::newRow("accent in math") << QStringLiteral("$\\\"o~{x}$ and {B}")
                                    << QStringLiteral("$\\\"o~{x}$ and B");
    QTest::newRow("paren math") << QStringLiteral("\\(x_{1}\\) {T}") << QStringLiteral("\\(x_{1}\\) T");
    QTest::newRow("bracket math") << QStringLiteral("\\[a\\&b\\]") << QStringLiteral("\\[a\\&b\\]");
    QTest::newRow("display") << QStringLiteral("$$a~b\\ss$$") << QStringLiteral("$$a~b\\ss$$");
    QTest::newRow("escaped dollar inside") << QStringLiteral("$a\\$b$ \\'e") << QStringLiteral("$a\\$b$ é");
    QTest::newRow("several") << QStringLiteral("A $\\ln\\ln T$ bound for {T}esting $x_{\\'a}$")
                             << QStringLiteral("A $\\ln\\ln T$ bound for Testing $x_{\\'a}$");
}

void TestTexToUnicode::keepsMathVerbatim()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(accentsToUnicode(input), expected);
}

void TestTexToUnicode::survivesMalformedInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Braces that do not pair up are text, not grouping: they stay.
    QTest::newRow("unclosed brace") << QStringLiteral("{unbalanced {B}") << QStringLiteral("{unbalanced B");
    QTest::newRow("stray close") << QStringLiteral("unbalanced} {B}") << QStringLiteral("unbalanced} B");
    QTest::newRow("reversed") << QStringLiteral("}{") << QStringLiteral("}{");
    QTest::newRow("trailing backslash") << QStringLiteral("trailing\\") << QStringLiteral("trailing\\");
    QTest::newRow("only backslash") << QStringLiteral("\\") << QStringLiteral("\\");
    QTest::newRow("lone dollar") << QStringLiteral("costs $5 {a}") << QStringLiteral("costs $5 a");
    QTest::newRow("lone display") << QStringLiteral("$$x") << QStringLiteral("$$x");
    QTest::newRow("unclosed paren math") << QStringLiteral("\\(x {a}") << QStringLiteral("\\(x a");
    QTest::newRow("accent at end") << QStringLiteral("a\\'") << QStringLiteral("a\\'");
    QTest::newRow("accent open brace") << QStringLiteral("\\\"{") << QStringLiteral("\\\"{");
    QTest::newRow("group not closed") << QStringLiteral("{\\'a") << QStringLiteral("{á");
    QTest::newRow("letter accent at end") << QStringLiteral("x\\v") << QStringLiteral("x\\v");
    QTest::newRow("empty") << QString() << QString();
}

void TestTexToUnicode::survivesMalformedInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(accentsToUnicode(input), expected);
}

void TestTexToUnicode::leavesPlainTextAlone()
{
    const QString text =
        QStringLiteral("Plain title: 3 agents (v2) -- with Ünïcödé, 中文 & \"quotes\" 'here'.");
    QCOMPARE(accentsToUnicode(text), text);
}

// Every construct maps to at most as many UTF-16 units as it spans, and a
// digit can never be swallowed (it is neither a letter nor markup).
void TestTexToUnicode::randomInputNeverGrowsAndKeepsDigits()
{
    const QString alphabet = QStringLiteral("\\\\\\{}{}$$~'\"^`=.uvHckrd ijoOlLsSaAe&%_#()[]-19é");
    QRandomGenerator rng(20251024);
    for (int round = 0; round < 20000; ++round) {
        const int length = int(rng.bounded(48));
        QString input;
        for (int i = 0; i < length; ++i)
            input += alphabet.at(rng.bounded(int(alphabet.size())));
        const QString output = accentsToUnicode(input);
        QVERIFY2(output.size() <= input.size(), qPrintable(input));
        QCOMPARE(output.count(QLatin1Char('1')), input.count(QLatin1Char('1')));
        QCOMPARE(output.count(QLatin1Char('9')), input.count(QLatin1Char('9')));
    }
}

void TestTexToUnicode::hostileInputStaysBounded_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("unclosed accent groups") << QStringLiteral("\\'{");
    QTest::newRow("nested accents") << QStringLiteral("\\^{\\'{");
    QTest::newRow("unclosed paren math") << QStringLiteral("\\(a");
    QTest::newRow("unclosed bracket math") << QStringLiteral("\\[a");
    QTest::newRow("open braces") << QStringLiteral("{");
    QTest::newRow("close braces") << QStringLiteral("}");
    QTest::newRow("dollars") << QStringLiteral("$a");
    QTest::newRow("backslashes") << QStringLiteral("\\");
}

void TestTexToUnicode::hostileInputStaysBounded()
{
    QFETCH(QString, unit);
    // 100,000 repetitions: a conversion that went quadratic would not end
    // within the suite's time limit; how fast it is belongs to a benchmark.
    const QString input = unit.repeated(100000);
    const QString output = accentsToUnicode(input);
    QVERIFY(output.size() <= input.size());
    QVERIFY(!output.isEmpty());
}

QTEST_APPLESS_MAIN(TestTexToUnicode)
#include "tst_textounicode.moc"
