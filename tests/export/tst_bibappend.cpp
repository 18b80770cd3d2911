// Appending to a .bib someone keeps: the papers it already cites (by eprint,
// with or without version, old-style ids, or an arXiv DOI, address or key)
// are left out, everything it holds stays byte for byte, a file with nothing
// new is not touched, and a file that cannot be appended to is left alone.
#include "export/BibtexAppend.h"
#include "export/BibtexScan.h"
#include "support/Biber.h"
#include "support/TestPaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace paperboy;
using paperboy::texfield::Encoding;

namespace {

Paper makePaper(const QString &id, const QString &title, const QString &author)
{
    Paper p;
    p.id = id;
    p.title = title;
    p.authors = {author};
    p.categories = {QStringLiteral("cs.LG")};
    p.updated = QDate(2025, 6, 1);
    return p;
}

// The fixture's paper, as Paperboy stores it.
Paper doomArena()
{
    Paper p =
        makePaper(QStringLiteral("2504.14064"),
                  QStringLiteral("DoomArena: A framework for Testing AI Agents Against Evolving Security "
                                 "Threats"),
                  QStringLiteral("Leo Boisvert"));
    p.categories = {QStringLiteral("cs.CR")};
    return p;
}

Paper other()
{
    return makePaper(QStringLiteral("2510.21614"), QStringLiteral("Huxley-G\\\"odel Machine"),
                     QStringLiteral("Wenyi Wang"));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// An hour ago, so that any write shows in the time.
const QDateTime kOld = QDateTime::currentDateTimeUtc().addSecs(-3600);

bool ageFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(kOld, QFileDevice::FileModificationTime);
}

QDateTime modified(const QString &path)
{
    return QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
}

} // namespace

