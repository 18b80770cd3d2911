// The window and the person's reference manager, as a person uses them:
// File → Import Library… stars a .bib's arXiv papers, fetching the missing
// ones from the fake arXiv API; Send to Zotero reaches a stand-in for
// Zotero's connector (or says Zotero is not running); and the bibliography
// file of Settings takes each paper starred, never twice, keeping its own
// text byte for byte. The real window, cache and files; the file dialogs
// answered through prompts::testing.
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PaperTableModel.h"
#include "Prompts.h"
#include "WindowFixture.h"
#include "support/FakeHttpServer.h"
#include "support/FeedSynthesizer.h"
#include "support/TestEnvironment.h"
#include "support/TestPaths.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace paperboy;
using paperboy::test::FakeHttpServer;
using namespace paperboy::test;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool oneLine(const QString &text)
{
    return !text.trimmed().isEmpty() && !text.contains(QLatin1Char('\n'));
}

} // namespace

class TestWindowLibrary : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The day's table row of `id` made current and selected.
    void select(MainWindow &w, const QString &id)
    {
        QTableView *view = table(w);
        const QStringList ids = column(view->model(), PaperTableModel::IdRole);
        QVERIFY2(ids.contains(id), qPrintable(id));
        view->setCurrentIndex(view->model()->index(int(ids.indexOf(id)), PaperTableModel::Title));
    }

    bool shownStarred(MainWindow &w, const QString &id)
    {
        QAbstractItemModel *model = table(w)->model();
        const QStringList ids = column(model, PaperTableModel::IdRole);
        return model->index(int(ids.indexOf(id)), 0).data(PaperTableModel::StarredRole).toBool();
    }

    static void useBibliography(const QString &path)
    {
        QSettings s;
        s.setValue(QStringLiteral("bibliography/file"), path);
        s.setValue(QStringLiteral("bibliography/appendOnStar"), true);
    }

