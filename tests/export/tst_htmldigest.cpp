// The digest as a web page, on a real day of arXiv: read back by a strict
// XML reader (the page is XHTML-compatible HTML, so a missing or crossed
// end tag is an error), it holds every paper the Markdown digest holds, in
// headings of the right levels, with links only to arXiv and to itself,
// nothing it would load from anywhere, and hostile paper text as text.
#include "core/Relevance.h"
#include "export/DigestWriter.h"
#include "export/HtmlDigest.h"
#include "support/HostileText.h"
#include "support/RealDays.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace paperboy;

namespace {

const QDate kDay(2025, 10, 1);

// The real day scored as the reference system scored it: its picks with
// their scores, every other paper low, and every fifth of those set aside
// by its title, so the page shows each kind of verdict.
QList<PaperRow> realRows(const Criteria &criteria)
{
    const auto judgements = test::realDayJudgements(kDay);
    QList<PaperRow> rows;
    int i = 0;
    for (const Paper &p : test::realDay(kDay)) {
        PaperRow row;
        row.paper = p;
        const test::RealDayJudgement j = judgements.value(p.id);
        if (j.picked && j.relevance > 0) {
            row.scoreState = ScoreState::Scored;
            row.relevance = j.relevance;
            row.novelty = j.novelty;
            row.scoreComment = QStringLiteral("Picked by the reference.");
        } else if (++i % 5 == 0) {
            row.scoreState = ScoreState::SetAside;
            row.scoreComment = QStringLiteral("title pre-filter: not relevant by its title");
        } else {
            row.scoreState = ScoreState::Scored;
            row.relevance = 2;
            row.novelty = 3;
            row.scoreComment = QStringLiteral("Off topic.");
        }
        relevance::judge(row, criteria);
        rows << row;
    }
    return rows;
}

Digest realDigest(bool relevantOnly)
{
    RunRecord run;
    run.date = kDay;
    run.model = QStringLiteral("gpt-5-mini");
    run.promptTokens = 120000;
    run.completionTokens = 30000;
    DayRecord day;
    day.date = kDay;
    const Criteria criteria = Criteria::defaults();
    const QList<PaperRow> rows = realRows(criteria);
    day.announced = day.kept = int(rows.size());
    return digest::make(day, {run}, rows, criteria, PriceTable(), relevantOnly);
}

// What a strict reader finds in a page.
struct Page
{
    QString error;
    QString lang;
    QList<int> headings;  // levels in document order
    QStringList h3;       // their text, as a reader sees it
    QStringList hrefs;    // every link
    QStringList ids;      // every id attribute
    QStringList loading;  // elements or attributes that would load something
    QStringList elements; // every element name
    QString style;        // the inline style sheet
};

Page read(const QString &html)
{
    Page page;
    QXmlStreamReader xml(html);
    int heading = 0;
    QString headingText;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            current = name;
            page.elements << name;
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("html"))
                page.lang = a.value(QLatin1String("lang")).toString();
            static const QRegularExpression h(QStringLiteral("^h([1-6])$"));
            if (const auto m = h.match(name); m.hasMatch()) {
                heading = m.captured(1).toInt();
                page.headings << heading;
                headingText.clear();
            }
            for (const QXmlStreamAttribute &attr : a) {
                const QString n = attr.name().toString();
                if (n == QLatin1String("href"))
                    page.hrefs << attr.value().toString();
                else if (n == QLatin1String("id"))
                    page.ids << attr.value().toString();
                else if (n == QLatin1String("src") || n == QLatin1String("srcset") ||
                         n == QLatin1String("data") || n == QLatin1String("action") ||
                         n.startsWith(QLatin1String("on")))
                    page.loading << n;
            }
            for (const char *loader :
                 {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "form"})
                if (name == QLatin1String(loader))
                    page.loading << name;
        } else if (xml.isCharacters()) {
            if (heading)
                headingText += xml.text();
            if (current == QLatin1String("style"))
                page.style += xml.text();
        } else if (xml.isEndElement()) {
            if (heading == 3 && xml.name() == QLatin1String("h3"))
                page.h3 << headingText;
            if (xml.name().startsWith(u'h') && xml.name().size() == 2)
                heading = 0;
            current.clear();
        }
    }
    if (xml.hasError())
        page.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return page;
}

int markdownPapers(const QString &md)
{
    static const QRegularExpression paper(QStringLiteral("^## \\d+\\. "),
                                          QRegularExpression::MultilineOption);
    return int(md.count(paper));
}

} // namespace

class TestHtmlDigest : public QObject
{
    Q_OBJECT

private slots:
    void realDayIsWellFormedAndComplete();
    void pageLoadsNothing();
    void relevantListsOnlyRelevantPapers();
    void hostileTextStaysText();
    void mathReadsWithoutANetwork();
};

