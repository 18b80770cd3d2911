#include "arxiv/ApiParser.h"
#include "support/TestPaths.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace paperboy;
using paperboy::test::readFixture;

class TestApiParser : public QObject
{
    Q_OBJECT
private slots:
    void searchResponse()
    {
        const auto r =
            parseApiFeed(readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.totalResults, 214881);
        QCOMPARE(r.startIndex, 0);
        QCOMPARE(r.papers.size(), 100);
        const Paper &p = r.papers.at(0);
        QCOMPARE(p.id, QStringLiteral("2202.12139"));
        QCOMPARE(p.version, 1);
        QCOMPARE(
            p.title,
            QStringLiteral(
                "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques"));
        QCOMPARE(p.authors, (QStringList{QStringLiteral("Mohit Kumar Ahuja"),
                                         QStringLiteral("Arnaud Gotlieb"), QStringLiteral("Helge Spieker")}));
        QCOMPARE(p.categories, (QStringList{QStringLiteral("cs.SE"), QStringLiteral("cs.LG")}));
        QCOMPARE(p.updated, QDate(2022, 2, 24));
        QVERIFY(!p.abstract.contains(QLatin1Char('\n')));

        int withDoi = 0, withComment = 0, withJournal = 0;
        QSet<QString> ids;
        for (const Paper &paper : r.papers) {
            withDoi += !paper.doi.isEmpty();
            withComment += !paper.comment.isEmpty();
            withJournal += !paper.journalRef.isEmpty();
            ids.insert(paper.id);
            QVERIFY(!paper.categories.isEmpty());
            QVERIFY(!paper.authors.isEmpty());
        }
        // Counts stated in the fixture's provenance notes.
        QCOMPARE(withDoi, 32);
        QCOMPARE(withComment, 97);
        QCOMPARE(withJournal, 18);
        QCOMPARE(ids.size(), 100);
    }

