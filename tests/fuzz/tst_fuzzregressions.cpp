// Every input the fuzzers ever crashed on (tests/data/fuzz-regressions/) and
// every seed they start from (the fixtures, tests/data, fuzz/seeds) goes
// through the very functions the libFuzzer targets call, with the same
// invariant checks: a violated invariant aborts and fails this test.
#include "BibtexReader.h"
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace paperboy;

namespace {

const QString FuzzDir = QStringLiteral(PAPERBOY_FUZZ_DIR);
const QString TestData = QStringLiteral(PAPERBOY_TEST_DATA);
const QString Fixtures = QStringLiteral(PAPERBOY_FIXTURES);
const QString Regressions = TestData + QStringLiteral("/fuzz-regressions");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QList<QPair<QString, QByteArray>> filesIn(const QString &dir)
{
    QList<QPair<QString, QByteArray>> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        files.append({info.filePath(), readFile(info.filePath())});
    return files;
}

const fuzz::Target *findTarget(const QString &name)
{
    for (const fuzz::Target &target : fuzz::targets()) {
        if (name == QLatin1String(target.name))
            return &target;
    }
    return nullptr;
}

int replay(const fuzz::Target &target, const QString &label, const QByteArray &bytes)
{
    fuzz::setInputLabel(label);
    const int result = target.run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    fuzz::setInputLabel(QString());
    return result;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void savedCrashesStayFixed_data();
    void savedCrashesStayFixed();
    void seedCorporaPassTheChecks_data();
    void seedCorporaPassTheChecks();
    void strictReaderReadsArxivExports();
    void strictReaderRefusesBrokenBibtex_data();
    void strictReaderRefusesBrokenBibtex();
    void paperCodecRoundTrips();
};

void TestFuzzRegressions::savedCrashesStayFixed_data()
{
    QTest::addColumn<QString>("target");
    const QStringList folders = QDir(Regressions).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!folders.isEmpty(), qPrintable(Regressions + QStringLiteral(" holds no saved crash")));
    for (const QString &folder : folders)
        QTest::newRow(qPrintable(folder)) << folder;
}

void TestFuzzRegressions::savedCrashesStayFixed()
{
    QFETCH(QString, target);
    // A folder with a misspelt name would be replayed by nothing.
    const fuzz::Target *run = findTarget(target);
    QVERIFY2(run, qPrintable(QStringLiteral("no fuzz target is named %1").arg(target)));
    const auto files = filesIn(Regressions + u'/' + target);
    QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("%1/%2 is empty").arg(Regressions, target)));
    for (const auto &[path, bytes] : files)
        QCOMPARE(replay(*run, path, bytes), 0);
}

void TestFuzzRegressions::seedCorporaPassTheChecks_data()
{
    QTest::addColumn<QString>("target");
    for (const fuzz::Target &target : fuzz::targets())
        QTest::newRow(target.name) << QString::fromLatin1(target.name);
}

void TestFuzzRegressions::seedCorporaPassTheChecks()
{
    QFETCH(QString, target);
    const fuzz::Target *run = findTarget(target);
    QVERIFY(run);
    const auto handMade = filesIn(FuzzDir + QStringLiteral("/seeds/") + target);
    QVERIFY2(!handMade.isEmpty(), qPrintable(QStringLiteral("fuzz/seeds/%1 is empty").arg(target)));
    const auto fromFixtures = fuzz::fixtureSeeds(target, Fixtures, TestData);
    QVERIFY2(!fromFixtures.isEmpty(),
             qPrintable(QStringLiteral("no seeds from the fixtures for %1").arg(target)));
    for (const auto &[path, bytes] : handMade)
        QCOMPARE(replay(*run, path, bytes), 0);
    for (const auto &[name, bytes] : fromFixtures)
        QCOMPARE(replay(*run, QStringLiteral("fixture seed ") + name, bytes), 0);
}

