#include "arxiv/ApiParser.h"
#include "arxiv/FeedParser.h"
#include "core/Relevance.h"
#include "scoring/CriteriaProfile.h"
#include "scoring/NoveltyClaims.h"
#include "scoring/OfflineScorer.h"
#include "scoring/TextFeatures.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QMap>
#include <QTest>

#include <cmath>

#include <algorithm>

using namespace paperboy;
using paperboy::test::fixturePath;
using paperboy::test::readFixture;

namespace {

// The real papers of the captured feeds: 16 from the listing feeds (machine
// learning and neighbours), 100 from an API search for "testing" (software,
// statistical and group testing), 10 physics papers from a legacy API answer.
struct Fixtures
{
    QList<Paper> listings;
    QList<Paper> testing;
    QList<Paper> physics;

    QList<Paper> all() const { return listings + testing + physics; }
};

const Fixtures &fixtures()
{
    static const Fixtures f = [] {
        Fixtures out;
        const QDir rss(fixturePath(QStringLiteral("arxiv-rss")));
        for (const QString &file : rss.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
            const ListingParseResult r = parseListingFeed(readFixture(QStringLiteral("arxiv-rss/") + file));
            if (!r.ok)
                qFatal("%s: %s", qPrintable(file), qPrintable(r.error));
            out.listings += r.feed.papers;
        }
        const auto api = [](const char *file) {
            const ApiParseResult r =
                parseApiFeed(readFixture(QLatin1String("arxiv-atom/") + QLatin1String(file)));
            if (!r.ok)
                qFatal("%s: %s", file, qPrintable(r.error));
            return r.papers;
        };
        out.testing = api("api2026_search_testing_100entries.xml");
        out.physics = api("api_legacy2016_search_au_del_maestro_10entries.xml");
        return out;
    }();
    return f;
}

Paper paper(const QString &id)
{
    for (const Paper &p : fixtures().all())
        if (p.id == id)
            return p;
    qFatal("no fixture paper %s", qPrintable(id));
}

QList<Paper> papers(const QStringList &ids)
{
    QList<Paper> out;
    for (const QString &id : ids)
        out << paper(id);
    return out;
}

// Every fixture paper except `ids`.
QList<Paper> allBut(const QStringList &ids)
{
    QList<Paper> out;
    for (const Paper &p : fixtures().all())
        if (!ids.contains(p.id))
            out << p;
    return out;
}

const PaperScore &scoreOf(const QList<PaperScore> &scores, const QString &id)
{
    for (const PaperScore &s : scores)
        if (s.paperId == id)
            return s;
    qFatal("no score for %s", qPrintable(id));
}

QString describe(const PaperScore &s)
{
    return QStringLiteral("%1: relevance %2 (%5), novelty %3, \"%4\"")
        .arg(s.paperId)
        .arg(s.relevance)
        .arg(s.novelty)
        .arg(s.comment)
        .arg(s.relevanceValue.value_or(0.0));
}

bool sameScores(const QList<PaperScore> &a, const QList<PaperScore> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].paperId != b[i].paperId || a[i].version != b[i].version ||
            a[i].relevance != b[i].relevance || a[i].novelty != b[i].novelty ||
            a[i].comment != b[i].comment || a[i].authorMatch != b[i].authorMatch)
            return false;
    return true;
}

const QString kAccelerating = QStringLiteral("2604.21952"); // quantization, pruning, speculative decoding
const QString kAthletics = QStringLiteral("2604.21953");    // anomaly detection in athletics

// Metamorphic testing papers of the "testing" search.
const QStringList kMetamorphicStarred{"2407.18756", "1904.08007", "2312.06056", "2502.09460", "1907.06632"};
const QStringList kMetamorphicUnseen{"2009.01554", "2103.02870", "1808.05353"};
// Metamorphic testing of varied software, and of machine-learning systems.
const QStringList kMetamorphicMixed{"2407.18756", "1904.08007", "2312.06056", "2502.09460", "2009.01554"};
const QStringList kMachineLearningMetamorphic{"2103.02870", "1808.05353"};
// Group testing (pooled screening).
const QStringList kGroupTestingHidden{"1306.4664", "1009.3186"};
const QStringList kGroupTestingUnseen{"1106.3680", "2008.01944", "2004.03322"};

} // namespace