void TestHtmlDigest::realDayIsWellFormedAndComplete()
{
    const Digest d = realDigest(false);
    QVERIFY(d.papers.size() > 100);
    const QString html = digest::toHtml(d);
    const Page page = read(html);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.lang, QStringLiteral("en"));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n")));
    QVERIFY(html.contains(QLatin1String("name=\"viewport\"")));

    // One h1, then sections, papers under them: no level skipped.
    QCOMPARE(page.headings.count(1), 1);
    QCOMPARE(page.headings.first(), 1);
    for (qsizetype i = 1; i < page.headings.size(); ++i)
        QVERIFY2(page.headings.at(i) <= page.headings.at(i - 1) + 1, qPrintable(QString::number(i)));
    QCOMPARE(page.headings.last(), 2); // the prompt

    // Every paper of the day, as many as the Markdown digest has, in its order.
    QCOMPARE(page.h3.size(), markdownPapers(digest::toMarkdown(d)));
    QCOMPARE(page.h3.size(), d.papers.size());
    for (qsizetype i = 0; i < d.papers.size(); ++i) {
        const Paper &p = d.papers.at(i).paper;
        QVERIFY2(page.h3.at(i).startsWith(QStringLiteral("%1. ").arg(i + 1)), qPrintable(page.h3.at(i)));
        QVERIFY(page.hrefs.contains(QStringLiteral("https://arxiv.org/abs/") + p.id));
        QVERIFY(page.hrefs.contains(QStringLiteral("https://arxiv.org/pdf/") + p.id));
    }
    // Each verdict as the Markdown says it.
    QVERIFY(html.contains(QLatin1String("Relevance: ")));
    QVERIFY(html.contains(QLatin1String("Set aside by its title: title pre-filter")));
    QVERIFY(html.contains(QStringLiteral("Total relevant papers: %1").arg(d.relevant)));
    QVERIFY(html.contains(QLatin1String("<caption>gpt-5-mini</caption>")));
    QVERIFY(page.elements.contains(QStringLiteral("pre")));
    QVERIFY(html.contains(QLatin1String("prefers-color-scheme:dark")));
    QVERIFY(html.contains(QLatin1String("@media print")));
}

// Links go to arXiv or to the page itself, each well formed; nothing is
// loaded: no script, image, frame or external style, and the inline style
// fetches nothing either.
void TestHtmlDigest::pageLoadsNothing()
{
    const Page page = read(digest::toHtml(realDigest(false)));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY2(page.loading.isEmpty(), qPrintable(page.loading.join(u' ')));
    static const QRegularExpression arxiv(
        QStringLiteral("^https://arxiv\\.org/(abs|pdf)/\\d{4}\\.\\d{4,5}$"));
    for (const QString &href : page.hrefs) {
        if (href.startsWith(u'#'))
            QVERIFY2(page.ids.contains(href.mid(1)), qPrintable(href));
        else
            QVERIFY2(arxiv.match(href).hasMatch(), qPrintable(href));
    }
    QVERIFY(!page.style.isEmpty());
    for (const char *fetch : {"url(", "@import", "@font-face", "http"})
        QVERIFY2(!page.style.contains(QLatin1String(fetch)), fetch);
}

void TestHtmlDigest::relevantListsOnlyRelevantPapers()
{
    const Digest all = realDigest(false);
    const Digest relevant = realDigest(true);
    QVERIFY(relevant.relevant > 0 && relevant.relevant < all.papers.size());
    const Page page = read(digest::toHtml(relevant));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.h3.size(), relevant.relevant);
    QCOMPARE(page.h3.size(), markdownPapers(digest::toMarkdown(relevant)));
    QStringList expected;
    for (const PaperRow &row : all.papers)
        if (row.relevant)
            expected << QStringLiteral("https://arxiv.org/abs/") + row.paper.id;
    QStringList abs;
    for (const QString &href : page.hrefs)
        if (href.contains(QLatin1String("/abs/")))
            abs << href;
    QCOMPARE(abs, expected);
}

// A title with <script> (and every other trick of the hostile day) comes out
// as the characters it is: the reader sees them as text, never as elements.
void TestHtmlDigest::hostileTextStaysText()
{
    QList<Paper> papers = test::hostilePapers(kDay);
    for (Paper &p : papers)
        p.title += QStringLiteral(" <script>alert(1)</script>\x01\x1b");
    const QList<PaperRow> rows = test::hostileScoredRows(papers);
    RunRecord run;
    run.model = QStringLiteral("<b>gpt</b><script>x</script>");
    DayRecord day;
    day.date = kDay;
    const QString html =
        digest::toHtml(digest::make(day, {run}, rows, Criteria::defaults(), PriceTable(), false));
    const Page page = read(html);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY2(page.loading.isEmpty(), qPrintable(page.loading.join(u' ')));
    for (const char *tag : {"b", "iframe", "script"})
        QVERIFY2(!page.elements.contains(QLatin1String(tag)), tag);
    QCOMPARE(page.h3.size(), rows.size());
    for (const QString &h : page.h3)
        QVERIFY2(h.contains(QLatin1String("<script>alert(1)</script>")), qPrintable(h));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;gpt&lt;/b&gt;")));
}

void TestHtmlDigest::mathReadsWithoutANetwork()
{
    PaperRow row;
    row.paper = test::realDay(kDay, 1).first();
    row.paper.title = QStringLiteral("Sorting in $\\mathcal{O}(\\sqrt{N})$ for $x^2$");
    DayRecord day;
    day.date = kDay;
    const QString html =
        digest::toHtml(digest::make(day, {}, {row}, Criteria::defaults(), PriceTable(), false));
    const Page page = read(html);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.h3.size(), 1);
    // As a reader sees the heading: the math as Unicode and a superscript, no TeX left.
    QCOMPARE(page.h3.first(), QStringLiteral("1. Sorting in 𝒪(√N) for x2"));
    QVERIFY(html.contains(QLatin1String("x</i><sup>2</sup>")) ||
            html.contains(QLatin1String("x<sup>2</sup>")));
}

QTEST_GUILESS_MAIN(TestHtmlDigest)
#include "tst_htmldigest.moc"
