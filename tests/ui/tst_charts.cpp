// The charts read real data from a real cache: a day's relevance and
// novelty distribution (latest score of each paper, cut-offs marked) and the
// papers, relevant papers and cost per day over the last 30 days, counted
// independently here from what was stored; and the dialog draws them.
#include "BarChart.h"
#include "ChartsDialog.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "storage/StatsRepository.h"
#include "support/CacheProbe.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

namespace {

const QDate kOlder(2026, 4, 24);
const QDate kLatest(2026, 4, 27);
const QDate kOutside(2026, 3, 2); // more than 30 days before the latest

QList<Paper> papersOf(const QDate &day, int count, int serial)
{
    QList<Paper> papers;
    for (int i = 0; i < count; ++i) {
        Paper p;
        p.id = QStringLiteral("2604.%1").arg(serial + i, 5, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Paper %1").arg(p.id);
        p.abstract = QStringLiteral("Abstract of %1").arg(p.id);
        p.authors = {QStringLiteral("Ada Lovelace")};
        p.categories = {QStringLiteral("cs.LG")};
        p.announced = day;
        p.announceType = AnnounceType::New;
        papers << p;
    }
    return papers;
}

// Deterministic scores: relevance 1..10 cycling, novelty the other way.
int relevanceOf(int i)
{
    return 1 + i % 10;
}

int noveltyOf(int i)
{
    return 10 - (i * 3) % 10;
}

QList<double> steps(double from, double step, int count)
{
    QList<double> out;
    for (int i = 0; i < count; ++i)
        out << from + i * step;
    return out;
}

// A dark theme with colours no light default has.
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x61, 0x6b));
    dark.setColor(QPalette::Highlight, QColor(0xe0, 0x7b, 0x39));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa8));
    return dark;
}