class TestOfflineScorer : public QObject
{
    Q_OBJECT
private slots:
    void stemsMeetAcrossWordForms()
    {
        QCOMPARE(contentStems(u"quantized quantization quantizes quantisation"),
                 (QStringList{"quantiz", "quantiz", "quantiz", "quantiz"}));
        QCOMPARE(contentStems(u"Pruning pruned prunes prune"), (QStringList{"prun", "prun", "prun", "prun"}));
        QCOMPARE(contentStems(u"sparse sparsity"), (QStringList{"spars", "spars"}));
        QCOMPARE(contentStems(u"Mixture-of-Experts (MoEs) for LLMs"),
                 (QStringList{"mixtur", "expert", "moe", "llm"}));
        // Short words and singular "-s" words keep their meaning.
        QCOMPARE(contentStems(u"speed bias analysis process string"),
                 (QStringList{"speed", "bias", "analysis", "process", "string"}));
        // Stopwords, numbers, single letters and TeX commands are dropped.
        QCOMPARE(contentStems(u"We train the model on 1000 GPUs with $\\mathbf{x}$ in \\emph{FP8}"),
                 (QStringList{"train", "model", "gpu", "fp8"}));
        QVERIFY(contentStems(u"").isEmpty());
    }

    void matchingPaperRanksAboveUnrelated()
    {
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> day = fixtures().listings;
        const QList<PaperScore> scores = scorer.score(day, fixtures().testing + fixtures().physics, {});
        QCOMPARE(scores.size(), day.size());

        const PaperScore &match = scoreOf(scores, kAccelerating);
        const PaperScore &unrelated = scoreOf(scores, kAthletics);
        QVERIFY2(match.relevance >= 7, qPrintable(describe(match)));
        QVERIFY2(unrelated.relevance <= 3, qPrintable(describe(unrelated)));
        // It leads the whole day.
        for (const PaperScore &s : scores)
            QVERIFY2(s.paperId == kAccelerating || s.relevance < match.relevance, qPrintable(describe(s)));
    }

    void commentsNameTopicsAndTerms()
    {
        const OfflineScorer scorer(Criteria::defaults());
        const QList<PaperScore> scores =
            scorer.score(papers({kAccelerating, kAthletics}), fixtures().testing + fixtures().physics, {});
        const QString match = scoreOf(scores, kAccelerating).comment;
        QVERIFY2(match.startsWith(QLatin1String("Matches Model compression and efficiency (")),
                 qPrintable(match));
        QVERIFY2(match.contains(QLatin1String("quantization")), qPrintable(match));
        QVERIFY2(match.contains(QLatin1String("pruning")), qPrintable(match));
        QVERIFY2(match.contains(QLatin1String("Model architecture")), qPrintable(match));
        const QString unrelated = scoreOf(scores, kAthletics).comment;
        QVERIFY2(unrelated.startsWith(QLatin1String("No topic matched")), qPrintable(unrelated));
        for (const PaperScore &s : scores)
            QVERIFY2(!s.comment.contains(QLatin1Char('\n')), qPrintable(s.comment));
    }

