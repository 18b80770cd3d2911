// Score a heavy day offline: 1,500 papers against a 20,000-paper history,
// without and with learned feedback (20 starred, 10 hidden papers), and
// with a model's scores of up to 10,000 history papers (every other one,
// relevance 1-10 in turn) besides that feedback.
//
//   bench_offlinescorer [--papers N] [--history H] [--runs R]
//
// The papers are built from the real titles and abstracts of the captured
// feeds: each abstract is a fresh mix of real sentences plus words drawn
// from a long-tailed synthetic vocabulary, so the corpus has the size, the
// sentence shape and the vocabulary growth of a real cache rather than
// repeated copies. Prints the median, min and max over R runs (after one
// warm-up).
#include "arxiv/ApiParser.h"
#include "arxiv/FeedParser.h"
#include "scoring/OfflineScorer.h"
#include "support/TestPaths.h"

#include "BenchStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

using namespace paperboy;

namespace {

QList<Paper> fixturePapers()
{
    QList<Paper> papers;
    const QDir rss(test::fixturePath(QStringLiteral("arxiv-rss")));
    for (const QString &file : rss.entryList({QStringLiteral("*.xml")}))
        papers += parseListingFeed(test::readFixture(QStringLiteral("arxiv-rss/") + file)).feed.papers;
    const QDir atom(test::fixturePath(QStringLiteral("arxiv-atom")));
    for (const QString &file : atom.entryList({QStringLiteral("*.xml")}))
        papers += parseApiFeed(test::readFixture(QStringLiteral("arxiv-atom/") + file)).papers;
    return papers;
}

class PaperMaker
{
public:
    explicit PaperMaker(const QList<Paper> &real)
        : m_rng(42)
    {
        static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
        for (const Paper &p : real) {
            m_titles << p.title;
            m_authors << p.authors;
            for (const QString &s : p.abstract.split(sentenceEnd, Qt::SkipEmptyParts))
                m_sentences << s;
        }
    }

    Paper make(int serial)
    {
        Paper p;
        p.id = QStringLiteral("2609.%1").arg(serial, 5, 10, QLatin1Char('0'));
        p.title = m_titles.at(pick(m_titles.size())) + QLatin1Char(' ') + rareWord();
        p.authors = {m_authors.at(pick(m_authors.size())), m_authors.at(pick(m_authors.size()))};
        QStringList abstract;
        const int sentences = 5 + pick(5);
        for (int i = 0; i < sentences; ++i)
            abstract << m_sentences.at(pick(m_sentences.size()));
        for (int i = 0; i < 15; ++i)
            abstract << rareWord();
        p.abstract = abstract.join(QLatin1Char(' '));
        p.categories = {QStringLiteral("cs.LG")};
        return p;
    }

private:
    int pick(qsizetype n) { return int(m_rng() % std::uint64_t(n)); }

    // Zipf-like over 300,000 made-up words: a few frequent, most rare.
    QString rareWord()
    {
        const double u = (m_rng() % 1000000 + 1) / 1000001.0;
        const int rank = int(std::pow(300000.0, u));
        QString w;
        for (int r = rank; r > 0; r /= 26)
            w += QChar(u'a' + r % 26);
        return QStringLiteral("zq") + w;
    }

    std::mt19937_64 m_rng;
    QStringList m_titles;
    QStringList m_authors;
    QStringList m_sentences;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption papersOpt(QStringLiteral("papers"), QStringLiteral("Papers in the day."),
                                       QStringLiteral("N"), QStringLiteral("1500"));
    const QCommandLineOption historyOpt(QStringLiteral("history"), QStringLiteral("Papers in the history."),
                                        QStringLiteral("H"), QStringLiteral("20000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Measured runs."),
                                     QStringLiteral("R"), QStringLiteral("11"));
    parser.addHelpOption();
    parser.addOptions({papersOpt, historyOpt, runsOpt});
    parser.process(app);
    const int dayCount = parser.value(papersOpt).toInt();
    const int historyCount = parser.value(historyOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();

    PaperMaker maker(fixturePapers());
    QList<Paper> history, day;
    for (int i = 0; i < historyCount; ++i)
        history << maker.make(i);
    for (int i = 0; i < dayCount; ++i)
        day << maker.make(historyCount + i);
    OfflineScorer::Feedback learned;
    for (int i = 0; i < 20; ++i)
        learned.starred << history.at(i * 7);
    for (int i = 0; i < 10; ++i)
        learned.hidden << history.at(i * 11 + 3);

    OfflineScorer::Feedback withModel = learned;
    for (int i = 0; i < historyCount && withModel.modelJudged.size() < 10000; i += 2)
        withModel.modelJudged.append({history.at(i), 1 + (i / 2) % 10});

    const OfflineScorer scorer(Criteria::defaults());
    QTextStream out(stdout);
    out << "day: " << dayCount << " papers; history: " << historyCount << " papers; " << runs << " runs\n";
    for (const auto &[name, feedback] :
         {std::pair{"keywords only", OfflineScorer::Feedback{}}, std::pair{"with feedback", learned},
          std::pair{"with model", withModel}}) {
        QList<double> ms;
        for (int run = 0; run <= runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QList<PaperScore> scores = scorer.score(day, history, feedback);
            const qint64 ns = timer.nsecsElapsed();
            if (scores.size() != dayCount)
                qFatal("scored %d of %d papers", int(scores.size()), dayCount);
            if (run > 0) // the first run is a warm-up
                ms << ns / 1e6;
        }
        const bench::Stats s = bench::summarize(ms);
        out << QStringLiteral("%1 median %2 ms  (min %3, max %4)\n")
                   .arg(QLatin1String(name), -14)
                   .arg(s.median, 0, 'f', 1)
                   .arg(s.min, 0, 'f', 1)
                   .arg(s.max, 0, 'f', 1);
    }
    return 0;
}
