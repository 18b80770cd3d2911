// The ranking measures the scoring-quality benchmark reports (ROC AUC,
// precision at k, the share of tied pairs), on cases small enough to check
// by hand, and against counting every pair on a larger tied ranking.
#include "support/RankingMeasures.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace paperboy::test;

class TestRankingMeasures : public QObject
{
    Q_OBJECT

private slots:
    void perfectRanking()
    {
        const std::vector<double> scores{4, 3, 2, 1};
        const std::vector<bool> positive{true, true, false, false};
        QCOMPARE(rocAuc(scores, positive), 1.0);
        QCOMPARE(precisionAtK(scores, positive, 2), 1.0);
        QCOMPARE(tiedPairShare(scores, positive), 0.0);
    }

    void reversedRanking()
    {
        const std::vector<double> scores{4, 3, 2, 1};
        const std::vector<bool> positive{false, false, true, true};
        QCOMPARE(rocAuc(scores, positive), 0.0);
        QCOMPARE(precisionAtK(scores, positive, 2), 0.0);
    }

    void allTiedIsACoinToss()
    {
        const std::vector<double> scores{5, 5, 5, 5};
        const std::vector<bool> positive{true, false, true, false};
        QCOMPARE(rocAuc(scores, positive), 0.5);
        QCOMPARE(tiedPairShare(scores, positive), 1.0);
        // Two places out of four tied papers, half of them positive.
        QCOMPARE(precisionAtK(scores, positive, 2), 0.5);
    }

    void knownSmallExample()
    {
        // Positives at 0.9 and 0.7: the first beats all three negatives, the
        // second two of them: 5 of 6 pairs.
        const std::vector<double> scores{0.9, 0.8, 0.7, 0.6, 0.5};
        const std::vector<bool> positive{true, false, true, false, false};
        QCOMPARE(rocAuc(scores, positive), 5.0 / 6.0);
        QCOMPARE(precisionAtK(scores, positive, 1), 1.0);
        QCOMPARE(precisionAtK(scores, positive, 2), 0.5);
        QCOMPARE(precisionAtK(scores, positive, 3), 2.0 / 3.0);
        QCOMPARE(precisionAtK(scores, positive, 5), 2.0 / 5.0);
    }

    void inputOrderDoesNotMatter()
    {
        const std::vector<double> scores{0.5, 0.7, 0.6, 0.9, 0.8};
        const std::vector<bool> positive{false, true, false, true, false};
        QCOMPARE(rocAuc(scores, positive), 5.0 / 6.0);
        QCOMPARE(precisionAtK(scores, positive, 3), 2.0 / 3.0);
    }

    void tiesCountHalf()
    {
        // The positive at 2 ties the negative at 2 (half a pair) and beats
        // the one at 1; the positive at 3 beats both: 3.5 of 4 pairs.
        const std::vector<double> scores{3, 2, 2, 1};
        const std::vector<bool> positive{true, true, false, false};
        QCOMPARE(rocAuc(scores, positive), 0.875);
        QCOMPARE(tiedPairShare(scores, positive), 0.25);
        // The second place is one of the two tied papers: half a hit.
        QCOMPARE(precisionAtK(scores, positive, 2), 0.75);
        QCOMPARE(precisionAtK(scores, positive, 3), 2.0 / 3.0);
    }

    void kBeyondTheCountIsTheCount() { QCOMPARE(precisionAtK({2, 1}, {true, false}, 5), 0.5); }

    void undefinedMeasuresSaySo()
    {
        QVERIFY(std::isnan(rocAuc({1, 2}, {false, false})));
        QVERIFY(std::isnan(rocAuc({1, 2}, {true, true})));
        QVERIFY(std::isnan(tiedPairShare({}, {})));
        QVERIFY(std::isnan(precisionAtK({1, 2}, {true, false}, 0)));
        QVERIFY(std::isnan(precisionAtK({}, {}, 3)));
    }

    void agreesWithCountingEveryPair()
    {
        // A ranking like the offline scorer's: 300 papers on ten levels.
        std::mt19937 rng(7);
        std::vector<double> scores;
        std::vector<bool> positive;
        for (int i = 0; i < 300; ++i) {
            const bool pos = rng() % 5 == 0;
            positive.push_back(pos);
            scores.push_back(double(1 + (rng() % 7) + (pos ? rng() % 4 : 0)));
        }
        double won = 0, tied = 0, all = 0;
        for (size_t p = 0; p < scores.size(); ++p)
            for (size_t n = 0; n < scores.size(); ++n)
                if (positive[p] && !positive[n]) {
                    all += 1;
                    won += scores[p] > scores[n] ? 1.0 : scores[p] == scores[n] ? 0.5 : 0.0;
                    tied += scores[p] == scores[n] ? 1.0 : 0.0;
                }
        QVERIFY(tied > 0 && won / all > 0.5 && won / all < 1.0);
        QVERIFY(std::abs(rocAuc(scores, positive) - won / all) < 1e-12);
        QVERIFY(std::abs(tiedPairShare(scores, positive) - tied / all) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestRankingMeasures)
#include "tst_rankingmeasures.moc"