    void allScoresWithinRange()
    {
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> day = fixtures().testing;
        const QList<PaperScore> scores = scorer.score(day, fixtures().listings + fixtures().physics, {});
        QCOMPARE(scores.size(), day.size());
        QSet<int> relevances;
        QList<int> novelties;
        for (qsizetype i = 0; i < scores.size(); ++i) {
            const PaperScore &s = scores.at(i);
            QCOMPARE(s.paperId, day.at(i).id);
            QCOMPARE(s.version, day.at(i).version);
            QVERIFY2(s.relevance >= 1 && s.relevance <= 10, qPrintable(describe(s)));
            // The value before rounding is on the same scale and rounds down to it.
            QVERIFY2(s.relevanceValue && int(std::floor(*s.relevanceValue)) == s.relevance,
                     qPrintable(describe(s)));
            QVERIFY2(s.novelty >= 1 && s.novelty <= 10, qPrintable(describe(s)));
            QVERIFY(!s.comment.isEmpty());
            QVERIFY(!s.authorMatch);
            relevances.insert(s.relevance);
            novelties << s.novelty;
        }
        // A day of mostly unrelated papers is mostly 1-3, not all alike.
        int low = 0;
        for (const PaperScore &s : scores)
            low += s.relevance <= 3 ? 1 : 0;
        QVERIFY2(low >= 80, qPrintable(QString::number(low)));
        QVERIFY2(relevances.size() >= 3, qPrintable(QString::number(relevances.size())));
        // Against a history from other fields, too small to judge by, no paper
        // reads as a copy: each is about as novel as its abstract claims.
        const NoveltyClaims claims;
        for (qsizetype i = 0; i < scores.size(); ++i) {
            const int claimed = claims.novelty(day.at(i));
            QVERIFY2(scores.at(i).novelty <= claimed && scores.at(i).novelty >= std::min(claimed, 8),
                     qPrintable(describe(scores.at(i))));
        }
    }

    void noveltySpreadsOverTheScale()
    {
        // Half the testing papers against a history holding the other half:
        // some have close relatives there, some none.
        QList<Paper> day, history = fixtures().listings + fixtures().physics;
        for (qsizetype i = 0; i < fixtures().testing.size(); ++i)
            (i % 2 ? day : history) << fixtures().testing.at(i);
        const QList<PaperScore> scores = OfflineScorer(Criteria::defaults()).score(day, history, {});
        QMap<int, int> counts;
        for (const PaperScore &s : scores)
            ++counts[s.novelty];
        QVERIFY2(counts.size() >= 7, qPrintable(QString::number(counts.size())));
        QVERIFY2(counts.firstKey() <= 3 && counts.lastKey() >= 8,
                 qPrintable(QStringLiteral("%1..%2").arg(counts.firstKey()).arg(counts.lastKey())));
        // No novelty holds most of the day.
        for (const int n : counts)
            QVERIFY2(n <= day.size() / 3, qPrintable(QString::number(n)));
    }

    void irrelevantKeywordsCountAgainst()
    {
        Criteria criteria = Criteria::defaults();
        const QList<Paper> day = papers({kAccelerating});
        const QList<Paper> history = fixtures().testing + fixtures().physics;
        const PaperScore before = OfflineScorer(criteria).score(day, history, {}).first();
        criteria.irrelevantKeywords << QStringLiteral("Speculative decoding")
                                    << QStringLiteral("Hardware accelerator");
        const PaperScore after = OfflineScorer(criteria).score(day, history, {}).first();
        QVERIFY2(after.relevance < before.relevance, qPrintable(describe(before) + " / " + describe(after)));
        QVERIFY2(after.comment.contains(QLatin1String("against: ")), qPrintable(after.comment));
        QVERIFY2(after.comment.contains(QLatin1String("speculative decoding")), qPrintable(after.comment));
    }

    void keywordPhraseMatchesItsAcronym()
    {
        Criteria criteria;
        criteria.relevantKeywords = {QStringLiteral("Mixture of Experts (MoE)")};
        const OfflineScorer scorer(criteria);
        // A real abstract with one sentence added, once with the phrase, once with the acronym.
        Paper base = paper(kAthletics);
        Paper phrase = base, acronym = base;
        phrase.id = QStringLiteral("test.phrase");
        phrase.abstract += QStringLiteral(" Each detector is a mixture-of-experts model.");
        acronym.id = QStringLiteral("test.acronym");
        acronym.abstract += QStringLiteral(" Each detector is a sparse MoE model.");
        const QList<PaperScore> scores = scorer.score({base, phrase, acronym}, fixtures().testing, {});
        // Without the term the paper stays low; the words it shares with the
        // criteria text ("mixture", "experts") may lift it a little.
        QVERIFY2(scores.at(0).relevance <= 2, qPrintable(describe(scores.at(0))));
        QVERIFY2(scores.at(1).relevance > scores.at(0).relevance, qPrintable(describe(scores.at(1))));
        QVERIFY2(scores.at(2).relevance > scores.at(0).relevance, qPrintable(describe(scores.at(2))));
        QVERIFY2(scores.at(1).comment.contains(QLatin1String("mixture of experts (MoE)")),
                 qPrintable(scores.at(1).comment));
        QVERIFY2(scores.at(2).comment.contains(QLatin1String("mixture of experts (MoE)")),
                 qPrintable(scores.at(2).comment));
    }