QSet<QRgb> coloursOf(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y) | 0xff000000);
    return colours;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Criteria m_criteria = Criteria::defaults();

    void storeDay(const QDate &day, const QList<Paper> &papers)
    {
        DayRecord record;
        record.date = day;
        record.announced = record.kept = int(papers.size());
        record.categories = {QStringLiteral("cs.LG")};
        record.announceTypes = {QStringLiteral("new")};
        record.source = QStringLiteral("rss");
        QList<Announcement> ann;
        for (const Paper &p : papers)
            ann.append({p.id, QStringLiteral("cs.LG"), AnnounceType::New});
        QString error;
        QVERIFY2(PaperRepository(m_db->connection()).storeDay(record, papers, ann, nullptr, &error),
                 qPrintable(error));
    }

    // Scores the first `scored` papers; returns the run's id.
    void score(const QDate &day, const QList<Paper> &papers, int scored, const QString &model, double cost,
               qint64 tokens)
    {
        ScoreRepository repo(m_db->connection());
        QString error;
        RunRecord run;
        run.date = day;
        run.provider = QStringLiteral("openai");
        run.model = model;
        run.scoringHash = m_criteria.scoringHash();
        run.id = repo.startRun(run, &error);
        QVERIFY(run.id > 0);
        QList<PaperScore> scores;
        for (int i = 0; i < scored; ++i)
            scores.append({papers.at(i).id, 1, relevanceOf(i), noveltyOf(i), QStringLiteral("c"), false});
        QVERIFY(repo.storeScores(scores, run.scoringHash, model, run.id, &error));
        run.status = QStringLiteral("done");
        run.costUsd = cost;
        run.promptTokens = tokens;
        QVERIFY(repo.finishRun(run, &error));
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("charts.sqlite")));
        QString error;
        QVERIFY(m_db->open(&error));
        m_criteria.relevanceCutoff = 7;
        m_criteria.noveltyCutoff = 5;
        const QList<Paper> older = papersOf(kOlder, 30, 100);
        const QList<Paper> latest = papersOf(kLatest, 50, 200);
        storeDay(kOutside, papersOf(kOutside, 5, 900));
        storeDay(kOlder, older);
        storeDay(kLatest, latest);
        score(kOlder, older, 30, QStringLiteral("gpt-5-mini"), 0.0125, 40000);
        score(kLatest, latest, 45, QStringLiteral("gpt-5-mini"), 0.02, 60000);
        QTest::qWait(5);
        // A later score of paper 0 by another scorer is never mixed into the
        // day's: the charts show the day's scorer, as the table does.
        ScoreRepository repo(m_db->connection());
        QVERIFY(repo.storeScores({{latest.at(0).id, 1, 9, 9, QStringLiteral("again"), false}},
                                 m_criteria.scoringHash(), QStringLiteral("offline"), 0, &error));
    }

    ScoreHistogram histogram() const
    {
        QString error;
        const auto h = StatsRepository(m_db->connection()).histogram(kLatest, m_criteria, QString(), &error);
        if (!h)
            qFatal("histogram: %s", qPrintable(error));
        return *h;
    }

    void dayHistogramCountsTheLatestScores()
    {
        const ScoreHistogram h = histogram();
        QCOMPARE(h.papers, 50);
        QCOMPARE(h.unscored, 5);
        std::array<int, 10> relevance{}, novelty{};
        for (int i = 0; i < 45; ++i) {
            ++relevance[relevanceOf(i) - 1];
            ++novelty[noveltyOf(i) - 1];
        }
        QCOMPARE(h.relevance, relevance);
        QCOMPARE(h.novelty, novelty);
        // The other scorer, when chosen, shows its one score and nothing else.
        QString error;
        const auto offline = StatsRepository(m_db->connection())
                                 .histogram(kLatest, m_criteria, QStringLiteral("offline"), &error);
        QVERIFY2(offline, qPrintable(error));
        QCOMPARE(offline->papers - offline->unscored, 1);
        QCOMPARE(offline->relevance[8], 1);
    }

    void historyCountsPapersRelevantAndCost()
    {
        QString error;
        const QList<DayTotals> days =
            StatsRepository(m_db->connection()).daysUpTo(kLatest, 30, m_criteria, &error).value();
        QCOMPARE(days.size(), 2); // 2 March is outside the 30 days
        QCOMPARE(days.at(0).date, kOlder);
        QCOMPARE(days.at(1).date, kLatest);
        auto relevantOf = [this](int scored) {
            int n = 0;
            for (int i = 0; i < scored; ++i) {
                const int r = relevanceOf(i);
                const int v = noveltyOf(i);
                n += r >= m_criteria.relevanceCutoff && v >= m_criteria.noveltyCutoff;
            }
            return n;
        };
        QCOMPARE(days.at(0).papers, 30);
        QCOMPARE(days.at(0).scored, 30);
        QCOMPARE(days.at(0).relevant, relevantOf(30));
        QCOMPARE(days.at(0).costUsd, 0.0125);
        QCOMPARE(days.at(0).tokens, 40000);
        QCOMPARE(days.at(1).papers, 50);
        QCOMPARE(days.at(1).scored, 45);
        QCOMPARE(days.at(1).relevant, relevantOf(45));
        QCOMPARE(days.at(1).costUsd, 0.02);
    }

    void dialogDrawsThem()
    {
        ChartsDialog dialog(m_db->connection(), kLatest, m_criteria, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *relevance = dialog.findChild<BarChart *>(QStringLiteral("relevanceChart"));
        auto *novelty = dialog.findChild<BarChart *>(QStringLiteral("noveltyChart"));
        auto *papers = dialog.findChild<BarChart *>(QStringLiteral("papersChart"));
        auto *relevant = dialog.findChild<BarChart *>(QStringLiteral("relevantChart"));
        auto *cost = dialog.findChild<BarChart *>(QStringLiteral("costChart"));
        QVERIFY(relevance && novelty && papers && relevant && cost);
        const ScoreHistogram h = histogram();
        QCOMPARE(relevance->bars().size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(relevance->bars().at(i).value, double(h.relevance[i]));
            QCOMPARE(novelty->bars().at(i).value, double(h.novelty[i]));
        }
        // The cut-offs: bars from 7 (relevance) and 5 (novelty) on count as relevant.
        QCOMPARE(relevance->marker(), 6);
        QCOMPARE(novelty->marker(), 4);
        QVERIFY(relevance->title().contains(QStringLiteral("5 unscored")));
        QCOMPARE(papers->bars().size(), 2);
        QCOMPARE(papers->bars().at(1).value, 50.0);
        QCOMPARE(cost->bars().at(0).value, 0.0125);
        QVERIFY(relevant->bars().at(1).tip.contains(QStringLiteral("of 45 scored")));
        // Drawn: the relevant bars in the palette's highlight, the others in Mid.
        const QSet<QRgb> colours = coloursOf(relevance->grab().toImage());
        QVERIFY(colours.contains(relevance->palette().color(QPalette::Highlight).rgb()));
        QVERIFY(colours.contains(relevance->palette().color(QPalette::Mid).rgb()));
        QVERIFY(colours.size() > 10);
        // Round axes: whole papers, and cents for the cost.
        QCOMPARE(papers->ticks(), steps(0, 10, 6)); // 50 papers
        QCOMPARE(cost->ticks(), steps(0, 0.01, 3)); // $0.0125 and $0.02
        QCOMPARE(relevance->ticks().at(1), 1.0);
        // A bar knows where it is, for its tooltip.
        const int mid = relevance->barAt(QPoint(relevance->width() - 20, relevance->height() - 30));
        QCOMPARE(mid, 9);
    }

    void ticksAreRoundSteps_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("minimumStep");
        QTest::addColumn<QList<double>>("ticks");
        QTest::newRow("twenty papers") << 20.0 << 1.0 << steps(0, 5, 5);
        QTest::newRow("nineteen papers") << 19.0 << 1.0 << steps(0, 5, 5);
        QTest::newRow("three papers, no halves") << 3.0 << 1.0 << steps(0, 1, 4);
        QTest::newRow("seven papers") << 7.0 << 1.0 << steps(0, 2, 5);
        QTest::newRow("fifty papers") << 50.0 << 1.0 << steps(0, 10, 6);
        QTest::newRow("a big day") << 1234.0 << 1.0 << steps(0, 500, 4);
        QTest::newRow("nothing yet") << 0.0 << 1.0 << steps(0, 1, 2);
        QTest::newRow("cents") << 0.02 << 0.01 << steps(0, 0.01, 3);
        QTest::newRow("under a cent") << 0.0004 << 0.01 << steps(0, 0.01, 2);
        QTest::newRow("dollars") << 3.4 << 0.01 << steps(0, 1, 5);
        QTest::newRow("no minimum") << 0.02 << 0.0 << steps(0, 0.005, 5);
    }

    void ticksAreRoundSteps()
    {
        QFETCH(double, max);
        QFETCH(double, minimumStep);
        QFETCH(QList<double>, ticks);
        QCOMPARE(niceTicks(max, minimumStep), ticks);
    }

    // A dark palette draws a dark chart: bars in its Mid and Highlight, never
    // the light theme's blues; and one bar on a wide chart is a bar, not a wall.
    void drawsInItsPaletteWithNarrowBars()
    {
        BarChart chart;
        chart.setPalette(darkPalette());
        chart.setAutoFillBackground(true);
        chart.resize(800, 240);
        chart.setBars({{QStringLiteral("27 Apr"), 5, QString()}, {QStringLiteral("28 Apr"), 8, QString()}});
        chart.setMarker(1, QStringLiteral("cut-off"));
        const QImage image = chart.grab().toImage();
        const QSet<QRgb> colours = coloursOf(image);
        QVERIFY(colours.contains(QColor(0x5a, 0x61, 0x6b).rgb()));
        QVERIFY(colours.contains(QColor(0xe0, 0x7b, 0x39).rgb()));
        QVERIFY(!colours.contains(QColor(0x93, 0xb4, 0xe8).rgb()));
        QVERIFY(!colours.contains(QColor(0x25, 0x63, 0xeb).rgb()));
        // The widest run of bar colour along a row through both bars.
        const int y = image.height() - 40;
        int run = 0, widest = 0;
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y) | 0xff000000;
            run = c == QColor(0x5a, 0x61, 0x6b).rgb() || c == QColor(0xe0, 0x7b, 0x39).rgb() ? run + 1 : 0;
            widest = std::max(widest, run);
        }
        QVERIFY2(widest > 10 && widest <= BarChart::kMaxBarWidth, qPrintable(QString::number(widest)));
    }

    // A failed read is an error, never an empty chart: the counts say so and
    // the dialog shows why instead of the charts.
    void anUnreadableCacheShowsTheErrorInsteadOfCharts()
    {
        const QString path = m_dir.filePath(QStringLiteral("unreadable.sqlite"));
        QString error;
        QVERIFY2(test::storeDay(path, kLatest, papersOf(kLatest, 5, 500), &error), qPrintable(error));
        QVERIFY2(test::makeScoresUnreadable(path, &error), qPrintable(error));
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        const StatsRepository stats(db.connection());
        QVERIFY(!stats.histogram(kLatest, m_criteria, QString(), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!stats.daysUpTo(kLatest, 30, m_criteria, &error));
        QVERIFY(!error.isEmpty());

        ChartsDialog dialog(db.connection(), kLatest, m_criteria, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("chartsError"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(QLatin1String("The charts cannot be drawn: ")),
                 qPrintable(label->text()));
        for (const char *chart :
             {"relevanceChart", "noveltyChart", "papersChart", "relevantChart", "costChart"}) {
            auto *widget = dialog.findChild<BarChart *>(QLatin1String(chart));
            QVERIFY2(widget && !widget->isVisible(), chart);
        }
    }

    void anEmptyCacheDrawsNothingToShow()
    {
        Database empty(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QString error;
        QVERIFY(empty.open(&error));
        ChartsDialog dialog(empty.connection(), QDate(), m_criteria, QString());
        QCOMPARE(dialog.findChild<BarChart *>(QStringLiteral("papersChart"))->bars().size(), 0);
        QCOMPARE(dialog.findChild<BarChart *>(QStringLiteral("relevanceChart"))->bars().at(0).value, 0.0);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("chartsError"))); // empty is not an error
    }
};

PAPERBOY_GUI_TEST_MAIN(TestCharts)
#include "tst_charts.moc"
