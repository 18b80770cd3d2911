#include "core/Criteria.h"
#include "storage/Database.h"
#include "storage/ScoreRepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace paperboy;

class TestCriteria : public QObject
{
    Q_OBJECT
private slots:
    void defaultsCoverTheReferenceGround()
    {
        const Criteria c = Criteria::defaults();
        QStringList names;
        for (const auto &t : c.topics)
            names << t.name;
        QCOMPARE(names, (QStringList{"Model architecture", "Model compression and efficiency",
                                     "High-performance computing", "Representation learning"}));
        QCOMPARE(c.relevanceRubric.size(), 5);
        QCOMPARE(c.noveltyRubric.size(), 5);
        QCOMPARE(c.relevanceRubric.first().high, 10);
        QCOMPARE(c.relevanceRubric.last().low, 1);
        QVERIFY(c.relevantKeywords.contains(QStringLiteral("Quantization")));
        QVERIFY(c.irrelevantKeywords.contains(QStringLiteral("Reinforcement learning")));
        QCOMPARE(c.relevanceCutoff, 8);
        QCOMPARE(c.noveltyCutoff, 7);
        QVERIFY(c.meetsCutoffs(8, 7));
        QVERIFY(!c.meetsCutoffs(8, 6));
        QVERIFY(!c.meetsCutoffs(7, 10));
    }

    void jsonRoundTripKeepsTheHash()
    {
        Criteria c = Criteria::defaults();
        c.followedAuthors = {QStringLiteral("Jürgen Schmidhuber")};
        const Criteria back = Criteria::fromJson(QJsonDocument::fromJson(c.canonicalJson()).object());
        QCOMPARE(back.contentHash(), c.contentHash());
        QCOMPARE(back.followedAuthors, c.followedAuthors);
        QCOMPARE(c.contentHash().size(), 16);
        Criteria edited = c;
        edited.relevantKeywords << QStringLiteral("State-space models");
        QVERIFY(edited.contentHash() != c.contentHash());
        QVERIFY(edited.scoringHash() != c.scoringHash());
        // A cut-off is a new version, but not new scores: the model is told nothing new.
        Criteria cut = c;
        cut.relevanceCutoff = 6;
        QVERIFY(cut.contentHash() != c.contentHash());
        QCOMPARE(cut.scoringHash(), c.scoringHash());
    }

    void followedAuthorsIgnoreCaseAndAccents()
    {
        Criteria c;
        c.followedAuthors = {QStringLiteral("jurgen schmidhuber"), QStringLiteral("Yoshua Bengio")};
        QCOMPARE(c.followedAuthorIn({QStringLiteral("Ada Lovelace"), QStringLiteral("Jürgen Schmidhuber")}),
                 QStringLiteral("Jürgen Schmidhuber"));
        QCOMPARE(c.followedAuthorIn({QStringLiteral("Yoshua  Bengio")}), QStringLiteral("Yoshua  Bengio"));
        QVERIFY(c.followedAuthorIn({QStringLiteral("Samy Bengio")}).isEmpty());
    }

    void eachSavedEditIsANewVersion()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("c.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        ScoreRepository repo(db.connection());
        QVERIFY(!repo.currentCriteria().has_value());
        const auto first = repo.saveCriteria(Criteria::defaults(), &error);
        QVERIFY2(first.has_value(), qPrintable(error));
        QCOMPARE(repo.saveCriteria(Criteria::defaults(), &error)->id, first->id); // unchanged: same version
        Criteria edited = Criteria::defaults();
        edited.relevanceCutoff = 9;
        const auto second = repo.saveCriteria(edited, &error);
        QVERIFY(second->id > first->id);
        QVERIFY(second->contentHash != first->contentHash);
        QCOMPARE(repo.currentCriteria()->criteria.relevanceCutoff, 9);
        // Going back to the earlier text makes it current again.
        QCOMPARE(repo.saveCriteria(Criteria::defaults(), &error)->contentHash, first->contentHash);
        QCOMPARE(repo.currentCriteria()->contentHash, first->contentHash);
    }
};

QTEST_GUILESS_MAIN(TestCriteria)
#include "tst_criteria.moc"