    void aDayMostlyOnTopicStillRanks()
    {
        // A fresh cache (no history) whose day is a third about compression:
        // the listed terms are common that day, and must still separate.
        const OfflineScorer scorer(Criteria::defaults());
        QList<Paper> day;
        for (int i = 0; i < 240; ++i) {
            Paper p;
            p.id = QStringLiteral("2611.%1").arg(10000 + i);
            p.version = 1;
            p.authors = {QStringLiteral("A. Author")};
            if (i % 3 == 0) {
                p.title =
                    QStringLiteral("Quantization and pruning for transformer inference, part %1").arg(i);
                p.abstract =
                    QStringLiteral("We compress large transformer models with post-training quantization and"
                                   " structured pruning, keeping accuracy while cutting memory %1-fold.")
                        .arg(i + 2);
            } else {
                p.title = QStringLiteral("Crop yield forecasting from satellite images, region %1").arg(i);
                p.abstract =
                    QStringLiteral("We forecast crop yields from satellite images and weather records in"
                                   " region %1 with gradient boosted trees.")
                        .arg(i);
            }
            day << p;
        }
        const QList<PaperScore> scores = scorer.score(day, {}, {});
        int worstOnTopic = 10, bestOffTopic = 0;
        for (qsizetype i = 0; i < scores.size(); ++i) {
            if (i % 3 == 0)
                worstOnTopic = qMin(worstOnTopic, scores.at(i).relevance);
            else
                bestOffTopic = qMax(bestOffTopic, scores.at(i).relevance);
        }
        QVERIFY2(worstOnTopic > bestOffTopic,
                 qPrintable(
                     QStringLiteral("on topic >= %1, off topic <= %2").arg(worstOnTopic).arg(bestOffTopic)));
        QVERIFY2(worstOnTopic >= 5, qPrintable(describe(scores.at(0))));
    }

    void followedAuthorAlwaysCountsAsRelevant()
    {
        Criteria criteria = Criteria::defaults();
        criteria.followedAuthors = {QStringLiteral("prasenjit mitra")};
        const OfflineScorer scorer(criteria);
        const QList<PaperScore> scores =
            scorer.score(papers({kAthletics, kAccelerating}), fixtures().testing + fixtures().listings, {});
        const PaperScore &followed = scoreOf(scores, kAthletics);
        QVERIFY(followed.authorMatch);
        QVERIFY2(followed.comment.startsWith(QLatin1String("Followed author: Prasenjit Mitra")),
                 qPrintable(followed.comment));
        // Relevant by the one rule, whatever its scores.
        PaperRow row;
        row.paper = papers({kAthletics}).constFirst();
        row.scoreState = ScoreState::Scored;
        row.relevance = followed.relevance;
        row.novelty = followed.novelty;
        QVERIFY2(relevance::isRelevant(row, criteria), qPrintable(describe(followed)));
        criteria.followedAuthors.clear();
        QCOMPARE(relevance::isRelevant(row, criteria),
                 criteria.meetsCutoffs(followed.relevance, followed.novelty));
        QVERIFY(!scoreOf(scores, kAccelerating).authorMatch);
    }

    void hiddenPapersAloneTeachNothing()
    {
        // Nothing starred: nothing to be like, and every paper is unlike the hidden ones.
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> day = papers(kMetamorphicUnseen) + papers(kGroupTestingUnseen);
        const QList<Paper> history = allBut(kMetamorphicUnseen + kGroupTestingUnseen);
        OfflineScorer::Feedback feedback;
        feedback.hidden = papers(kGroupTestingHidden);
        QVERIFY(sameScores(scorer.score(day, history, feedback), scorer.score(day, history, {})));
    }

