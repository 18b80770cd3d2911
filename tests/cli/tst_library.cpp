// The person's reference manager and Paperboy: `paperboy import` takes a
// .bib (Zotero's and JabRef's ways of citing arXiv mixed) as the library to
// star, fetching what the cache lacks from a fake arXiv API on 127.0.0.1;
// `paperboy zotero` saves papers through a stand-in for Zotero's connector
// that records what it gets. Drives the real `paperboy` executable.
#include "storage/Database.h"
#include "support/CacheProbe.h"
#include "support/ChildProcess.h"
#include "support/FakeHttpServer.h"
#include "support/FakeZotero.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using paperboy::test::readFixture;

namespace {

// Twenty papers of the API capture, each cited as one reference manager
// writes it: JabRef's eprint with archivePrefix, biblatex's eprinttype,
// Zotero's url and DOI, a bare arXiv DOI, an old-style number that names its
// archive in primaryClass, an abs or pdf address with a version. One entry
// cites a journal paper and is no arXiv paper at all.
const QByteArray kLibrary = R"(% Exported by Zotero and edited in JabRef
@article{vaswani_first_2022,
  title = {First},
  url = {http://arxiv.org/abs/2202.12139},
  doi = {10.48550/arXiv.2202.12139},
  urldate = {2026-01-02},
  publisher = {arXiv},
}
@misc{second2024,
  title = {Second}, eprint = {2405.13786}, archivePrefix = {arXiv}, primaryClass = {cs.LG}
}
@Article{Third2020,
  author        = {Someone, A.},
  title         = {Third},
  year          = {2020},
  archiveprefix = {arXiv},
  eprint        = {2005.14124v2},
  file          = {:Third2020 - Third.pdf:PDF},
}
@online{fourth,
  title = {Fourth}, eprinttype = {arxiv}, eprint = {2204.08348}
}
@misc{fifth, title = {Fifth}, doi = {10.48550/ARXIV.2302.03287}}
@misc{sixth, title = {Sixth}, url = {https://arxiv.org/pdf/1202.4527v1}}
@misc{seventh, title = {Seventh}, howpublished = {preprint}, url = {https://arxiv.org/abs/2503.05378}}
@techreport{eighth, title = {Eighth}, eprint = {arXiv:1205.1866}}
@misc{ninth, title = {Ninth}, doi = {https://doi.org/10.48550/arXiv.2502.07719}}
@misc{tenth, title = {Tenth}, eprint = {1812.11470}, archivePrefix = {arXiv}}
@misc{eleventh, title = {Eleventh}, url = {http://arxiv.org/abs/2403.16981v2}}
@misc{twelfth, title = {Twelfth}, eprint = {2004.03322}, archivePrefix = {arXiv}}
@misc{thirteenth, title = {Thirteenth}, doi = {10.48550/arXiv.1912.09881}}
@misc{fourteenth, title = {Fourteenth}, eprint = {2406.19956}, archivePrefix = {arXiv}}
@misc{fifteenth, title = {Fifteenth}, url = {https://arxiv.org/abs/1912.04900}}
@misc{sixteenth, title = {Sixteenth}, eprint = {2301.05651}}
@misc{seventeenth, title = {Seventeenth}, eprint = {cs/0503050}, archivePrefix = {arXiv}}
@misc{eighteenth, title = {Eighteenth}, eprint = {0301050}, archivePrefix = {arXiv}, primaryClass = {hep-ph}}
@misc{nineteenth, title = {Nineteenth}, url = {http://arxiv.org/abs/gr-qc/0103067v1}}
@misc{twentieth, title = {Twentieth}, doi = {10.48550/arXiv.1605.01097}}
@article{journal2019, title = {Not arXiv}, journal = {Nature}, doi = {10.1038/s41586-019-1666-5}}
)";

const QStringList kLibraryIds = {
    QStringLiteral("2202.12139"),    QStringLiteral("2405.13786"), QStringLiteral("2005.14124"),
    QStringLiteral("2204.08348"),    QStringLiteral("2302.03287"), QStringLiteral("1202.4527"),
    QStringLiteral("2503.05378"),    QStringLiteral("1205.1866"),  QStringLiteral("2502.07719"),
    QStringLiteral("1812.11470"),    QStringLiteral("2403.16981"), QStringLiteral("2004.03322"),
    QStringLiteral("1912.09881"),    QStringLiteral("2406.19956"), QStringLiteral("1912.04900"),
    QStringLiteral("2301.05651"),    QStringLiteral("cs/0503050"), QStringLiteral("hep-ph/0301050"),
    QStringLiteral("gr-qc/0103067"), QStringLiteral("1605.01097"),
};

bool oneLine(const QString &text)
{
    return !text.trimmed().isEmpty() && !text.trimmed().contains(QLatin1Char('\n'));
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT
private:
    // A home of each test's own: arXiv's request spacing is kept per user,
    // and one test's requests must not make the next wait.
    std::unique_ptr<QTemporaryDir> m_homeDir;
    QDir m_home;
    QString m_db;
    std::unique_ptr<FakeHttpServer> m_arxiv;

    test::ChildResult paperboy(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = test::childEnvironment(m_home.path(), m_arxiv->baseUrl());
        for (const QString &name : extra.keys())
            env.insert(name, extra.value(name));
        test::startChild(process, test::paperboyBinary(), QStringList{QStringLiteral("--db"), m_db} + args,
                         env);
        return test::waitForChild(process);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QSet<QString> starredIds()
    {
        const test::ChildResult list = paperboy({QStringLiteral("list"), QStringLiteral("--starred"),
                                                 QStringLiteral("--format"), QStringLiteral("json")});
        QSet<QString> ids;
        for (const QJsonValue &paper : QJsonDocument::fromJson(list.out.toUtf8()).array())
            ids.insert(paper.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    // The ids every API request named, in order.
    QStringList askedIds() const
    {
        QStringList ids;
        for (const FakeHttpServer::Request &r : m_arxiv->requests())
            ids += QUrlQuery(r.url()).queryItemValue(QStringLiteral("id_list")).split(QLatin1Char(','));
        return ids;
    }

    void serveCapture()
    {
        m_arxiv->route("/api/query", FakeHttpServer::Response::ok(readFixture(QStringLiteral(
                                         "arxiv-atom/api2026_search_testing_100entries.xml"))));
    }

    // Three starred papers in the cache, and one more not starred.
    void starThree()
    {
        serveCapture();
        const QStringList three = {QStringLiteral("1609.07528"), QStringLiteral("cs/0503050"),
                                   QStringLiteral("2202.12139")};
        // 2405.13786 is cached but not starred: --starred must leave it out.
        QCOMPARE(paperboy(QStringList{QStringLiteral("add"), QStringLiteral("2405.13786")} + three).code, 0);
        QCOMPARE(paperboy(QStringList{QStringLiteral("star")} + three).code, 0);
    }

    // The window's Settings as the child reads them: the bibliography file
    // and whether each star is appended to it.
    void chooseBibliography(const QString &path, bool appendOnStar)
    {
        QSettings settings(m_home.filePath(QStringLiteral("config/Paperboy/paperboy.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("bibliography/file"), path);
        settings.setValue(QStringLiteral("bibliography/appendOnStar"), appendOnStar);
    }

    QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QProcessEnvironment zoteroAt(const QUrl &url)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_ZOTERO_URL"), url.toString());
        return env;
    }

private slots:
    void init()
    {
        m_homeDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_homeDir->isValid());
        m_home = QDir(m_homeDir->path());
        m_db = m_home.filePath(QStringLiteral("cache.sqlite"));
        m_arxiv = std::make_unique<FakeHttpServer>();
        QVERIFY(m_arxiv->listen());
    }

    void importStarsEveryArxivPaperOfTheLibrary()
    {
        serveCapture();
        const QString bib = writeFile(QStringLiteral("library.bib"), kLibrary);
        const test::ChildResult r = paperboy({QStringLiteral("import"), bib});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Starred 20 arXiv papers of ")) &&
                     r.out.contains(QLatin1String("(20 fetched from arXiv, 0 already in the cache)")),
                 qPrintable(r.out + r.err));
        // One request for the twenty, naming exactly them.
        QCOMPARE(m_arxiv->requests().size(), 1);
        const QStringList asked = askedIds();
        QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()),
                 QSet<QString>(kLibraryIds.cbegin(), kLibraryIds.cend()));
        QCOMPARE(starredIds(), QSet<QString>(kLibraryIds.cbegin(), kLibraryIds.cend()));

        // Again: everything is cached and starred already; arXiv is not asked,
        // and the stars keep when they were given.
        {
            Database db(m_db);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE paper_state SET starred_at = '2001-02-03T04:05:06Z'")));
        }
        m_arxiv->clearRequests();
        const test::ChildResult again = paperboy({QStringLiteral("import"), bib});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("(0 fetched from arXiv, 20 already in the cache)")),
                 qPrintable(again.out));
        QCOMPARE(m_arxiv->requests().size(), 0);
        QCOMPARE(starredIds(), QSet<QString>(kLibraryIds.cbegin(), kLibraryIds.cend()));
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM paper_state WHERE starred = 1 AND "
                                                     "starred_at = '2001-02-03T04:05:06Z'")),
                 20);
        QCOMPARE(test::queryInt(m_db, QStringLiteral("SELECT COUNT(*) FROM papers")), 20);
    }

    // Papers already in the cache are only starred; the rest are fetched.
    void cachedPapersAreStarredWithoutAsking()
    {
        serveCapture();
        QCOMPARE(paperboy({QStringLiteral("add"), QStringLiteral("2202.12139"), QStringLiteral("cs/0503050")})
                     .code,
                 0);
        m_arxiv->clearRequests();
        const test::ChildResult r =
            paperboy({QStringLiteral("import"), writeFile(QStringLiteral("library.bib"), kLibrary)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("(18 fetched from arXiv, 2 already in the cache)")),
                 qPrintable(r.out));
        QCOMPARE(askedIds().size(), 18);
        QVERIFY(!askedIds().contains(QStringLiteral("2202.12139")));
        QCOMPARE(starredIds().size(), 20);
    }

    // A library citing many ids arXiv does not know (typos, ids made up by
    // a converter): the outcome stays one readable line, naming the first
    // few and counting the rest, however many there are.
    void manyUnknownIdsAreCountedNotListed()
    {
        serveCapture();
        QByteArray bib = kLibrary;
        for (int i = 1; i <= 25; ++i)
            bib += QStringLiteral("@misc{unknown%1, eprint={2501.999%2}}\n")
                       .arg(i)
                       .arg(i, 2, 10, QLatin1Char('0'))
                       .toUtf8();
        const test::ChildResult r =
            paperboy({QStringLiteral("import"), writeFile(QStringLiteral("library.bib"), bib)});
        QCOMPARE(r.code, 0);
        QVERIFY2(oneLine(r.out), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String(
                     " arXiv does not know 2501.99901, 2501.99902, 2501.99903, 2501.99904, 2501.99905, "
                     "2501.99906, 2501.99907, 2501.99908, 2501.99909, 2501.99910 and 15 more.")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("2501.99911")));
        QCOMPARE(starredIds(), QSet<QString>(kLibraryIds.cbegin(), kLibraryIds.cend()));
    }

    // arXiv failing: one line, exit 3, and what was stored before stays
    // stored and starred.
    void anUnreachableArxivKeepsWhatWasStored()
    {
        serveCapture();
        QCOMPARE(paperboy({QStringLiteral("add"), QStringLiteral("2202.12139"), QStringLiteral("1605.01097")})
                     .code,
                 0);
        m_arxiv->route("/api/query", FakeHttpServer::Response::error(503));
        const test::ChildResult r =
            paperboy({QStringLiteral("import"), writeFile(QStringLiteral("library.bib"), kLibrary)});
        QCOMPARE(r.code, 3);
        QVERIFY2(oneLine(r.err) && r.err.contains(QLatin1String("2 of the 20 arXiv papers")),
                 qPrintable(r.err));
        QCOMPARE(starredIds(), (QSet<QString>{QStringLiteral("2202.12139"), QStringLiteral("1605.01097")}));

        // Nothing answers at all.
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(FakeHttpServer::closedPort()));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_ARXIV_API_URL"), nowhere.toString());
        const test::ChildResult refused =
            paperboy({QStringLiteral("import"), m_home.filePath(QStringLiteral("library.bib"))}, env);
        QCOMPARE(refused.code, 3);
        QVERIFY2(oneLine(refused.err), qPrintable(refused.err));
        QCOMPARE(starredIds().size(), 2);
    }

    void filesThatAreNoLibraryFailInOneLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR@misc{x, eprint={2202.12139}}",
                                              45)
                                << "is not a text file";
        QTest::newRow("no entries") << QByteArray("just some notes\nabout papers\n") << "holds no entries";
        QTest::newRow("no arXiv papers")
            << QByteArray("@article{a, title={A}, journal={Nature}, doi={10.1038/x}}\n")
            << "cites no arXiv papers";
    }
    void filesThatAreNoLibraryFailInOneLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        serveCapture();
        const test::ChildResult r =
            paperboy({QStringLiteral("import"), writeFile(QStringLiteral("broken.bib"), bytes)});
        QCOMPARE(r.code, 1);
        QVERIFY2(oneLine(r.err) && r.err.contains(says), qPrintable(r.err));
        QCOMPARE(m_arxiv->requests().size(), 0);
        QVERIFY(starredIds().isEmpty());
    }

    void missingOrUnreadablePathsFailInOneLine()
    {
        const test::ChildResult missing =
            paperboy({QStringLiteral("import"), m_home.filePath(QStringLiteral("nothing-here.bib"))});
        QCOMPARE(missing.code, 1);
        QVERIFY2(oneLine(missing.err) && missing.err.contains(QLatin1String("no such file")),
                 qPrintable(missing.err));
        const test::ChildResult folder = paperboy({QStringLiteral("import"), m_home.path()});
        QCOMPARE(folder.code, 1);
        QVERIFY2(oneLine(folder.err) && folder.err.contains(QLatin1String("is not a regular file")),
                 qPrintable(folder.err));
        const test::ChildResult none = paperboy({QStringLiteral("import")});
        QCOMPARE(none.code, 2);
    }

    // --- paperboy star and the bibliography file ---------------------------

    // With the setting on, `paperboy star` appends each newly cited paper to
    // the person's .bib after what it holds, byte for byte; a paper the file
    // cites already (by eprint or DOI) is not written again.
    void starAppendsToTheBibliography()
    {
        serveCapture();
        QCOMPARE(paperboy({QStringLiteral("add"), QStringLiteral("1609.07528"), QStringLiteral("2202.12139")})
                     .code,
                 0);
        // CRLF line ends, a comment and an entry that cites 2202.12139 by DOI.
        const QByteArray own =
            "% my thesis\r\n@article{mine, title = {Mine}, doi = {10.48550/arXiv.2202.12139}}"
            "\r\n";
        const QString bib = writeFile(QStringLiteral("refs.bib"), own);
        chooseBibliography(bib, true);

        const test::ChildResult r = paperboy({QStringLiteral("star"), QStringLiteral("1609.07528")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("1 paper appended to")), qPrintable(r.out));
        const QByteArray after = readFile(bib);
        QVERIFY(after.startsWith(own));
        QCOMPARE(after.count("1609.07528"), 2); // its eprint and its address, once
        QVERIFY(after.mid(own.size()).contains("\r\n"));

        // Starred again, and a paper the file cites already: nothing written.
        const test::ChildResult again =
            paperboy({QStringLiteral("star"), QStringLiteral("1609.07528"), QStringLiteral("2202.12139")});
        QCOMPARE(again.code, 0);
        QCOMPARE(readFile(bib), after);
        QCOMPARE(starredIds(), (QSet<QString>{QStringLiteral("1609.07528"), QStringLiteral("2202.12139")}));

        // Unstarring leaves the entry where it is.
        QCOMPARE(paperboy({QStringLiteral("unstar"), QStringLiteral("1609.07528")}).code, 0);
        QCOMPARE(readFile(bib), after);

        // With the setting off, a star leaves the file alone.
        chooseBibliography(bib, false);
        QCOMPARE(paperboy({QStringLiteral("add"), QStringLiteral("2405.13786")}).code, 0);
        QCOMPARE(paperboy({QStringLiteral("star"), QStringLiteral("2405.13786")}).code, 0);
        QCOMPARE(readFile(bib), after);
    }

    // A bibliography that cannot take the entry: one line on stderr, the
    // file as it was, and the star stored all the same.
    void aBibliographyFailureKeepsTheStar_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // null: the file is gone
        QTest::addColumn<QString>("says");
        QTest::newRow("gone") << QByteArray() << "is gone";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not a text file";
        QTest::newRow("not UTF-8") << QByteArray("@misc{a, title = {Caf\xe9}}\n") << "is not UTF-8";
        QTest::newRow("unfinished") << QByteArray("@misc{a, title = {A}\n") << "unfinished entry";
    }
    void aBibliographyFailureKeepsTheStar()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        serveCapture();
        QCOMPARE(paperboy({QStringLiteral("add"), QStringLiteral("1609.07528")}).code, 0);
        const QString bib = bytes.isNull() ? m_home.filePath(QStringLiteral("gone.bib"))
                                           : writeFile(QStringLiteral("refs.bib"), bytes);
        chooseBibliography(bib, true);
        QSettings(m_home.filePath(QStringLiteral("config/Paperboy/paperboy.conf")), QSettings::IniFormat)
            .setValue(QStringLiteral("export/bibtexUtf8"), true);
        const test::ChildResult r = paperboy({QStringLiteral("star"), QStringLiteral("1609.07528")});
        QCOMPARE(r.code, 0);
        QVERIFY2(oneLine(r.err) && r.err.contains(says) && r.err.contains(QLatin1String("star is kept")),
                 qPrintable(r.err));
        QCOMPARE(starredIds(), QSet<QString>{QStringLiteral("1609.07528")});
        if (bytes.isNull())
            QVERIFY(!QFile::exists(bib));
        else
            QCOMPARE(readFile(bib), bytes);
    }

    // A bibliography named without its folder (the settings file edited by
    // hand) is no file to guess at: one line, the star kept, and no .bib
    // written or changed in the working folder.
    void aRelativeBibliographyIsRefused()
    {
        serveCapture();
        QCOMPARE(paperboy({QStringLiteral("add"), QStringLiteral("1609.07528")}).code, 0);
        const QByteArray mine = "@misc{mine, title={Mine}}\n";
        const QString bib = writeFile(QStringLiteral("refs.bib"), mine);
        chooseBibliography(QStringLiteral("refs.bib"), true);
        const test::ChildResult r = paperboy({QStringLiteral("star"), QStringLiteral("1609.07528")});
        QCOMPARE(r.code, 0);
        QVERIFY2(oneLine(r.err) && r.err.contains(QLatin1String("refs.bib is not a full path")) &&
                     r.err.contains(QLatin1String("star is kept")),
                 qPrintable(r.err));
        QCOMPARE(starredIds(), QSet<QString>{QStringLiteral("1609.07528")});
        QCOMPARE(readFile(bib), mine);
    }

    // --- paperboy zotero ---------------------------------------------------

    void starredPapersReachZoteroAsPreprints()
    {
        starThree();
        test::FakeZotero zotero;
        QVERIFY(zotero.listen());
        const test::ChildResult r =
            paperboy({QStringLiteral("zotero"), QStringLiteral("--starred")}, zoteroAt(zotero.baseUrl()));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Sent 3 papers to Zotero."));

        const QList<FakeHttpServer::Request> got = zotero.requests();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).path, QByteArray("/connector/ping"));
        QCOMPARE(got.at(1).method, QByteArray("POST"));
        QCOMPARE(got.at(1).path, QByteArray("/connector/saveItems"));
        QVERIFY(got.at(1).headers.value("content-type").startsWith("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(got.at(1).body).object();
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QHash<QString, QJsonObject> byArchiveId;
        for (const QJsonValue &v : items)
            byArchiveId.insert(v.toObject().value(QStringLiteral("archiveID")).toString(), v.toObject());
        QCOMPARE(QSet<QString>(byArchiveId.keyBegin(), byArchiveId.keyEnd()),
                 (QSet<QString>{QStringLiteral("arXiv:1609.07528"), QStringLiteral("arXiv:cs/0503050"),
                                QStringLiteral("arXiv:2202.12139")}));

        const QJsonObject item = byArchiveId.value(QStringLiteral("arXiv:1609.07528"));
        QCOMPARE(item.value(QStringLiteral("itemType")).toString(), QStringLiteral("preprint"));
        QCOMPARE(item.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Compressed Hypothesis Testing: To Mix or Not to Mix?"));
        const QJsonArray creators = item.value(QStringLiteral("creators")).toArray();
        QCOMPARE(creators.size(), 3);
        QCOMPARE(creators.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Myung")},
                              {QStringLiteral("lastName"), QStringLiteral("Cho")},
                              {QStringLiteral("creatorType"), QStringLiteral("author")}}));
        const QString abstract = item.value(QStringLiteral("abstractNote")).toString();
        QVERIFY2(abstract.startsWith(QLatin1String("In this paper, we study the problem of determining")) &&
                     !abstract.contains(QLatin1Char('$')),
                 qPrintable(abstract));
        QCOMPARE(item.value(QStringLiteral("date")).toString(), QStringLiteral("2016-09-23"));
        QCOMPARE(item.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://arxiv.org/abs/1609.07528"));
        QCOMPARE(item.value(QStringLiteral("repository")).toString(), QStringLiteral("arXiv"));
        QCOMPARE(item.value(QStringLiteral("DOI")).toString(), QStringLiteral("10.48550/arXiv.1609.07528"));
        const QJsonArray attachments = item.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("title"), QStringLiteral("Preprint PDF")},
                              {QStringLiteral("url"), QStringLiteral("https://arxiv.org/pdf/1609.07528")},
                              {QStringLiteral("mimeType"), QStringLiteral("application/pdf")}}));
        QCOMPARE(
            byArchiveId.value(QStringLiteral("arXiv:cs/0503050")).value(QStringLiteral("DOI")).toString(),
            QStringLiteral("10.48550/arXiv.cs/0503050"));

        // --ids sends exactly those.
        QCOMPARE(zotero.savedItems().size(), 3);
        const test::ChildResult one =
            paperboy({QStringLiteral("zotero"), QStringLiteral("--ids"), QStringLiteral("2405.13786")},
                     zoteroAt(zotero.baseUrl()));
        QCOMPARE(one.code, 0);
        QCOMPARE(zotero.requests().size(), 4);
        const QList<QJsonObject> sent = zotero.savedItems().mid(3);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).value(QStringLiteral("archiveID")).toString(),
                 QStringLiteral("arXiv:2405.13786"));
    }

    void zoteroNotRunningIsSaidInOneLine()
    {
        starThree();
        const quint16 port = FakeHttpServer::closedPort();
        const test::ChildResult r = paperboy({QStringLiteral("zotero"), QStringLiteral("--starred")},
                                             zoteroAt(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QCOMPARE(r.code, 3);
        QCOMPARE(
            r.err.trimmed(),
            QStringLiteral("paperboy: Zotero is not running (nothing answers at 127.0.0.1:%1): start Zotero "
                           "and try again; nothing was sent")
                .arg(port));
    }

    void zoteroFailingIsSaidInOneLine_data()
    {
        QTest::addColumn<QByteArray>("failing");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("save fails") << QByteArray("/connector/saveItems") << 500 << "answered HTTP 500";
        QTest::newRow("ping refused") << QByteArray("/connector/ping") << 403 << "answered HTTP 403";
    }
    void zoteroFailingIsSaidInOneLine()
    {
        QFETCH(QByteArray, failing);
        QFETCH(int, status);
        QFETCH(QString, says);
        starThree();
        FakeHttpServer zotero;
        QVERIFY(zotero.listen());
        zotero.route("/connector/*", FakeHttpServer::Response::ok("Zotero is running", "text/html"));
        zotero.route(failing, FakeHttpServer::Response::error(status, "<html><body>\nInternal\n</body>"));
        const test::ChildResult r =
            paperboy({QStringLiteral("zotero"), QStringLiteral("--starred")}, zoteroAt(zotero.baseUrl()));
        QCOMPARE(r.code, 3);
        QVERIFY2(oneLine(r.err) && r.err.contains(says) && r.err.contains(QLatin1String("nothing was sent")),
                 qPrintable(r.err));
    }

    void aSilentZoteroIsGivenUpOn()
    {
        starThree();
        FakeHttpServer zotero;
        QVERIFY(zotero.listen());
        FakeHttpServer::Response silent;
        silent.hang = true;
        zotero.route("/connector/ping", silent);
        const test::ChildResult r = paperboy({QStringLiteral("zotero"), QStringLiteral("--starred"),
                                              QStringLiteral("--timeout"), QStringLiteral("1")},
                                             zoteroAt(zotero.baseUrl()));
        QCOMPARE(r.code, 3);
        QVERIFY2(oneLine(r.err) && r.err.contains(QLatin1String("did not answer within 1 s")),
                 qPrintable(r.err));
    }

    void zoteroUsageErrors()
    {
        QCOMPARE(paperboy({QStringLiteral("zotero")}).code, 2);
        QCOMPARE(paperboy({QStringLiteral("zotero"), QStringLiteral("--starred"), QStringLiteral("--ids"),
                           QStringLiteral("2202.12139")})
                     .code,
                 2);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PAPERBOY_ZOTERO_URL"), QStringLiteral("ftp://example.org"));
        const test::ChildResult bad = paperboy({QStringLiteral("zotero"), QStringLiteral("--starred")}, env);
        QCOMPARE(bad.code, 2);
        QVERIFY2(oneLine(bad.err) && bad.err.contains(QLatin1String("PAPERBOY_ZOTERO_URL")),
                 qPrintable(bad.err));
        const test::ChildResult unknown =
            paperboy({QStringLiteral("zotero"), QStringLiteral("--ids"), QStringLiteral("2202.12139")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(oneLine(unknown.err) && unknown.err.contains(QLatin1String("not in the cache")),
                 qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
