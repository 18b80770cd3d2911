// The person's reference manager and Paperboy: `paperboy import` takes a
// .bib (Zotero's and JabRef's ways of citing arXiv mixed) as the library to
// star, fetching what the cache lacks from a fake arXiv API on 127.0.0.1.
// Drives the real `paperboy` executable and reads the cache it writes.
#include "support/ChildProcess.h"
#include "support/FakeHttpServer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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
    QTemporaryDir m_home;
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

private slots:
    void init()
    {
        m_db = m_home.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
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

        // Again: everything is cached and starred already; arXiv is not asked.
        m_arxiv->clearRequests();
        const test::ChildResult again = paperboy({QStringLiteral("import"), bib});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("(0 fetched from arXiv, 20 already in the cache)")),
                 qPrintable(again.out));
        QCOMPARE(m_arxiv->requests().size(), 0);
        QCOMPARE(starredIds(), QSet<QString>(kLibraryIds.cbegin(), kLibraryIds.cend()));
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
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