    void oneStarAlreadyTeaches()
    {
        // The first star lifts papers like it, and names itself as the closest.
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> day = papers(kMetamorphicUnseen) + papers(kGroupTestingUnseen);
        const QList<Paper> history = allBut(kMetamorphicUnseen + kGroupTestingUnseen);
        OfflineScorer::Feedback feedback;
        feedback.starred = papers(kMetamorphicStarred.mid(0, 1));
        const QList<PaperScore> before = scorer.score(day, history, {});
        const QList<PaperScore> after = scorer.score(day, history, feedback);
        double likeGain = 0, unlikeGain = 0;
        for (const QString &id : kMetamorphicUnseen)
            likeGain += *scoreOf(after, id).relevanceValue - *scoreOf(before, id).relevanceValue;
        for (const QString &id : kGroupTestingUnseen)
            unlikeGain += *scoreOf(after, id).relevanceValue - *scoreOf(before, id).relevanceValue;
        QVERIFY2(likeGain > 0 && likeGain > unlikeGain,
                 qPrintable(QStringLiteral("%1 vs %2").arg(likeGain).arg(unlikeGain)));
        // One star says less than five: the same papers gain less.
        OfflineScorer::Feedback five;
        five.starred = papers(kMetamorphicStarred);
        const QList<PaperScore> afterFive = scorer.score(day, history, five);
        double fiveGain = 0;
        for (const QString &id : kMetamorphicUnseen)
            fiveGain += *scoreOf(afterFive, id).relevanceValue - *scoreOf(before, id).relevanceValue;
        QVERIFY2(fiveGain > likeGain, qPrintable(QStringLiteral("%1 vs %2").arg(fiveGain).arg(likeGain)));
    }

    void starsRaiseSimilarPapers()
    {
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> day = papers(kMetamorphicUnseen) + papers(kGroupTestingUnseen);
        const QList<Paper> history = allBut(kMetamorphicUnseen + kGroupTestingUnseen);
        OfflineScorer::Feedback feedback;
        feedback.starred = papers(kMetamorphicStarred);
        const QList<PaperScore> before = scorer.score(day, history, {});
        const QList<PaperScore> after = scorer.score(day, history, feedback);
        for (const QString &id : kMetamorphicUnseen) {
            const PaperScore &b = scoreOf(before, id), &a = scoreOf(after, id);
            QVERIFY2(a.relevance > b.relevance, qPrintable(describe(b) + " / " + describe(a)));
            QVERIFY2(a.comment.startsWith(QStringLiteral("Like papers you starred, most of all \u201c")),
                     qPrintable(a.comment));
            // The closest is one of the starred papers, by its title's start.
            const QString named = a.comment.section(QChar(0x201c), 1).section(QChar(0x201d), 0, 0);
            const bool isStarred =
                std::any_of(feedback.starred.begin(), feedback.starred.end(), [&](const Paper &p) {
                    return p.title.simplified().startsWith(
                        named.chopped(named.endsWith(QChar(0x2026)) ? 1 : 0));
                });
            QVERIFY2(!named.isEmpty() && isStarred, qPrintable(a.comment));
        }
        // Unlike papers gain less than like ones.
        int likeGain = 0, unlikeGain = 0;
        for (const QString &id : kMetamorphicUnseen)
            likeGain += scoreOf(after, id).relevance - scoreOf(before, id).relevance;
        for (const QString &id : kGroupTestingUnseen)
            unlikeGain += scoreOf(after, id).relevance - scoreOf(before, id).relevance;
        QVERIFY2(likeGain > unlikeGain, qPrintable(QStringLiteral("%1 vs %2").arg(likeGain).arg(unlikeGain)));
    }