    void oldStyleId()
    {
        const auto r = parseApiFeed(
            readFixture(QStringLiteral("arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.papers.size(), 1);
        const Paper &p = r.papers.at(0);
        QCOMPARE(p.id, QStringLiteral("astro-ph/0601001"));
        QCOMPARE(p.version, 1);
        QCOMPARE(p.journalRef, QStringLiteral("ActaAstron.56:1-50,2006"));
        QVERIFY(p.comment.startsWith(QLatin1String("62 pages including 16 figures")));
        QCOMPARE(p.primaryCategory(), QStringLiteral("astro-ph"));
        // Affiliations are not authors.
        QCOMPARE(p.authors,
                 (QStringList{QStringLiteral("Andrew Gould"), QStringLiteral("Susan Dorsher"),
                              QStringLiteral("B. Scott Gaudi"), QStringLiteral("Andrzej Udalski")}));
        QVERIFY(p.abstract.startsWith(QLatin1String("We derive the frequencies")));
        QVERIFY(p.abstract.contains(QLatin1String("Gould & Morgan (2003)")));
    }

    void legacyInlineNamespaces()
    {
        const auto r = parseApiFeed(
            readFixture(QStringLiteral("arxiv-atom/api_legacy2016_search_au_del_maestro_10entries.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.totalResults, 31);
        QCOMPARE(r.papers.size(), 10);
        const Paper &p = r.papers.at(0);
        QCOMPARE(p.id, QStringLiteral("1201.4869"));
        QCOMPARE(p.doi, QStringLiteral("10.1142/S021797921244002X"));
        QCOMPARE(p.journalRef, QStringLiteral("Int. J. Mod. Phys. B, 26, 1244002 (2012)"));
        QCOMPARE(p.comment, QStringLiteral("26 pages, 10 figures"));
        QCOMPARE(p.categories,
                 (QStringList{QStringLiteral("cond-mat.mes-hall"), QStringLiteral("cond-mat.other")}));
        // Hard-wrapped summary with leading spaces comes out as one clean paragraph.
        QVERIFY(p.abstract.startsWith(QLatin1String("As helium-4 is cooled")));
        QVERIFY(!p.abstract.contains(QLatin1Char('\n')));
        QCOMPARE(r.papers.at(1).id, QStringLiteral("cond-mat/0412498"));
        // The primary category comes first even when listed later.
        QCOMPARE(r.papers.at(1).primaryCategory(), QStringLiteral("cond-mat.str-el"));
    }

    // <published> is the first version's date, <updated> the latest one's:
    // 1609.07528v3 was first submitted in 2016 and last revised in 2024.
    void firstAndLatestVersionDates_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QDate>("updated");
        const QString search = QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml");
        const QString legacy =
            QStringLiteral("arxiv-atom/api_legacy2016_search_au_del_maestro_10entries.xml");
        QTest::newRow("revised years later")
            << search << QStringLiteral("1609.07528") << QDate(2016, 9, 23) << QDate(2024, 9, 6);
        QTest::newRow("v1 only") << search << QStringLiteral("2202.12139") << QDate(2022, 2, 24)
                                 << QDate(2022, 2, 24);
        QTest::newRow("legacy namespaces")
            << legacy << QStringLiteral("1412.6529") << QDate(2014, 12, 19) << QDate(2015, 2, 25);
        QTest::newRow("old-style id")
            << QStringLiteral("arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml")
            << QStringLiteral("astro-ph/0601001") << QDate(2006, 1, 2) << QDate(2006, 1, 2);
    }

    void firstAndLatestVersionDates()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, id);
        QFETCH(QDate, published);
        QFETCH(QDate, updated);
        const auto r = parseApiFeed(readFixture(fixture));
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto it =
            std::find_if(r.papers.cbegin(), r.papers.cend(), [&](const Paper &p) { return p.id == id; });
        QVERIFY(it != r.papers.cend());
        QCOMPARE(it->published, published);
        QCOMPARE(it->updated, updated);
    }

    void emptyResultIsNotAnError()
    {
        const auto r =
            parseApiFeed(readFixture(QStringLiteral("arxiv-atom/api2026_empty_totalResults0.xml")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.totalResults, 0);
        QVERIFY(r.papers.isEmpty());
    }

    void errorFeedIsAnErrorNotAPaper()
    {
        const auto r = parseApiFeed(
            readFixture(QStringLiteral("arxiv-atom/api2026_error_http400_incorrect_id_format.xml")));
        QVERIFY(!r.ok);
        QVERIFY(r.isApiError);
        QVERIFY(r.papers.isEmpty());
        QVERIFY2(r.error.contains(QLatin1String("incorrect id format for abc")), qPrintable(r.error));
    }

    void unusableEntriesAreSetAsideAndNamed()
    {
        // One of ten entries has no title: nine papers, and the tenth named.
        QByteArray page =
            readFixture(QStringLiteral("arxiv-atom/api_legacy2016_search_au_del_maestro_10entries.xml"));
        const qsizetype entry = page.indexOf("<entry>");
        const qsizetype title = page.indexOf("<title", entry);
        page.remove(title, page.indexOf("</title>", title) + 8 - title);
        const auto r = parseApiFeed(page);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.papers.size(), 9);
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.first().lacks, QStringLiteral("no title"));
        QVERIFY(!r.skipped.first().name.isEmpty());
    }

    void malformedXmlSaysWhere()
    {
        const auto r = parseApiFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry></feed>");
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("the arXiv API sent malformed XML (line 1, column 56)"));
    }

    void rejectsBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good =
            readFixture(QStringLiteral("arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml"));
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Rate limited</body></html>");
        QTest::newRow("empty") << QByteArray();
        QByteArray untitled = good;
        untitled.replace("<title>", "<subtitle>").replace("</title>", "</subtitle>");
        QTest::newRow("its only entry without a title") << untitled;
        QTest::newRow("rss instead of atom")
            << readFixture(QStringLiteral("arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml"));
    }
    void rejectsBrokenInput()
    {
        QFETCH(QByteArray, bytes);
        const auto r = parseApiFeed(bytes);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.papers.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestApiParser)
#include "tst_apiparser.moc"
