// The digest (Markdown and JSON), `list --format json` and the terminal
// table against paper text and comments full of markup: the Markdown is read
// back by Qt's own Markdown reader (md4c, with HTML on, as GitHub renders),
// the JSON by QJsonDocument, and each shows the text as the characters it is.
#include "export/DigestWriter.h"
#include "export/PaperFormat.h"
#include "export/SafeOutput.h"
#include "support/HostileText.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace paperboy;

namespace {

const QDate kDay(2026, 4, 27);

// The stored rows of the hostile day, scored with the hostile comment, and
// one more paper whose id (from a cache someone else wrote) tries to break
// out of the link the digest makes of it.
QList<PaperRow> hostileRows()
{
    QList<Paper> papers = test::hostilePapers(kDay);
    Paper badId = papers.at(1);
    badId.id = QStringLiteral("2604.00003)[x](javascript:alert(8)) <b>");
    papers << badId;
    return test::hostileScoredRows(papers);
}

Digest hostileDigest()
{
    RunRecord run;
    run.date = kDay;
    run.model = QStringLiteral("<b>gpt</b>|[x](javascript:alert(9))");
    run.promptTokens = 1000;
    Criteria criteria = Criteria::defaults();
    criteria.topics.first().relevant += test::hostileTopic();
    DayRecord day;
    day.date = kDay;
    day.announced = day.kept = 3;
    return digest::make(day, {run}, hostileRows(), criteria, PriceTable(), false);
}

// How a JSON reader and an HTML page see bytes: the values exact, and not one
// character that could end a <script> block or start markup.
void checkHtmlSafeJson(const QByteArray &bytes, const QJsonValue &expected)
{
    for (const char c : {'<', '>', '&', '\x1b', '\x7f'})
        QVERIFY2(!bytes.contains(c),
                 qPrintable(QStringLiteral("a raw %1 in the JSON").arg(QChar::fromLatin1(c))));
    for (const char *raw : {"\u2028", "\u2029", "\u202E"})
        QVERIFY2(!bytes.contains(raw), raw);
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(read.isArray() ? QJsonValue(read.array()) : QJsonValue(read.object()), expected);
}

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void markdownShowsPaperTextAsText();
    void markdownSaysWhichPassSetAPaperAside();
    void markdownFenceOutlastsThePrompt();
    void jsonDigestIsExactAndSafeInHtml();
    void listJsonIsExactAndSafeInHtml();
    void jsonEscapesOnlyWhatItMust();
    void tableDropsTerminalControls();
    void costsShowFourDecimalsBelowADollar_data();
    void costsShowFourDecimalsBelowADollar();
};

// A paper the title pass set aside and one the offline cascade set aside:
// the digest says which, never a title pass for the cascade's.
void TestDigest::markdownSaysWhichPassSetAPaperAside()
{
    QList<PaperRow> rows;
    const QList<Paper> papers = test::hostilePapers(kDay);
    for (int i = 0; i < 2; ++i) {
        PaperRow row;
        row.paper = papers.at(i);
        row.scoreState = ScoreState::SetAside;
        row.setAsideOffline = i == 1;
        row.scoreComment = i == 1 ? QStringLiteral("set aside by the offline scorer")
                                  : QStringLiteral("title pre-filter: not relevant by its title");
        rows << row;
    }
    DayRecord day;
    day.date = kDay;
    day.announced = day.kept = 2;
    const QString md =
        digest::toMarkdown(digest::make(day, {}, rows, Criteria::defaults(), PriceTable(), false));
    QCOMPARE(md.count(QStringLiteral("Set aside by its title: title pre-filter")), 1);
    QCOMPARE(md.count(QStringLiteral("Set aside by the offline scorer.")), 1);
    QCOMPARE(md.count(QStringLiteral("Set aside by its title")), 1);
}