    void aModelsEarlierScoresTeachLikeStars()
    {
        // No stars: a model scored metamorphic testing papers relevant and
        // group testing papers not, on earlier days.
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> day = papers(kMetamorphicUnseen) + papers(kGroupTestingUnseen);
        const QList<Paper> history = allBut(kMetamorphicUnseen + kGroupTestingUnseen);
        OfflineScorer::Feedback feedback;
        for (const Paper &p : papers(kMetamorphicStarred))
            feedback.modelJudged.append({p, 9});
        for (const Paper &p : papers(kGroupTestingHidden))
            feedback.modelJudged.append({p, 2});
        const QList<PaperScore> before = scorer.score(day, history, {});
        const QList<PaperScore> after = scorer.score(day, history, feedback);
        int likeGain = 0, unlikeGain = 0;
        for (const QString &id : kMetamorphicUnseen) {
            const PaperScore &b = scoreOf(before, id), &a = scoreOf(after, id);
            QVERIFY2(a.relevance > b.relevance, qPrintable(describe(b) + " / " + describe(a)));
            QVERIFY2(a.comment.startsWith(QLatin1String("Like papers rated relevant on earlier days")),
                     qPrintable(a.comment));
            likeGain += a.relevance - b.relevance;
        }
        for (const QString &id : kGroupTestingUnseen)
            unlikeGain += scoreOf(after, id).relevance - scoreOf(before, id).relevance;
        QVERIFY2(likeGain > unlikeGain, qPrintable(QStringLiteral("%1 vs %2").arg(likeGain).arg(unlikeGain)));

        // Scores below the cut-off alone teach nothing: nothing to be like.
        OfflineScorer::Feedback lowOnly;
        for (const Paper &p : papers(kMetamorphicStarred))
            lowOnly.modelJudged.append({p, Criteria::defaults().relevanceCutoff - 1});
        QVERIFY(sameScores(scorer.score(day, history, lowOnly), before));
    }

    void hidingLowersSimilarPapers()
    {
        // Stars on metamorphic testing of all kinds; a hide on metamorphic
        // testing of a machine-learning system (a deep-learning forecaster).
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> day = papers(kMachineLearningMetamorphic);
        const QList<Paper> history = allBut(kMachineLearningMetamorphic);
        OfflineScorer::Feedback starsOnly;
        starsOnly.starred = papers(kMetamorphicMixed);
        OfflineScorer::Feedback withHide = starsOnly;
        withHide.hidden = papers({QStringLiteral("1907.06632")});
        const QList<PaperScore> shown = scorer.score(day, history, starsOnly);
        const QList<PaperScore> hidden = scorer.score(day, history, withHide);
        for (const QString &id : kMachineLearningMetamorphic) {
            const PaperScore &s = scoreOf(shown, id), &h = scoreOf(hidden, id);
            // Lower in the day's order, never higher on the scale.
            QVERIFY2(*h.relevanceValue < *s.relevanceValue && h.relevance <= s.relevance,
                     qPrintable(describe(s) + " / " + describe(h)));
        }
    }

    void noveltyFallsForNearCopiesOfTheHistory()
    {
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> history = fixtures().testing + fixtures().physics;
        // A history paper re-posted under a new id with its last sentence cut.
        Paper copy = paper(QStringLiteral("2312.06056"));
        copy.id = QStringLiteral("2609.99999");
        copy.abstract = copy.abstract.left(copy.abstract.lastIndexOf(QLatin1Char('.'), -2) + 1);
        const QList<PaperScore> scores = scorer.score({copy, paper(kAccelerating)}, history, {});
        QVERIFY2(scores.at(0).novelty <= 2, qPrintable(describe(scores.at(0))));
        QVERIFY2(scores.at(1).novelty >= 8, qPrintable(describe(scores.at(1))));
    }

    void paperIsNotComparedWithItsOwnEarlierVersion()
    {
        const OfflineScorer scorer(Criteria::defaults());
        const QList<Paper> history = fixtures().testing + fixtures().physics;
        Paper revised = paper(QStringLiteral("2406.19956")); // Rao's score test: unlike the rest
        revised.version += 1;
        Paper renamed = revised;
        renamed.id = QStringLiteral("2609.99998");
        const QList<PaperScore> scores = scorer.score({revised, renamed}, history, {});
        QCOMPARE(scores.at(0).version, revised.version);
        QVERIFY2(scores.at(0).novelty >= 5, qPrintable(describe(scores.at(0))));
        QCOMPARE(scores.at(1).novelty, 1);
    }