private slots:
    void initTestCase() { QVERIFY(startArxiv()); }

    void init()
    {
        startTest();
        qunsetenv("PAPERBOY_ZOTERO_URL");
    }

    // --- Import Library ------------------------------------------------------

    // Half the capture is today's announcement; the library cites one paper
    // of the day and two the cache lacks, which come from the API.
    void importLibraryStarsAndFetches()
    {
        const QList<Paper> papers = capturePapers();
        m_rss = FakeHttpServer::Response::ok(listingFeedFromPapers(
            papers.mid(0, 50), {QStringLiteral("cs.LG"), QStringLiteral("cs.AI")}, kDay));
        m_api = FakeHttpServer::Response::ok(
            readFixture(QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")));
        auto w = openWindow();
        STEP(fetchDay(*w, 50));
        const QString shown = papers.at(3).id;
        const QStringList fetched = {papers.at(60).id, papers.at(70).id};
        const QString bib = writeFile(QStringLiteral("library.bib"),
                                      QStringLiteral("@misc{a, eprint = {%1}, archivePrefix = {arXiv}}\n"
                                                     "@misc{b, doi = {10.48550/arXiv.%2}}\n"
                                                     "@misc{c, url = {https://arxiv.org/abs/%3v2}}\n"
                                                     "@article{d, journal = {Nature}, doi = {10.1038/x}}\n")
                                          .arg(shown, fetched.at(0), fetched.at(1))
                                          .toUtf8());
        m_arxiv.clearRequests();
        QVERIFY(!shownStarred(*w, shown));

        prompts::testing::answerFileName(bib);
        action(*w, QStringLiteral("Import Library…"))->trigger();
        QVERIFY(prompts::testing::takeAsked().contains(QStringLiteral("Import Library")));
        QTRY_COMPARE_WITH_TIMEOUT(
            banner(*w)->text(),
            QStringLiteral("Starred 3 arXiv papers of library.bib (2 fetched from arXiv, "
                           "1 already in the cache)."),
            kFetchTimeoutMs);
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Info);
        // One API request, for the two the cache lacked.
        QCOMPARE(m_arxiv.requests().size(), 1);
        const QStringList asked = QUrlQuery(m_arxiv.requests().at(0).url())
                                      .queryItemValue(QStringLiteral("id_list"))
                                      .split(QLatin1Char(','));
        QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()),
                 QSet<QString>(fetched.cbegin(), fetched.cend()));
        // The table shows the new star at once; the cache holds all three.
        QVERIFY(shownStarred(*w, shown));
        for (const QString &id : QStringList{shown} + fetched)
            QVERIFY2(stored(id).starred, qPrintable(id));
        QVERIFY(action(*w, QStringLiteral("Import Library…"))->isEnabled());
    }

    // arXiv failing, or a file that is no library: one line, in red, and
    // no star.
    void importFailuresAreOneLineAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status"); // of the API
        QTest::addColumn<QString>("says");
        QTest::newRow("arXiv down") << QByteArray("@misc{a, eprint = {1609.07528}}\n") << 503
                                    << "Kept: 0 of the 1 arXiv papers of library.bib";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 200
                                << "not a text file";
        QTest::newRow("no arXiv paper") << QByteArray("@article{d, journal = {Nature}, doi = {10.1038/x}}\n")
                                        << 200 << "cites no arXiv papers";
    }
    void importFailuresAreOneLineAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, says);
        m_api = status == 200 ? FakeHttpServer::Response::ok(readFixture(
                                    QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml")))
                              : FakeHttpServer::Response::error(status);
        auto w = openWindow();
        prompts::testing::answerFileName(writeFile(QStringLiteral("library.bib"), bytes));
        action(*w, QStringLiteral("Import Library…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner(*w)->isVisible() && !banner(*w)->text().isEmpty(), kFetchTimeoutMs);
        QVERIFY2(oneLine(banner(*w)->text()) && banner(*w)->text().contains(says),
                 qPrintable(banner(*w)->text()));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Error);
        QVERIFY(!stored(QStringLiteral("1609.07528")).starred);
    }

    // --- Send to Zotero --------------------------------------------------------

    void sendToZoteroFromTheWindow()
    {
        FakeHttpServer zotero;
        QVERIFY(zotero.listen());
        zotero.route("/connector/ping", FakeHttpServer::Response::ok("Zotero is running", "text/html"));
        FakeHttpServer::Response created = FakeHttpServer::Response::ok({}, "application/json");
        created.status = 201;
        zotero.route("/connector/saveItems", created);
        qputenv("PAPERBOY_ZOTERO_URL", zotero.baseUrl().toString().toUtf8());

        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        const QString id = capturePapers().at(5).id;
        STEP(select(*w, id));
        action(*w, QStringLiteral("Send to Zotero"))->trigger();
        // The window went on at once: the answer comes later, on its own.
        QVERIFY(!banner(*w)->text().contains(QLatin1String("Sent")));
        QTRY_COMPARE_WITH_TIMEOUT(banner(*w)->text(), QStringLiteral("Sent 1 paper to Zotero."),
                                  kFetchTimeoutMs);
        QCOMPARE(zotero.requests().size(), 2);
        const QJsonArray items = QJsonDocument::fromJson(zotero.requests().at(1).body)
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("archiveID")).toString(),
                 QStringLiteral("arXiv:") + id);

        // Send Starred: every starred paper, whichever is selected.
        const QStringList starred = {capturePapers().at(1).id, capturePapers().at(2).id};
        for (const QString &s : starred) {
            STEP(select(*w, s));
            action(*w, QStringLiteral("Star"))->trigger();
        }
        w->flushMarks();
        zotero.clearRequests();
        action(*w, QStringLiteral("Send Starred to Zotero"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(banner(*w)->text(), QStringLiteral("Sent 2 papers to Zotero."),
                                  kFetchTimeoutMs);
        QSet<QString> sent;
        for (const QJsonValue &v : QJsonDocument::fromJson(zotero.requests().at(1).body)
                                       .object()
                                       .value(QStringLiteral("items"))
                                       .toArray())
            sent.insert(v.toObject().value(QStringLiteral("archiveID")).toString().mid(6));
        QCOMPARE(sent, QSet<QString>(starred.cbegin(), starred.cend()));
    }

    void zoteroNotRunningIsSaidInOneLine()
    {
        const quint16 port = FakeHttpServer::closedPort();
        qputenv("PAPERBOY_ZOTERO_URL", QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8());
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        STEP(select(*w, capturePapers().at(5).id));
        action(*w, QStringLiteral("Send to Zotero"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(banner(*w)->text().contains(QLatin1String("Zotero is not running")),
                                 kFetchTimeoutMs);
        QVERIFY(oneLine(banner(*w)->text()));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Error);
        QTRY_VERIFY(action(*w, QStringLiteral("Send to Zotero"))->isEnabled());
    }

    // --- The bibliography file -------------------------------------------------

    void starringAppendsToTheBibliography()
    {
        const QList<Paper> papers = capturePapers();
        // The person's file: CRLF, a comment, and paper 7 cited by DOI.
        const QByteArray own = QStringLiteral("%% thesis\r\n@article{mine, doi = {10.48550/arXiv.%1}}\r\n")
                                   .arg(papers.at(7).id)
                                   .toUtf8();
        const QString bib = writeFile(QStringLiteral("refs.bib"), own);
        useBibliography(bib);
        auto w = openWindow();
        STEP(fetchDay(*w, 100));

        const QString id = papers.at(4).id;
        STEP(select(*w, id));
        action(*w, QStringLiteral("Star"))->trigger();
        const QByteArray after = readBytes(bib);
        QVERIFY(after.startsWith(own));
        QCOMPARE(after.count(QStringLiteral("eprint={%1}").arg(id).toUtf8()), 1);

        // Unstarred and starred again: the entry stays, and is not doubled.
        action(*w, QStringLiteral("Star"))->trigger();
        QCOMPARE(readBytes(bib), after);
        action(*w, QStringLiteral("Star"))->trigger();
        QCOMPARE(readBytes(bib), after);
        // Undo takes the star back, not the entry.
        QTest::keyClick(table(*w), Qt::Key_Z, Qt::ControlModifier);
        w->flushMarks();
        QVERIFY(!stored(id).starred);
        QCOMPARE(readBytes(bib), after);

        // A paper the file cites already is starred and not written again.
        STEP(select(*w, papers.at(7).id));
        action(*w, QStringLiteral("Star"))->trigger();
        QCOMPARE(readBytes(bib), after);
        w->flushMarks();
        QVERIFY(stored(papers.at(7).id).starred);
    }

    // A star that comes back through Undo or Redo is a star made: the file
    // that no longer cites the paper (an entry the person removed) gets it.
    void aStarRedoneOrAnUnstarUndoneAppends()
    {
        const QByteArray own("@misc{mine, title = {Mine}}\n");
        const QString bib = writeFile(QStringLiteral("redo.bib"), own);
        useBibliography(bib);
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        const QString id = capturePapers().at(4).id;
        const QByteArray entry = QStringLiteral("eprint={%1}").arg(id).toUtf8();
        STEP(select(*w, id));
        action(*w, QStringLiteral("Star"))->trigger();
        QCOMPARE(readBytes(bib).count(entry), 1);

        // Undone, the entry removed by hand, redone: written again.
        QTest::keyClick(table(*w), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!shownStarred(*w, id));
        writeFile(QStringLiteral("redo.bib"), own);
        QTest::keyClick(table(*w), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(shownStarred(*w, id));
        QCOMPARE(readBytes(bib).count(entry), 1);
        QVERIFY(readBytes(bib).startsWith(own));

        // Unstarred, the entry removed, the unstar undone: written again.
        action(*w, QStringLiteral("Star"))->trigger();
        QVERIFY(!shownStarred(*w, id));
        writeFile(QStringLiteral("redo.bib"), own);
        QTest::keyClick(table(*w), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(shownStarred(*w, id));
        QCOMPARE(readBytes(bib).count(entry), 1);
        w->flushMarks();
        QVERIFY(stored(id).starred);
    }

    // The file cannot take the entry: one line, the file as it was, and the
    // star stored all the same.
    void aBibliographyFailureKeepsTheStar()
    {
        const QByteArray latin1("@misc{a, title = {Caf\xe9}}\n");
        const QString bib = writeFile(QStringLiteral("latin1.bib"), latin1);
        useBibliography(bib);
        QSettings().setValue(QStringLiteral("export/bibtexUtf8"), true);
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        const QString id = capturePapers().at(4).id;
        STEP(select(*w, id));
        action(*w, QStringLiteral("Star"))->trigger();
        QVERIFY2(oneLine(banner(*w)->text()) && banner(*w)->text().contains(QLatin1String("is not UTF-8")) &&
                     banner(*w)->text().contains(QLatin1String("star is kept")),
                 qPrintable(banner(*w)->text()));
        QCOMPARE(banner(*w)->level(), MessageBanner::Level::Error);
        QCOMPARE(readBytes(bib), latin1);
        w->flushMarks();
        QVERIFY(stored(id).starred);
        QVERIFY(shownStarred(*w, id));

        // The file gone: said, and the star kept.
        QVERIFY(QFile::remove(bib));
        const QString other = capturePapers().at(6).id;
        STEP(select(*w, other));
        action(*w, QStringLiteral("Star"))->trigger();
        QVERIFY2(banner(*w)->text().contains(QLatin1String("is gone")), qPrintable(banner(*w)->text()));
        QVERIFY(!QFile::exists(bib));
        w->flushMarks();
        QVERIFY(stored(other).starred);
    }

    // On request, with no file chosen yet: the window asks for one, keeps
    // it in Settings, and writes every starred paper to it.
    void appendStarredAsksForTheFileOnce()
    {
        auto w = openWindow();
        STEP(fetchDay(*w, 100));
        const QStringList starred = {capturePapers().at(1).id, capturePapers().at(2).id};
        for (const QString &s : starred) {
            STEP(select(*w, s));
            action(*w, QStringLiteral("Star"))->trigger();
        }
        w->flushMarks();
        const QString bib = m_dir.filePath(QStringLiteral("new-refs.bib"));
        prompts::testing::answerFileName(bib);
        action(*w, QStringLiteral("Append Starred to Bibliography"))->trigger();
        QVERIFY2(banner(*w)->text().contains(QLatin1String("2 papers appended")),
                 qPrintable(banner(*w)->text()));
        QCOMPARE(QSettings().value(QStringLiteral("bibliography/file")).toString(), bib);
        const QByteArray first = readBytes(bib);
        for (const QString &s : starred)
            QVERIFY(first.contains(QStringLiteral("eprint={%1}").arg(s).toUtf8()));

        // Again: no question, nothing new, the file untouched.
        prompts::testing::takeAsked();
        action(*w, QStringLiteral("Append Starred to Bibliography"))->trigger();
        QVERIFY(prompts::testing::takeAsked().isEmpty());
        QVERIFY2(banner(*w)->text().contains(QLatin1String("Nothing to append")),
                 qPrintable(banner(*w)->text()));
        QCOMPARE(readBytes(bib), first);
    }
};

PAPERBOY_GUI_TEST_MAIN(TestWindowLibrary)
#include "tst_windowlibrary.moc"