void TestDigest::markdownShowsPaperTextAsText()
{
    const QString md = digest::toMarkdown(hostileDigest());
    QTextDocument doc;
    doc.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
    const QString text = doc.toPlainText();

    // Every hostile piece is there, as text.
    for (const QString &literal :
         {QStringLiteral("<script>alert(1)</script>"),
          QStringLiteral("Attention [click](javascript:alert(1)) ![x](https://evil.example/x.png) "
                         "<https://evil.example/>"),
          QStringLiteral("<img src=x onerror=alert(1)>, Eve](javascript:alert(2)) [x"),
          QStringLiteral("<iframe src=\"https://evil.example/\"></iframe>"), QStringLiteral("# Heading"),
          QStringLiteral("[ref]: javascript:alert(3)"), QStringLiteral("<b>bold</b> &amp;"),
          QStringLiteral("`code` \\"), QStringLiteral("<script>alert('comment')</script>"),
          QStringLiteral("[link](javascript:alert(5)) <img src=x onerror=alert(6)> see www.evil.example or "
                         "mail@evil.example"),
          QStringLiteral("<b onmouseover=alert(1)>Nets</b>"), QStringLiteral("& \\[x\\]"),
          QStringLiteral("```"), QStringLiteral("<b>gpt</b>|[x](javascript:alert(9))"),
          QStringLiteral("2604.00003)[x](javascript:alert(8)) <b>")}) {
        QVERIFY2(text.contains(literal), qPrintable(literal + QStringLiteral("\n  missing from:\n") + text));
    }
    // No image, no link but the digest's own to arXiv, no heading, list item
    // or code block that the text made.
    QStringList anchors;
    QStringList headings;
    int listItems = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        listItems += b.textList() != nullptr;
        if (b.blockFormat().headingLevel() > 0)
            headings << b.text();
        // The one code block is the prompt's; the abstract's fence is text.
        if (b.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
            QVERIFY2(!b.text().contains(QLatin1String("alert(4)")), qPrintable(b.text()));
        for (auto f = b.begin(); !f.atEnd(); ++f) {
            const QTextCharFormat format = f.fragment().charFormat();
            QVERIFY2(!format.isImageFormat(), qPrintable(f.fragment().text()));
            if (format.isAnchor())
                anchors << format.anchorHref();
        }
    }
    const QStringList arxiv = {
        QStringLiteral("https://arxiv.org/abs/2604.00001"),
        QStringLiteral("https://arxiv.org/abs/2604.00002"),
        QStringLiteral(
            "https://arxiv.org/abs/2604.00003%29%5Bx%5D%28javascript%3Aalert%288%29%29%20%3Cb%3E")};
    QVERIFY2(anchors == arxiv, qPrintable(anchors.join(u'\n')));
    QCOMPARE(listItems, 3);       // the table of contents
    QCOMPARE(headings.size(), 6); // the digest's, the contents', three papers', the prompt's
    QVERIFY2(!headings.contains(QStringLiteral("Heading")), qPrintable(headings.join(u'\n')));
    QVERIFY2(!headings.contains(QStringLiteral("Injected heading")), qPrintable(headings.join(u'\n')));
}

// The prompt holds the hostile topic: five backticks and a heading. The
// fence is longer, so all of it stays inside the one code block at the end.
void TestDigest::markdownFenceOutlastsThePrompt()
{
    const QString md = digest::toMarkdown(hostileDigest());
    const qsizetype open = md.indexOf(QLatin1String("``````text\n"));
    QVERIFY2(open > 0, qPrintable(md.right(400)));
    QVERIFY(md.endsWith(QLatin1String("\n``````\n")));
    const QString inside = md.mid(open + 11, md.size() - open - 11 - 8);
    QVERIFY(inside.contains(test::hostileTopic()));
    QVERIFY(!inside.contains(QLatin1String("``````")));

    QTextDocument doc;
    doc.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
    QTextBlock last = doc.lastBlock();
    while (last.isValid() && last.text().isEmpty())
        last = last.previous();
    QVERIFY(last.blockFormat().hasProperty(QTextFormat::BlockCodeFence));
    QVERIFY2(doc.toPlainText().contains(QLatin1String("`````")), qPrintable(doc.toPlainText().right(400)));
    QVERIFY(doc.toPlainText().contains(QLatin1String("# Injected heading\n<script>alert(7)</script>")));
}

void TestDigest::jsonDigestIsExactAndSafeInHtml()
{
    const Digest d = hostileDigest();
    const QByteArray bytes = digest::toJsonBytes(d);
    checkHtmlSafeJson(bytes, digest::toJson(d));
    const QJsonObject first =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("papers")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("title")).toString(), test::hostilePapers(kDay).first().title);
    QCOMPARE(first.value(QStringLiteral("comment")).toString(), test::hostileComment());
}