// The reader the BibTeX target trusts reads arXiv's own exports as they are.
void TestFuzzRegressions::strictReaderReadsArxivExports()
{
    struct Export
    {
        QString file;
        QString key;
        QString eprint;
        int authors;
    };
    const QList<Export> exports = {
        {QStringLiteral("arxiv_2504.14064_doomarena_post2024format.bib"),
         QStringLiteral("boisvert2025doomarenaframeworktestingai"), QStringLiteral("2504.14064"), 12},
        {QStringLiteral("arxiv_2510.21614_hgm_tex-accent-title_utf8-authors.bib"),
         QStringLiteral("wang2025huxleygodelmachinehumanlevelcoding"), QStringLiteral("2510.21614"), 8},
        {QStringLiteral("arxiv_2308.09556_pynlqn_pre2024format_nonascii-key.bib"),
         QStringLiteral("müller2023principle"), QStringLiteral("2308.09556"), 1},
    };
    for (const Export &e : exports) {
        const QString text = QString::fromUtf8(readFile(Fixtures + QStringLiteral("/bibtex/") + e.file));
        const bib::ReadResult read = bib::read(text);
        QVERIFY2(read.ok, qPrintable(e.file + QStringLiteral(": ") + read.error));
        QCOMPARE(read.entries.size(), 1);
        const bib::Entry &entry = read.entries.first();
        QCOMPARE(entry.type, QStringLiteral("misc"));
        QCOMPARE(entry.key, e.key);
        QCOMPARE(entry.value(QStringLiteral("eprint")), e.eprint);
        QVERIFY(!entry.value(QStringLiteral("title")).isEmpty());
        QCOMPARE(bib::splitNames(entry.value(QStringLiteral("author"))).size(), e.authors);
    }
}

void TestFuzzRegressions::strictReaderRefusesBrokenBibtex_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unbalanced brace") << QStringLiteral("@misc{k,\n title={a {b},\n}\n");
    QTest::newRow("stray closer") << QStringLiteral("@misc{k,\n title={a} b}},\n}\n");
    QTest::newRow("text between entries")
        << QStringLiteral("@misc{k, title={a}}\nnoise\n@misc{j, title={b}}");
    QTest::newRow("missing comma") << QStringLiteral("@misc{k, title={a} year={2025}}");
    QTest::newRow("duplicate field") << QStringLiteral("@misc{k, title={a}, Title={b}}");
    QTest::newRow("no key") << QStringLiteral("@misc{, title={a}}");
    QTest::newRow("space in key") << QStringLiteral("@misc{a b, title={a}}");
    QTest::newRow("concatenation") << QStringLiteral("@misc{k, title={a} # {b}}");
    QTest::newRow("cut off") << QStringLiteral("@misc{k, title={a}");
}

void TestFuzzRegressions::strictReaderRefusesBrokenBibtex()
{
    QFETCH(QString, text);
    const bib::ReadResult read = bib::read(text);
    QVERIFY(!read.ok);
    QVERIFY(!read.error.isEmpty());
}

void TestFuzzRegressions::paperCodecRoundTrips()
{
    Paper a;
    a.id = QStringLiteral("2504.14064");
    a.title = QStringLiteral("DoomArena: A framework");
    a.authors = {QStringLiteral("L\\'eo Boisvert"), QStringLiteral("Smith, John")};
    a.categories = {QStringLiteral("cs.CR"), QStringLiteral("cs.AI")};
    a.doi = QStringLiteral("10.1145/3456");
    a.updated = QDate(2025, 4, 18);
    Paper b;
    b.id = QStringLiteral("astro-ph/0601001");
    b.announced = QDate(2006, 1, 2);
    const QList<Paper> decoded = fuzz::decodePapers(fuzz::encodePapers({a, b}));
    QCOMPARE(decoded.size(), 2);
    QCOMPARE(decoded.at(0).id, a.id);
    QCOMPARE(decoded.at(0).title, a.title);
    QCOMPARE(decoded.at(0).authors, a.authors);
    QCOMPARE(decoded.at(0).categories, a.categories);
    QCOMPARE(decoded.at(0).doi, a.doi);
    QCOMPARE(decoded.at(0).updated, a.updated);
    QVERIFY(decoded.at(0).announced.isNull());
    QCOMPARE(decoded.at(1).id, b.id);
    QVERIFY(decoded.at(1).authors.isEmpty());
    QCOMPARE(decoded.at(1).announced, b.announced);
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