class TestBibAppend : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString fresh(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("refs-%1.bib").arg(++m_file));
        if (!writeAll(path, bytes) || !ageFile(path))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    // Ways a person's file cites DoomArena (2504.14064), or hep-th/9901001.
    void skipsPapersAlreadyCited_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::addColumn<QString>("id");
        const QByteArray fixture =
            test::readFixture(QStringLiteral("bibtex/arxiv_2504.14064_doomarena_post2024format.bib"));
        QTest::newRow("arXiv's own entry") << fixture << "2504.14064";
        QTest::newRow("eprint with version")
            << QByteArray("@article{mine, title={D}, eprint = {2504.14064v3}, archivePrefix = {arXiv}}\n")
            << "2504.14064";
        QTest::newRow("eprint arXiv:, quoted, upper case")
            << QByteArray("@MISC{Mine,\n  TITLE = \"D\",\n  EPRINT = \"arXiv:2504.14064\",\n  EPRINTTYPE = "
                          "{arxiv}\n}\n")
            << "2504.14064";
        QTest::newRow("parenthesised entry")
            << QByteArray("@misc(mine, eprint = {2504.14064}, note = {a (b) c})\n") << "2504.14064";
        QTest::newRow("old-style id")
            << QByteArray("@misc{w, eprint={hep-th/9901001v2}}\n") << "hep-th/9901001";
        QTest::newRow("old-style number and class")
            << QByteArray("@misc{w, eprint={9901001}, archivePrefix={arXiv}, primaryClass={hep-th}}\n")
            << "hep-th/9901001";
        QTest::newRow("old-style id with subject class")
            << QByteArray("@misc{w, eprint={math.GT/0309136}}\n") << "math/0309136";
        QTest::newRow("arXiv DOI, no eprint")
            << QByteArray("@misc{x, title={D}, doi={10.48550/arXiv.2504.14064}}\n") << "2504.14064";
        QTest::newRow("arXiv address, no eprint")
            << QByteArray("@misc{x, url = {https://arxiv.org/pdf/2504.14064v1.pdf}}\n") << "2504.14064";
        QTest::newRow("old-style address")
            << QByteArray("@misc{x, url = {http://arxiv.org/abs/hep-th/9901001}}\n") << "hep-th/9901001";
        QTest::newRow("key is the id") << QByteArray("@misc{arXiv:2504.14064, title={D}}\n") << "2504.14064";
        QTest::newRow("Google Scholar")
            << QByteArray("@article{boisvert2025doomarena,\n  title={DoomArena},\n  journal={arXiv preprint "
                          "arXiv:2504.14064},\n  year={2025}\n}\n")
            << "2504.14064";
    }
    void skipsPapersAlreadyCited()
    {
        QFETCH(QByteArray, existing);
        QFETCH(QString, id);
        const QString path = fresh(existing);
        Paper cited = doomArena();
        cited.id = id;
        const bibappend::Outcome outcome = bibappend::append(path, {cited, other()}, Encoding::Ascii);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.appended, 1);
        QCOMPARE(outcome.alreadyThere, 1);
        QVERIFY(outcome.changed);
        const QByteArray after = readAll(path);
        QVERIFY(after.startsWith(existing));
        const QByteArray added = after.mid(existing.size());
        QCOMPARE(added.count("@misc{"), 1);
        QVERIFY2(added.contains("eprint={2510.21614}"), added.constData());
        QCOMPARE(bibappend::describe(outcome, QStringLiteral("refs.bib")),
                 QStringLiteral("1 paper appended to refs.bib; 1 already there."));
    }

    // Not citations of the paper: an entry inside @comment, another
    // archive's eprint, an id that only starts the same, a different version
    // of nothing.
    void appendsWhatOnlyLooksCited_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::newRow("inside @comment") << QByteArray("@comment{ @misc{x, eprint={2504.14064}} }\n");
        QTest::newRow("another archive's eprint")
            << QByteArray("@misc{x, eprint={2504.14064}, eprinttype={hal}}\n");
        QTest::newRow("longer id") << QByteArray("@misc{x, eprint={2504.140641}}\n");
        QTest::newRow("outside any entry") << QByteArray("eprint = {2504.14064}\n");
        QTest::newRow("a journal's DOI") << QByteArray("@misc{x, doi={10.1000/2504.14064}}\n");
    }
    void appendsWhatOnlyLooksCited()
    {
        QFETCH(QByteArray, existing);
        const QString path = fresh(existing);
        const bibappend::Outcome outcome = bibappend::append(path, {doomArena()}, Encoding::Ascii);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.appended, 1);
        QCOMPARE(outcome.alreadyThere, 0);
        QVERIFY(readAll(path).startsWith(existing));
        QVERIFY(readAll(path).contains("eprint={2504.14064}"));
    }

    // Everything the person wrote stays as it was, to the byte: comments,
    // @string, @preamble, their own entries in UTF-8, CR LF line ends, no
    // line end at the end. The new entries follow a blank line, with CR LF
    // too, never take one of the file's keys (in any case), and the whole
    // file reads with biber.
    void keepsThePersonsFileByteForByte()
    {
        const QByteArray existing = "% My references\r\n"
                                    "@string{jmlr = \"Journal of Machine Learning Research\"}\r\n"
                                    "@preamble{\"\\newcommand{\\noop}[1]{}\"}\r\n"
                                    "\r\n"
                                    "@article{Smith2020,\r\n"
                                    "  author = {Jos\xc3\xa9 Smith and M{\\\"u}ller, Anna},\r\n"
                                    "  title = {{Kernels} for {\xc3\x9c}bermenschen},\r\n"
                                    "  journal = jmlr,\r\n"
                                    "  year = 2020,\r\n"
                                    "  volume = {21},\r\n"
                                    "  pages = {1--20}\r\n"
                                    "}\r\n"
                                    "\r\n"
                                    "@misc{WANG2025HuxleyGodelMachineHumanLevelCoding,\r\n"
                                    "  title = {Not the paper, but its key},\r\n"
                                    "  author = {Someone Else},\r\n"
                                    "  year = {2024}\r\n"
                                    "}";
        const QString path = fresh(existing);
        Paper huxley = other();
        huxley.updated = QDate(2025, 10, 24);
        huxley.title = QStringLiteral("Huxley-G\\\"odel Machine: Human-Level Coding");
        const bibappend::Outcome outcome = bibappend::append(path, {huxley, doomArena()}, Encoding::Ascii);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.appended, 2);
        const QByteArray after = readAll(path);
        QVERIFY(after.startsWith(existing + "\r\n\r\n@misc{"));
        const QByteArray added = after.mid(existing.size());
        QCOMPARE(added.count("\n"), added.count("\r\n"));
        QVERIFY2(added.contains("@misc{wang2025huxleygodelmachinehumanlevelcodinga,\r\n"), added.constData());
        QVERIFY2(added.contains("\r\n}\r\n\r\n@misc{boisvert2025"), added.constData());

        QVERIFY2(QFileInfo(test::biberPath()).isExecutable(), "biber is required for this test");
        const test::BiberRun run = test::runBiber(QString::fromUtf8(after));
        QVERIFY2(run.ran && run.exitCode == 0, qPrintable(run.log));
        QVERIFY2(run.problems.isEmpty(), qPrintable(run.problems.join(QLatin1Char('\n'))));
        const QRegularExpression entry(QStringLiteral("^@(article|misc)\\{"),
                                       QRegularExpression::MultilineOption |
                                           QRegularExpression::CaseInsensitiveOption);
        QCOMPARE(run.output.count(entry), 4);
    }

    // One blank line between the file's text and the first new entry,
    // whatever the file ends with.
    void separatesNewEntriesByOneBlankLine_data()
    {
        QTest::addColumn<QByteArray>("existing");
        QTest::addColumn<QByteArray>("joined");
        const QByteArray entry = "@misc{a, title={A}}";
        QTest::newRow("no line end") << entry << entry + "\n\n@misc{";
        QTest::newRow("a line end") << entry + "\n" << entry + "\n\n@misc{";
        QTest::newRow("a blank line") << entry + "\n\n" << entry + "\n\n@misc{";
        QTest::newRow("blank lines and spaces") << entry + "\n \n\n" << entry + "\n \n\n@misc{";
        QTest::newRow("empty file") << QByteArray() << QByteArray("@misc{");
    }
    void separatesNewEntriesByOneBlankLine()
    {
        QFETCH(QByteArray, existing);
        QFETCH(QByteArray, joined);
        const QString path = fresh(existing);
        QVERIFY(bibappend::append(path, {doomArena()}, Encoding::Ascii).ok);
        const QByteArray after = readAll(path);
        QVERIFY2(after.startsWith(joined), after.constData());
        QVERIFY(after.endsWith("}\n"));
    }

    // Every paper already there: the file is not written at all.
    void nothingNewLeavesTheFileUntouched()
    {
        const QByteArray existing =
            test::readFixture(QStringLiteral("bibtex/arxiv_2504.14064_doomarena_post2024format.bib")) +
            "\n@misc{h, eprint={2510.21614v2}}\n";
        const QString path = fresh(existing);
        const QDateTime before = modified(path);
        const bibappend::Outcome outcome = bibappend::append(path, {other(), doomArena()}, Encoding::Utf8);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.changed);
        QCOMPARE(outcome.appended, 0);
        QCOMPARE(outcome.alreadyThere, 2);
        QCOMPARE(readAll(path), existing);
        QCOMPARE(modified(path), before);
        QCOMPARE(bibappend::describe(outcome, QStringLiteral("refs.bib")),
                 QStringLiteral("Nothing to append: 2 papers already in refs.bib, none new; the file was not "
                                "changed."));
    }

    // A file that does not exist yet is written with every paper.
    void createsAMissingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.bib"));
        const bibappend::Outcome outcome = bibappend::append(path, {doomArena(), other()}, Encoding::Utf8);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.appended, 2);
        QVERIFY(readAll(path).startsWith("@misc{boisvert2025"));
        QCOMPARE(bibappend::describe(outcome, QStringLiteral("new.bib")),
                 QStringLiteral("2 papers appended to new.bib."));
    }

    // What cannot be appended to: one line saying why, and the file as it was.
    void refusesFilesItCannotAppendTo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("binary") << "binary"
                                << "is not a text file";
        QTest::newRow("too large") << "large"
                                   << "is larger than 1 MiB";
        QTest::newRow("latin-1 for UTF-8 entries") << "latin1"
                                                   << "is not UTF-8";
        QTest::newRow("unfinished entry") << "unfinished"
                                          << "ends inside an unfinished entry (line 3)";
        QTest::newRow("unfinished value") << "unfinishedValue"
                                          << "ends inside an unfinished entry (line 1)";
        QTest::newRow("folder") << "folder"
                                << "is not a regular file";
        QTest::newRow("pipe") << "pipe"
                              << "is not a regular file";
        // Root reads any file whatever its mode; the row would prove nothing.
        if (::geteuid() != 0)
            QTest::newRow("unreadable") << "unreadable"
                                        << "cannot read";
    }
    void refusesFilesItCannotAppendTo()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QString path;
        QByteArray existing;
        if (kind == QLatin1String("binary")) {
            existing = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR@misc{x, eprint={1}}", 33);
        } else if (kind == QLatin1String("large")) {
            existing = "@misc{a, title={" + QByteArray(1024 * 1024, 'x') + "}}\n";
        } else if (kind == QLatin1String("latin1")) {
            existing = "@misc{a, author={Jos\xe9 M\xfcller}}\n";
        } else if (kind == QLatin1String("unfinished")) {
            existing = "@misc{a, title={A}}\n\n@misc{b, title={B},\n  year={2020}\n";
        } else if (kind == QLatin1String("unfinishedValue")) {
            existing = "@misc{a, title={A {nested}\n\nand on";
        } else if (kind == QLatin1String("folder")) {
            path = m_dir.filePath(QStringLiteral("folder.bib"));
            QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.bib")));
        } else if (kind == QLatin1String("pipe")) {
            path = m_dir.filePath(QStringLiteral("pipe.bib"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else {
            existing = "@misc{a, title={A}}\n";
        }
        if (path.isEmpty())
            path = fresh(existing);
        if (kind == QLatin1String("unreadable"))
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        const QDateTime before = modified(path);

        const bibappend::Outcome outcome = bibappend::append(
            path, {doomArena()}, kind == QLatin1String("latin1") ? Encoding::Utf8 : Encoding::Ascii,
            1024 * 1024);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(says), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(path), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QLatin1Char('\n')));
        QCOMPARE(bibappend::describe(outcome, path), outcome.error);
        QCOMPARE(modified(path), before);
        if (kind == QLatin1String("unreadable"))
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        if (!existing.isEmpty())
            QCOMPARE(readAll(path), existing);
        // The same Latin-1 file takes ASCII entries: they are the same bytes in either.
        if (kind == QLatin1String("latin1")) {
            QVERIFY(bibappend::append(path, {doomArena()}, Encoding::Ascii).ok);
            QVERIFY(readAll(path).startsWith(existing));
        }
    }

    // Another program holding the file's lock (another Paperboy appending,
    // `flock` in a script): the append waits its bound, then refuses in one
    // line and leaves the file as it was; once the lock goes, it appends.
    void aLockedFileIsNotWrittenOver()
    {
        const QByteArray existing = "@misc{mine, title={Mine}}\n";
        const QString path = fresh(existing);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        const bibappend::Outcome refused =
            bibappend::append(path, {doomArena()}, Encoding::Utf8, bibappend::kMaxFileBytes, 100);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error,
                 QStringLiteral("%1 is locked by another program changing it; try again").arg(path));
        QCOMPARE(readAll(path), existing);
        ::close(fd);
        const bibappend::Outcome appended =
            bibappend::append(path, {doomArena()}, Encoding::Utf8, bibappend::kMaxFileBytes, 100);
        QVERIFY2(appended.ok, qPrintable(appended.error));
        QVERIFY(readAll(path).startsWith(existing));
        QVERIFY(readAll(path).contains("2504.14064"));
    }

    // A write that fails (no file can be made beside this one) leaves the
    // file as it was and says why.
    void failedWriteLeavesTheFile()
    {
        const QString path = QStringLiteral("/proc/version");
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        const bibappend::Outcome outcome = bibappend::append(path, {doomArena()}, Encoding::Ascii);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("cannot write /proc/version")),
                 qPrintable(outcome.error));
        QCOMPARE(readAll(path), before);
    }

    // The scanner on its own: keys in lower case, line ends, ids.
    void scanReadsKeysAndLineEnds()
    {
        const bibscan::Holdings crlf =
            bibscan::scan("@misc{Key1, eprint={2504.14064}}\r\n@book{KEY2,\r\n}\r\n");
        QCOMPARE(crlf.keys, (QSet<QString>{QStringLiteral("key1"), QStringLiteral("key2")}));
        QCOMPARE(crlf.arxivIds, QSet<QString>{QStringLiteral("2504.14064")});
        QVERIFY(crlf.crlf);
        QCOMPARE(crlf.unfinishedLine, 0);
        QVERIFY(!bibscan::scan("@misc{a}\n@misc{b}\r\n@misc{c}\n").crlf);
        QCOMPARE(bibscan::arxivKey(QStringLiteral("arXiv:math.GT/0309136v1")),
                 QStringLiteral("math/0309136"));
        QCOMPARE(bibscan::arxivKey(QStringLiteral("2504.14064v2")), QStringLiteral("2504.14064"));
        QCOMPARE(bibscan::arxivKey(QStringLiteral("smith2020")), QString());
    }
};

QTEST_GUILESS_MAIN(TestBibAppend)
#include "tst_bibappend.moc"