    void sameInputSameOutput()
    {
        const QList<Paper> day = fixtures().listings + papers(kMetamorphicUnseen);
        const QList<Paper> history = allBut(kMetamorphicUnseen + QStringList{kAccelerating});
        OfflineScorer::Feedback feedback;
        feedback.starred = papers(kMetamorphicStarred);
        feedback.hidden = papers(kGroupTestingHidden);
        const QList<PaperScore> first = OfflineScorer(Criteria::defaults()).score(day, history, feedback);
        const QList<PaperScore> second = OfflineScorer(Criteria::defaults()).score(day, history, feedback);
        QVERIFY(sameScores(first, second));
        const OfflineScorer scorer(Criteria::defaults());
        QVERIFY(sameScores(scorer.score(day, history, {}), scorer.score(day, history, {})));
    }

    void theWholeCriteriaTextOrdersPapersNoTermReaches()
    {
        // The only listed term is one no paper here uses; the rubric's top
        // band and what does not count speak of the rest.
        Criteria criteria;
        criteria.relevantKeywords = {QStringLiteral("Mixture of Experts (MoE)")};
        criteria.topics = {{QStringLiteral("Sparse architectures"), QString(),
                            QStringLiteral("Applications to a new domain without new theory.")}};
        Criteria::Band top;
        top.low = 9;
        top.high = 10;
        top.definition = QStringLiteral("Foundational theoretical research.");
        criteria.relevanceRubric = {top};
        const OfflineScorer scorer(criteria);
        Paper base = paper(kAthletics);
        Paper theory = base, application = base;
        theory.id = QStringLiteral("test.theory");
        theory.abstract +=
            QStringLiteral(" We also give a foundational theoretical account of the detector.");
        application.id = QStringLiteral("test.application");
        application.abstract += QStringLiteral(" It is an application to a new domain.");
        const QList<PaperScore> scores = scorer.score({base, theory, application}, fixtures().testing, {});
        for (const PaperScore &s : scores)
            QVERIFY2(s.relevance <= 3, qPrintable(describe(s))); // no listed term: low either way
        QVERIFY2(*scores.at(1).relevanceValue > *scores.at(0).relevanceValue,
                 qPrintable(describe(scores.at(1)) + " / " + describe(scores.at(0))));
        QVERIFY2(*scores.at(2).relevanceValue < *scores.at(0).relevanceValue,
                 qPrintable(describe(scores.at(2)) + " / " + describe(scores.at(0))));
    }

    void criteriaProfileWeighsWordsPairsAndNegations()
    {
        Criteria criteria;
        criteria.topics = {{QStringLiteral("Training dynamics"), QStringLiteral("Loss landscapes"),
                            QStringLiteral("Benchmarks without new theory")}};
        criteria.irrelevantKeywords = {QStringLiteral("Federated learning")};
        TermAnalyzer analyzer;
        const CriteriaProfile profile(criteria, analyzer);
        const auto scoreOfText = [&](const QString &title, const QString &abstract) {
            std::vector<int> tokens;
            analyzer.analyze(title, tokens);
            tokens.push_back(-1);
            analyzer.analyze(abstract, tokens);
            std::vector<float> tf(profile.featureCount());
            profile.count(tokens, tf.data());
            const std::vector<int> df(profile.featureCount(), 1);
            return profile.score(tf.data(), float(tokens.size()), float(tokens.size()), df, 100);
        };
        const QString plain = QStringLiteral("We measure things on images.");
        const double nothing = scoreOfText(QStringLiteral("A study"), plain);
        QCOMPARE(nothing, 0.0);
        const double landscapes = scoreOfText(QStringLiteral("Loss landscapes"), plain);
        const double scattered = scoreOfText(QStringLiteral("Landscapes of the loss"), plain);
        QVERIFY2(landscapes > scattered && scattered > 0, qPrintable(QString::number(landscapes)));
        // What does not count pushes down; what follows "without" does not.
        QVERIFY(scoreOfText(QStringLiteral("A benchmark"), plain) < 0);
        QVERIFY(scoreOfText(QStringLiteral("Federated learning"), plain) < 0);
        QVERIFY(scoreOfText(QStringLiteral("A new theory"), plain) == 0);
    }

