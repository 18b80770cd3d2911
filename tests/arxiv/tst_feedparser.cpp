#include "arxiv/FeedParser.h"
#include "support/FeedSynthesizer.h"
#include "support/TestPaths.h"

#include <QTest>

using namespace paperboy;
using paperboy::test::readData;
using paperboy::test::readFixture;

namespace {
const QString kCombined =
    QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml");
} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT
private slots:
    void combinedRssFeed()
    {
        const auto r = parseListingFeed(readFixture(
            QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.date, QDate(2026, 9, 24));
        QCOMPARE(r.feed.papers.size(), 4);

        const Paper &first = r.feed.papers.at(0);
        QCOMPARE(first.id, QStringLiteral("2609.26811"));
        QCOMPARE(first.version, 1);
        QCOMPARE(first.title,
                 QStringLiteral("The Drift Contract: Spectral Updates for Depth-Robust Local Learning"));
        QCOMPARE(first.authors, QStringList{QStringLiteral("Fabien Polly")});
        QVERIFY(first.abstract.startsWith(QLatin1String("Local learning trains each layer")));
        QVERIFY(first.abstract.endsWith(QLatin1String("precisely where normalization is absent.")));
        QVERIFY(!first.abstract.contains(QLatin1String("Announce Type")));
        QCOMPARE(first.announceType, AnnounceType::New);
        QCOMPARE(first.categories, QStringList{QStringLiteral("cs.LG")});
        QCOMPARE(first.license, QStringLiteral("http://creativecommons.org/licenses/by-nc-sa/4.0/"));
        QCOMPARE(first.announced, QDate(2026, 9, 24));

        const Paper &second = r.feed.papers.at(1);
        QCOMPARE(second.authors,
                 (QStringList{QStringLiteral("Naser Mansour"), QStringLiteral("Sidahmed Benabderrahmane"),
                              QStringLiteral("Ameer Rahwan")}));
        QCOMPARE(second.categories, (QStringList{QStringLiteral("cs.LG"), QStringLiteral("cs.AI")}));

        // A cross-list names its own primary category first.
        const Paper &cross = r.feed.papers.at(2);
        QCOMPARE(cross.id, QStringLiteral("2205.06398"));
        QCOMPARE(cross.version, 2);
        QCOMPARE(cross.announceType, AnnounceType::Cross);
        QCOMPARE(cross.primaryCategory(), QStringLiteral("stat.ME"));
        QCOMPARE(cross.doi, QStringLiteral("10.1093/bioinformatics/btac431"));

        const Paper &replaced = r.feed.papers.at(3);
        QCOMPARE(replaced.id, QStringLiteral("2009.13987"));
        QCOMPARE(replaced.version, 3);
        QCOMPARE(replaced.announceType, AnnounceType::Replace);
        QCOMPARE(replaced.license, QStringLiteral("http://arxiv.org/licenses/nonexclusive-distrib/1.0/"));
    }

    void perCategoryFeeds_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("cs.LG") << "arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml"
                               << QStringList{"2604.21952", "2604.21953", "2604.21956"};
        QTest::newRow("cs.AI") << "arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml"
                               << QStringList{"2604.21935", "2604.21936", "2604.21937"};
        QTest::newRow("cs.CL") << "arxiv-rss/rss_new_2026-04-27_cs.CL_trimmed3.xml"
                               << QStringList{"2604.22002", "2604.22027", "2604.22038"};
    }
    void perCategoryFeeds()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ids);
        // These captures have no <?xml?> declaration: still a feed.
        const auto r = parseListingFeed(readFixture(file));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.date, QDate(2026, 4, 27));
        QStringList got;
        for (const Paper &p : r.feed.papers) {
            got << p.id;
            QCOMPARE(p.announceType, AnnounceType::New);
            QVERIFY(!p.title.isEmpty());
            QVERIFY(!p.authors.isEmpty());
            QVERIFY(p.abstract.size() > 200);
            QVERIFY(!p.categories.isEmpty());
        }
        QCOMPARE(got, ids);
    }

    void entitiesAndDoubleSpacesInCreators()
    {
        const auto lg =
            parseListingFeed(readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml")));
        QVERIFY(lg.ok);
        // "&amp;" in the description is text, not markup.
        QVERIFY(lg.feed.papers.at(0).abstract.contains(QLatin1String("visual resolution & stride")));
        QCOMPARE(lg.feed.papers.at(0).categories.size(), 5);
        QCOMPARE(lg.feed.papers.at(2).authors.size(), 5);
        QCOMPARE(lg.feed.papers.at(2).authors.at(3), QStringLiteral("Gregory F. Cooper"));

        const auto cl =
            parseListingFeed(readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.CL_trimmed3.xml")));
        QVERIFY(cl.ok);
        // "Ratna Kandala,  Deepti" : a mononym after a double space.
        QCOMPARE(cl.feed.papers.at(0).authors,
                 (QStringList{QStringLiteral("Anamta Khan"), QStringLiteral("Ratna Kandala"),
                              QStringLiteral("Deepti"), QStringLiteral("Sheza Munir"),
                              QStringLiteral("Joyojeet Pal")}));
    }

    void atomFlavour()
    {
        const auto r = parseListingFeed(
            readFixture(QStringLiteral("arxiv-rss/atom_rss.arxiv.org_2026-09-25_cs.LG_trimmed3.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.date, QDate(2026, 9, 25));
        QCOMPARE(r.feed.papers.size(), 3);
        const Paper &p = r.feed.papers.at(0);
        QCOMPARE(p.id, QStringLiteral("2609.28553"));
        QCOMPARE(p.version, 1);
        QCOMPARE(p.journalRef,
                 QStringLiteral(
                     "2026 International Conference on Multimedia Analysis and Pattern Recognition (MAPR)"));
        QCOMPARE(p.doi, QStringLiteral("10.1109/MAPR72750.2026.11685822"));
        QCOMPARE(p.authors.size(), 6);
        QCOMPARE(p.categories, (QStringList{QStringLiteral("cs.LG"), QStringLiteral("cs.AI")}));
        QVERIFY(p.abstract.startsWith(QLatin1String("Drug toxicity prediction")));
        QCOMPARE(r.feed.papers.at(1).announceType, AnnounceType::Cross);
        QCOMPARE(r.feed.papers.at(1).primaryCategory(), QStringLiteral("hep-ph"));
        QCOMPARE(r.feed.papers.at(1).version, 3);
        QCOMPARE(r.feed.papers.at(2).announceType, AnnounceType::Replace);
    }

    void texAccentsAndAffiliations()
    {
        const auto r = parseListingFeed(readData(QStringLiteral("feeds/tricky_authors.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.papers.size(), 2);
        const Paper &p = r.feed.papers.at(0);
        // Affiliations (with commas inside) are dropped; TeX accents in names
        // become the letters they stand for (as arXiv's own BibTeX does).
        QCOMPARE(p.authors, (QStringList{QStringLiteral("José Sánchez"), QStringLiteral("Anna Müller"),
                                         QStringLiteral("Li Wei"), QStringLiteral("Björn Ommer")}));
        QCOMPARE(p.title, QStringLiteral("Sharp $L^p$ Bounds for Sparse Attention & Friends"));
        QCOMPARE(p.journalRef, QStringLiteral("Journal de l'\\'Ecole polytechnique 12 (2026)"));
        QCOMPARE(r.feed.papers.at(1).announceType, AnnounceType::ReplaceCross);
        QCOMPARE(r.feed.papers.at(1).authors, QStringList{QStringLiteral("Paul Lévy")});
    }

    void emptyFeedIsAValidDayWithoutPapers()
    {
        const auto r = parseListingFeed(readData(QStringLiteral("feeds/empty_saturday.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.papers.size(), 0);
        QCOMPARE(r.feed.date, QDate(2026, 11, 7));
    }

    void feedErrorChannel()
    {
        const auto r = parseListingFeed(readData(QStringLiteral("feeds/error_bad_archive.xml")));
        QVERIFY(!r.ok);
        QVERIFY(r.isFeedError);
        QVERIFY2(r.error.contains(QLatin1String("Bad archive 'cs.XX'")), qPrintable(r.error));
    }

    void unusableItemsAreSetAsideAndNamed()
    {
        // An item without authors and one without a title among four: the
        // other two are the feed, and the two are named.
        QByteArray feed = readFixture(kCombined);
        feed = test::withoutElement(feed, QStringLiteral("2609.26811"), "dc:creator");
        feed = test::withoutElement(feed, QStringLiteral("2205.06398"), "title");
        const auto r = parseListingFeed(feed);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.papers.size(), 2);
        QCOMPARE(r.skipped.size(), 2);
        QCOMPARE(r.skipped.at(0).name, QStringLiteral("2609.26811"));
        QCOMPARE(r.skipped.at(0).lacks, QStringLiteral("no authors"));
        QCOMPARE(r.skipped.at(1).name, QStringLiteral("2205.06398"));
        QCOMPARE(r.skipped.at(1).lacks, QStringLiteral("no title"));
        for (const Paper &p : r.feed.papers)
            QVERIFY(!p.title.isEmpty() && !p.authors.isEmpty() && !p.abstract.isEmpty());
    }

    void theDayIsTheDateMostItemsCarry()
    {
        // The first item claims 2099 and the channel says nothing: the three
        // others decide, and the odd item takes their date.
        QByteArray feed = readFixture(kCombined);
        feed.replace("<pubDate>Thu, 24 Sep 2026 00:00:00 -0400</pubDate>\n    <skipDays>", "<skipDays>");
        const qsizetype first = feed.indexOf("<pubDate>", feed.indexOf("<item>"));
        feed.replace(first, 35, "<pubDate>Thu, 01 Jan 2099 00:00:00 -0500");
        const auto r = parseListingFeed(feed);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.date, QDate(2026, 9, 24));
        QCOMPARE(r.feed.papers.first().announced, QDate(2026, 9, 24));
        QCOMPARE(r.feed.papers.first().updated, QDate(2026, 9, 24));
    }

    void xmlErrorsSayWhereNotHowQtFailed()
    {
        const auto r = parseListingFeed("<rss version=\"2.0\"><channel><title>x</titel></channel></rss>");
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("the feed is not well-formed XML (line 1, column 44)"));
    }

    void arxivsErrorMessageIsKeptShort()
    {
        QByteArray feed = readData(QStringLiteral("feeds/error_bad_archive.xml"));
        feed.replace("Bad archive", "Bad archive " + QByteArray("cs.XX ").repeated(20000));
        const auto r = parseListingFeed(feed);
        QVERIFY(r.isFeedError);
        QVERIFY2(r.error.size() < 500, qPrintable(QString::number(r.error.size())));
        QVERIFY(r.error.startsWith(QLatin1String("arXiv says: Bad archive cs.XX")));
    }

    void rejectsBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        const QByteArray good =
            readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml"));
        QTest::newRow("html") << readData(QStringLiteral("feeds/maintenance.html")) << "web page";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("truncated middle") << good.left(good.size() / 2) << "ends early";
        QTest::newRow("truncated end") << good.left(good.size() - 12) << "ends early";
        QTest::newRow("not xml") << QByteArray("{\"error\": \"nope\"}") << "not well-formed";
        QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><opml><body/></opml>")
                                   << "not an arXiv listing";
        QTest::newRow("item without id")
            << QByteArray(
                   "<rss version=\"2.0\"><channel><title>x</title><pubDate>Mon, 27 Apr 2026 00:00:00 -0400"
                   "</pubDate><item><title>Nameless</title></item></channel></rss>")
            << "no arXiv identifier";
        QByteArray mostlyBroken = readFixture(kCombined);
        for (const char *id : {"2609.26811", "2205.06398", "2009.13987"})
            mostlyBroken = test::withoutElement(mostlyBroken, QString::fromLatin1(id), "description");
        QTest::newRow("most items without abstract")
            << mostlyBroken
            << "the feed is malformed: 3 of 4 items lack an arXiv identifier, a title, authors or"
               " an abstract (2609.26811 (no abstract), 2205.06398 (no abstract), 2009.13987"
               " (no abstract))";
        QTest::newRow("no date")
            << QByteArray("<rss version=\"2.0\"><channel><title>cs.LG updates</title></channel></rss>")
            << "no announcement date";
    }
    void rejectsBrokenInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        const auto r = parseListingFeed(bytes);
        QVERIFY(!r.ok);
        QVERIFY(!r.isFeedError);
        QVERIFY2(r.error.contains(cause), qPrintable(r.error));
        QVERIFY(r.feed.papers.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