void TestDigest::listJsonIsExactAndSafeInHtml()
{
    const QList<PaperRow> rows = hostileRows();
    const QByteArray bytes = papersToJsonBytes(rows);
    checkHtmlSafeJson(bytes, papersToJson(rows));
    const QJsonArray read = QJsonDocument::fromJson(bytes).array();
    QCOMPARE(read.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = read.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("title")).toString(), rows.at(i).paper.title);
        QCOMPARE(o.value(QStringLiteral("abstract")).toString(), rows.at(i).paper.abstract);
        QCOMPARE(o.value(QStringLiteral("authors")).toArray().first().toString(),
                 rows.at(i).paper.authors.first());
    }
    // The link is a path on arxiv.org whatever the id holds.
    QCOMPARE(read.at(2).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral(
                 "https://arxiv.org/abs/2604.00003%29%5Bx%5D%28javascript%3Aalert%288%29%29%20%3Cb%3E"));
}

// Keys, nesting, numbers and every character class that JSON writers treat
// differently: what comes back is what went in, and only the characters
// named in safe::jsonBytes are written as escapes.
void TestDigest::jsonEscapesOnlyWhatItMust()
{
    QString every;
    for (char16_t c = 1; c < 0x300; ++c)
        every += QChar(c);
    every += QStringLiteral("\u2028\u2029\u202A\u202E\u2066\u2069\u2027\u202F\u2070 😀 \\u003c");
    const QJsonObject object{
        {QStringLiteral("<key & \"quoted\">"), every},
        {QStringLiteral("list"), QJsonArray{1, -2.5, true, QJsonValue(), every}},
        {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a>b"), QStringLiteral("</script>")}}}};
    for (const auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        const QByteArray bytes = safe::jsonBytes(QJsonDocument(object), format);
        checkHtmlSafeJson(bytes, object);
        QVERIFY(bytes.contains("\\u003c/script\\u003e"));
        // Characters around the escaped ones pass as they are.
        QVERIFY(bytes.contains("\u2027") && bytes.contains("\u202F") && bytes.contains("\u2070"));
    }
}

void TestDigest::tableDropsTerminalControls()
{
    const QString table = papersToTable(hostileRows(), 400);
    for (const QChar c : table) {
        QVERIFY2(c == u'\n' || (c.category() != QChar::Other_Control && !(c >= u'\u202A' && c <= u'\u202E')),
                 qPrintable(QStringLiteral("U+%1 in the table").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    }
    QCOMPARE(table.count(u'\n'), 4); // the header and three rows
    QVERIFY2(table.contains(QLatin1String("<script>alert(1)</script> [2J]0;owned Attention")),
             qPrintable(table));
    QVERIFY2(table.contains(QLatin1String("2604.00001")), qPrintable(table));
}

void TestDigest::costsShowFourDecimalsBelowADollar_data()
{
    QTest::addColumn<qint64>("promptTokens");
    QTest::addColumn<qint64>("completionTokens");
    QTest::addColumn<QString>("row");
    // $2.14 and $10 per million tokens.
    QTest::newRow("below and above a dollar")
        << qint64(10'000) << qint64(150'000) << QStringLiteral("| Cost | $0.0214 | $1.50 | $1.52 |");
    QTest::newRow("all below a dollar")
        << qint64(10'000) << qint64(1'000) << QStringLiteral("| Cost | $0.0214 | $0.0100 | $0.0314 |");
    QTest::newRow("rounds up to a dollar")
        << qint64(0) << qint64(99'996) << QStringLiteral("| Cost | $0.0000 | $1.00 | $1.00 |");
    QTest::newRow("nothing") << qint64(0) << qint64(0)
                             << QStringLiteral("| Cost | $0.0000 | $0.0000 | $0.0000 |");
}

void TestDigest::costsShowFourDecimalsBelowADollar()
{
    QFETCH(qint64, promptTokens);
    QFETCH(qint64, completionTokens);
    QFETCH(QString, row);
    RunRecord run;
    run.date = kDay;
    run.model = QStringLiteral("m");
    run.promptTokens = promptTokens;
    run.completionTokens = completionTokens;
    PriceTable prices;
    QVERIFY(prices.set(run.model, {2.14, 0, 10}));
    DayRecord day;
    day.date = kDay;
    const QString md = digest::toMarkdown(digest::make(day, {run}, {}, Criteria::defaults(), prices, false));
    QVERIFY2(md.contains(row + QLatin1Char('\n')), qPrintable(md.left(400)));
}

QTEST_MAIN(TestDigest)
#include "tst_digest.moc"