    void onTheFirstDayNoveltyIsWhatTheAbstractClaims()
    {
        // One real abstract, framed three ways; no history at all.
        const OfflineScorer scorer(Criteria::defaults());
        Paper method = paper(kAthletics), survey = method, dataset = method;
        method.id = QStringLiteral("test.method");
        method.abstract += QStringLiteral(" We propose a novel framework and prove a convergence theorem.");
        survey.id = QStringLiteral("test.survey");
        survey.title = QStringLiteral("A survey of anomaly detection in athletics");
        dataset.id = QStringLiteral("test.dataset");
        dataset.abstract += QStringLiteral(" We release a benchmark dataset for the task.");
        const QList<PaperScore> scores = scorer.score({method, survey, dataset}, {}, {});
        QVERIFY2(scores.at(0).novelty >= 8, qPrintable(describe(scores.at(0))));
        QVERIFY2(scores.at(1).novelty < scores.at(2).novelty && scores.at(2).novelty < scores.at(0).novelty,
                 qPrintable(describe(scores.at(1)) + " / " + describe(scores.at(2))));
    }

    void emptyInputsAreHandled()
    {
        const OfflineScorer scorer(Criteria::defaults());
        QVERIFY(scorer.score({}, fixtures().testing, {}).isEmpty());
        QVERIFY(scorer.score({}, {}, {}).isEmpty());

        // No history: relevance still comes from the criteria, novelty from
        // what each abstract claims, spread over the scale rather than all 10.
        const QList<PaperScore> alone = scorer.score(fixtures().listings, {}, {});
        QCOMPARE(alone.size(), fixtures().listings.size());
        QVERIFY2(scoreOf(alone, kAccelerating).relevance >= 7,
                 qPrintable(describe(scoreOf(alone, kAccelerating))));
        QSet<int> noveltiesAlone;
        for (const PaperScore &s : alone) {
            QVERIFY2(s.novelty >= 1 && s.novelty <= 10 && s.relevance >= 1 && s.relevance <= 10,
                     qPrintable(describe(s)));
            noveltiesAlone.insert(s.novelty);
        }
        QVERIFY2(noveltiesAlone.size() >= 3, qPrintable(QString::number(noveltiesAlone.size())));

        // No text at all, or only TeX and numbers.
        Paper blank;
        blank.id = QStringLiteral("2609.00001");
        Paper titleOnly = paper(kAccelerating);
        titleOnly.id = QStringLiteral("2609.00002");
        titleOnly.abstract.clear();
        Paper tex;
        tex.id = QStringLiteral("2609.00003");
        tex.title = QStringLiteral("$\\mathcal{O}(n^2)$");
        tex.abstract = QStringLiteral("\\cite{x} 2024 -- 1.5 $x$");
        const QList<PaperScore> odd = scorer.score({blank, titleOnly, tex}, {blank}, {});
        QCOMPARE(odd.size(), 3);
        QCOMPARE(odd.at(0).relevance, 1);
        QCOMPARE(odd.at(2).relevance, 1);
        QVERIFY2(odd.at(1).relevance > 1, qPrintable(describe(odd.at(1))));
        for (const PaperScore &s : odd)
            QVERIFY2(s.novelty >= 1 && s.novelty <= 10 && !s.comment.isEmpty(), qPrintable(describe(s)));

        // Enough stars but nothing to contrast them with: no classifier.
        OfflineScorer::Feedback onlyStars;
        onlyStars.starred = papers(kMetamorphicStarred);
        QVERIFY(sameScores(scorer.score(papers(kMetamorphicUnseen), {}, onlyStars),
                           scorer.score(papers(kMetamorphicUnseen), {}, {})));
    }
};

QTEST_GUILESS_MAIN(TestOfflineScorer)
#include "tst_offlinescorer.moc"
