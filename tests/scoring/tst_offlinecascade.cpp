#include "scoring/OfflineCascade.h"

#include <QTest>

using namespace paperboy;

namespace {

// A day of hand-made scores: ids p0, p1, ... with these relevance values.
QList<PaperScore> day(const QList<double> &values)
{
    QList<PaperScore> out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        PaperScore s;
        s.paperId = QStringLiteral("p%1").arg(i);
        s.relevance = int(values[i]);
        s.relevanceValue = values[i];
        out << s;
    }
    return out;
}

QSet<QString> ids(std::initializer_list<int> indices)
{
    QSet<QString> out;
    for (const int i : indices)
        out.insert(QStringLiteral("p%1").arg(i));
    return out;
}

} // namespace

class TestOfflineCascade : public QObject
{
    Q_OBJECT
private slots:
    // The bottom share by relevance, in whatever order the day comes.
    void setsAsideTheLowestShare()
    {
        const auto scores = day({5.5, 1.2, 9.0, 3.3, 1.1, 7.7, 2.2, 8.8, 4.4, 6.6});
        QCOMPARE(OfflineCascade::setAside(scores, 0.3), ids({1, 4, 6}));
        QCOMPARE(OfflineCascade::setAside(scores, 0.1), ids({4}));
        QVERIFY(OfflineCascade::setAside(scores, 0.0).isEmpty());
    }

    // Rounded down: nine papers at 30% set aside two, not three.
    void roundsTheCountDown()
    {
        const auto scores = day({1, 2, 3, 4, 5, 6, 7, 8, 9});
        QCOMPARE(OfflineCascade::setAside(scores, 0.3), ids({0, 1}));
        QVERIFY(OfflineCascade::setAside(day({1, 2, 3}), 0.3).isEmpty());
    }

    // A tie across the line keeps the whole tied group.
    void keepsATieAcrossTheLine()
    {
        const auto scores = day({1.0, 2.0, 2.0, 2.0, 5.0, 6.0, 7.0, 8.0, 9.0, 9.5});
        QCOMPARE(OfflineCascade::setAside(scores, 0.3), ids({0}));
        // Scores from a scorer without the continuous value rank by the integer.
        QList<PaperScore> integers = scores;
        for (PaperScore &s : integers)
            s.relevanceValue.reset();
        QCOMPARE(OfflineCascade::setAside(integers, 0.3), ids({0}));
    }

    void emptyDaySetsNothingAside() { QVERIFY(OfflineCascade::setAside({}, 0.5).isEmpty()); }

    // Criteria alone rank loosely: the share grows once the scorer learns from stars.
    void shareGrowsWithStars()
    {
        QCOMPARE(OfflineCascade::shareFor(0), OfflineCascade::kColdShare);
        // A few stars already teach the scorer, but the deep cut waits for
        // as many as it was measured with.
        QCOMPARE(OfflineCascade::shareFor(5), OfflineCascade::kColdShare);
        QCOMPARE(OfflineCascade::shareFor(OfflineCascade::kWarmFromStars - 1), OfflineCascade::kColdShare);
        QCOMPARE(OfflineCascade::shareFor(OfflineCascade::kWarmFromStars), OfflineCascade::kWarmShare);
        QVERIFY(OfflineCascade::kWarmShare > OfflineCascade::kColdShare);
    }
};

QTEST_APPLESS_MAIN(TestOfflineCascade)
#include "tst_offlinecascade.moc"
