#include "TexAudit.h"
#include "arxiv/ApiParser.h"
#include "arxiv/FeedParser.h"
#include "export/BibtexWriter.h"
#include "export/TexField.h"
#include "support/Biber.h"
#include "support/RealDays.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using paperboy::BibtexWriter;
using paperboy::Paper;
using paperboy::test::biberPath;
using paperboy::test::BiberRun;
using paperboy::test::runBiber;

namespace {

const QString DoomArenaFixture = QStringLiteral("bibtex/arxiv_2504.14064_doomarena_post2024format.bib");
const QString HgmFixture = QStringLiteral("bibtex/arxiv_2510.21614_hgm_tex-accent-title_utf8-authors.bib");

// arXiv's own entry with what the writer adds: the month of the first
// version after the year, and the authors' letters in their LaTeX forms
// (arXiv writes UTF-8, which classic BibTeX and pdflatex cannot all read).
QString fixtureWithMonth(const QString &fixture, const QString &month)
{
    QString text = QString::fromUtf8(paperboy::test::readFixture(fixture));
    text.replace(QStringLiteral("Piękos"), QStringLiteral("Pi{\\k{e}}kos"));
    text.replace(QStringLiteral("Jürgen"), QStringLiteral("J{\\\"{u}}rgen"));
    const qsizetype year = text.indexOf(QLatin1String("      year={"));
    if (year < 0)
        qFatal("no year in %s", qPrintable(fixture));
    text.insert(text.indexOf(QLatin1Char('\n'), year) + 1,
                QStringLiteral("      month=") + month + QStringLiteral(",\n"));
    return text;
}

Paper makePaper(const QString &id, const QString &title, const QStringList &authors,
                const QDate &updated = QDate(2025, 6, 1))
{
    Paper p;
    p.id = id;
    p.title = title;
    p.authors = authors;
    p.categories = {QStringLiteral("cs.LG")};
    p.updated = updated;
    return p;
}

Paper doomArena()
{
    Paper p = makePaper(
        QStringLiteral("2504.14064"),
        QStringLiteral("DoomArena: A framework for Testing AI Agents Against Evolving Security Threats"),
        {QStringLiteral("Leo Boisvert"), QStringLiteral("Mihir Bansal"),
         QStringLiteral("Chandra Kiran Reddy Evuru"), QStringLiteral("Gabriel Huang"),
         QStringLiteral("Abhay Puri"), QStringLiteral("Avinandan Bose"), QStringLiteral("Maryam Fazel"),
         QStringLiteral("Quentin Cappart"), QStringLiteral("Jason Stanley"),
         QStringLiteral("Alexandre Lacoste"), QStringLiteral("Alexandre Drouin"),
         QStringLiteral("Krishnamurthy Dvijotham")},
        QDate(2025, 4, 23));
    p.version = 2;
    p.categories = {QStringLiteral("cs.CR"), QStringLiteral("cs.AI")};
    p.announced = QDate(2025, 4, 22);
    return p;
}

// The authors as arXiv's metadata spells them: TeX accents, or already UTF-8.
Paper hgm(bool texAuthors)
{
    Paper p = makePaper(
        QStringLiteral("2510.21614"),
        QStringLiteral("Huxley-G\\\"odel Machine: Human-Level Coding Agent Development by an "
                       "Approximation of the Optimal Self-Improving Machine"),
        {QStringLiteral("Wenyi Wang"),
         texAuthors ? QStringLiteral("Piotr Pi\\k{e}kos") : QStringLiteral("Piotr Piękos"),
         QStringLiteral("Li Nanbo"), QStringLiteral("Firas Laakom"), QStringLiteral("Yimeng Chen"),
         QStringLiteral("Mateusz Ostaszewski"), QStringLiteral("Mingchen Zhuge"),
         texAuthors ? QStringLiteral("J\\\"urgen Schmidhuber") : QStringLiteral("Jürgen Schmidhuber")},
        QDate(2025, 10, 24));
    p.categories = {QStringLiteral("cs.AI"), QStringLiteral("cs.LG")};
    return p;
}

// ---- a small BibTeX reader ----------------------------------------------

struct BibEntry
{
    QString type;
    QString key;
    QMap<QString, QString> fields; // lower-cased names
};

// Reads entries the way BibTeX's own parser does: @type{key, name = {value}, name = macro, ...}.
// Inside a value every brace counts, backslash-escaped or not. Anything that
// is not an entry (other than whitespace) is an error.
class BibReader
{
public:
    explicit BibReader(const QString &text)
        : m_text(text)
    {
    }

    QList<BibEntry> read()
    {
        QList<BibEntry> entries;
        while (skipSpace(), m_pos < m_text.size()) {
            BibEntry e;
            if (!expect(QLatin1Char('@')))
                return {};
            e.type = word().toLower();
            if (e.type.isEmpty() || !expect(QLatin1Char('{')))
                return {};
            const qsizetype comma = m_text.indexOf(QLatin1Char(','), m_pos);
            if (comma < 0)
                return fail(QStringLiteral("no key"));
            e.key = m_text.mid(m_pos, comma - m_pos).trimmed();
            m_pos = comma + 1;
            while (true) {
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('}')) {
                    ++m_pos;
                    break;
                }
                const QString name = word().toLower();
                skipSpace();
                if (name.isEmpty() || !expect(QLatin1Char('=')))
                    return {};
                skipSpace();
                // A value is braced, or the name of a string macro (month=jan).
                QString value;
                if (m_pos < m_text.size() && m_text.at(m_pos).isLetter())
                    value = word();
                else if (!bracedValue(value))
                    return {};
                if (e.fields.contains(name))
                    return fail(QStringLiteral("duplicate field ") + name);
                e.fields.insert(name, value);
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(','))
                    ++m_pos;
                else if (m_pos >= m_text.size() || m_text.at(m_pos) != QLatin1Char('}'))
                    return fail(QStringLiteral("expected , or } after ") + name);
            }
            entries << e;
        }
        return entries;
    }

    QString error() const { return m_error; }

private:
    QList<BibEntry> fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message + QStringLiteral(" at offset ") + QString::number(m_pos);
        return {};
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool expect(QChar c)
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        fail(QStringLiteral("expected ") + c);
        return false;
    }
    QString word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isLetterOrNumber())
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    bool bracedValue(QString &value)
    {
        if (!expect(QLatin1Char('{')))
            return false;
        int depth = 1;
        const qsizetype start = m_pos;
        for (; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth == 0)
                break;
        }
        if (depth != 0) {
            fail(QStringLiteral("unbalanced value"));
            return false;
        }
        value = m_text.mid(start, m_pos - start);
        ++m_pos;
        return true;
    }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

QList<BibEntry> readBib(const QString &text)
{
    BibReader reader(text);
    const QList<BibEntry> entries = reader.read();
    if (!reader.error().isEmpty())
        qWarning("BibTeX reader: %s", qPrintable(reader.error()));
    return entries;
}

// BibTeX's name splitting: " and " (any case) at brace depth 0.
QStringList splitNames(const QString &field)
{
    QStringList names;
    QString current;
    int depth = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        depth += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
        if (depth == 0 && field.mid(i, 5).compare(QLatin1String(" and "), Qt::CaseInsensitive) == 0) {
            names << current;
            current.clear();
            i += 4;
            continue;
        }
        current += c;
    }
    names << current;
    return names;
}

// What LaTeX would stumble over in a field value: & % # _ outside math, %
// and # anywhere, an unclosed $, unbalanced grouping braces, a lone
// backslash at the end. Empty when the value is safe.
QString latexProblem(const QString &value)
{
    bool math = false;
    int depth = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 == value.size())
                return QStringLiteral("trailing backslash");
            const QChar next = value.at(++i);
            if (next == QLatin1Char('(') || next == QLatin1Char('['))
                math = true;
            else if (next == QLatin1Char(')') || next == QLatin1Char(']'))
                math = false;
        } else if (c == QLatin1Char('$')) {
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('$'))
                ++i;
            math = !math;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}')) {
            if (--depth < 0)
                return QStringLiteral("unmatched }");
        } else if (c == QLatin1Char('%') || c == QLatin1Char('#')) {
            return QStringLiteral("raw ") + c;
        } else if (!math && (c == QLatin1Char('&') || c == QLatin1Char('_'))) {
            return QStringLiteral("raw ") + c + QStringLiteral(" outside math");
        }
    }
    if (math)
        return QStringLiteral("unclosed math");
    if (depth != 0)
        return QStringLiteral("unclosed {");
    return {};
}

// biber over `bib`: empty when it read the file without a warning or an
// error, else what went wrong; `output` is the file as biber writes it back.
QString biberProblem(const QString &bib, QString *output)
{
    if (!QFileInfo(biberPath()).isExecutable())
        return QStringLiteral("biber is required for this test (apt install biber)");
    const BiberRun run = runBiber(bib);
    if (!run.ran)
        return QStringLiteral("biber did not run");
    if (!run.problems.isEmpty())
        return run.problems.join(QLatin1Char('\n'));
    if (run.exitCode != 0)
        return run.log;
    *output = run.output;
    return {};
}

// The first of the errors pdflatex and bibtex report for characters or
// commands they cannot typeset: in a LaTeX log an error line starts with "!".
QString firstTexError(const QString &log)
{
    static const QRegularExpression error(
        QStringLiteral("^(!.*|.*(Undefined control sequence|Missing \\$|Unicode character|"
                       "error message|I couldn't open|I found no).*)$"),
        QRegularExpression::MultilineOption);
    const auto m = error.match(log);
    return m.hasMatch() ? m.captured(0) : QString();
}

// Runs one TeX program in dir, bounded: a run that waits for input or loops
// is killed. Returns an empty string, or what went wrong.
QString runTex(const QString &program, const QStringList &args, const QString &dir)
{
    constexpr int kTimeoutMs = 120'000;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return program +
               QStringLiteral(" is required for this test (scripts/setup.sh installs texlive-latex-base)");
    QProcess tex;
    tex.setWorkingDirectory(dir);
    tex.setProcessChannelMode(QProcess::MergedChannels);
    tex.setStandardInputFile(QProcess::nullDevice());
    // The fonts TeX makes for T1 (bitmaps, without cm-super) stay in the
    // test's folder.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TEXMFVAR"), dir);
    tex.setProcessEnvironment(env);
    tex.start(path, args);
    if (!tex.waitForFinished(kTimeoutMs)) {
        tex.kill();
        tex.waitForFinished();
        return program + QStringLiteral(" did not finish: ") +
               QString::fromLocal8Bit(tex.readAll().right(2000));
    }
    if (tex.exitStatus() != QProcess::NormalExit || tex.exitCode() != 0)
        return program + QStringLiteral(" failed (exit %1): ").arg(tex.exitCode()) +
               QString::fromLocal8Bit(tex.readAll().right(3000));
    return {};
}

// What a classic LaTeX user does with the file: a document citing every
// entry with the plain style, pdflatex, bibtex, pdflatex. Empty if that
// succeeds and neither log reports an error; else the first problem.
QString classicLatexProblem(const QString &bib)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    QFile bibFile(dir.filePath(QStringLiteral("day.bib")));
    QFile texFile(dir.filePath(QStringLiteral("doc.tex")));
    if (!bibFile.open(QIODevice::WriteOnly) || !texFile.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the document");
    bibFile.write(bib.toUtf8());
    bibFile.close();
    // The packages arXiv titles use (\mathbb, \mathcal, ...) and the usual
    // font encoding for European names.
    texFile.write("\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{amsmath,amssymb}\n"
                  "\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{day}\n"
                  "\\end{document}\n");
    texFile.close();
    const QStringList latexArgs = {QStringLiteral("-interaction=nonstopmode"),
                                   QStringLiteral("-halt-on-error"), QStringLiteral("-no-shell-escape"),
                                   QStringLiteral("doc.tex")};
    const auto logOf = [&dir](const QString &name) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const struct
    {
        QString program;
        QStringList args;
        QString log;
    } steps[] = {{QStringLiteral("pdflatex"), latexArgs, QStringLiteral("doc.log")},
                 {QStringLiteral("bibtex"), {QStringLiteral("doc")}, QStringLiteral("doc.blg")},
                 {QStringLiteral("pdflatex"), latexArgs, QStringLiteral("doc.log")},
                 {QStringLiteral("pdflatex"), latexArgs, QStringLiteral("doc.log")}};
    for (const auto &step : steps) {
        const QString failure = runTex(step.program, step.args, dir.path());
        const QString error = firstTexError(logOf(step.log));
        if (!error.isEmpty())
            return step.program + QStringLiteral(": ") + error;
        if (!failure.isEmpty())
            return failure;
    }
    const QString bbl = logOf(QStringLiteral("doc.bbl"));
    return bbl.count(QLatin1String("\\bibitem")) == readBib(bib).size()
               ? QString()
               : QStringLiteral("the bibliography does not list every entry");
}

// Titles that try to make LaTeX read or write files, run commands, redefine
// things or end the document, and what the writer makes of them: the same
// text, with every control sequence outside the allow-lists written out.
struct HostileTitle
{
    const char *name;
    const char *title;
    const char *field;
};

const HostileTitle HostileTitles[] = {
    {"input", R"(\input{/etc/passwd})", R"(\textbackslash{}input{/etc/passwd})"},
    {"end document", R"(Intro \end{document} tail)", R"(Intro \textbackslash{}end{document} tail)"},
    {"begin", R"(\begin{verbatim}x)", R"(\textbackslash{}begin{verbatim}x)"},
    {"write18", R"(\immediate\write18{curl x | sh})",
     R"(\textbackslash{}immediate\textbackslash{}write18{curl x | sh})"},
    {"definitions", R"(\def\x{\input}\let\y\include \newcommand{\z}{a})",
     R"(\textbackslash{}def\textbackslash{}x{\textbackslash{}input}\textbackslash{}let\textbackslash{}y\textbackslash{}include )"
     R"(\textbackslash{}newcommand{\textbackslash{}z}{a})"},
    {"catcode", R"(\catcode`\^^M=13)",
     R"(\textbackslash{}catcode`\textbackslash{}\textasciicircum{}\textasciicircum{}M=13)"},
    {"caret escape", R"(^^5cinput{/etc/passwd})",
     R"(\textasciicircum{}\textasciicircum{}5cinput{/etc/passwd})"},
    {"caret escape in a name", R"(\^^69nput x)",
     R"(\textbackslash{}\textasciicircum{}\textasciicircum{}69nput x)"},
    {"csname", R"(\csname input\endcsname{x})",
     R"(\textbackslash{}csname input\textbackslash{}endcsname{x})"},
    {"verb", R"(\verb|\input x|)", R"(\textbackslash{}verb|\textbackslash{}input x|)"},
    {"at letter", R"(\makeatletter\@input{x}\emph@x)",
     R"(\textbackslash{}makeatletter\textbackslash{}@input{x}\textbackslash{}emph@x)"},
    {"textdollar, which biber turns into $", R"(\textdollar x\textdollar)",
     R"(\textbackslash{}textdollar x\textbackslash{}textdollar)"},
    {"math input", R"($\input{/etc/passwd}$)", R"(${\mbox{\textbackslash{}}}input{/etc/passwd}$)"},
    {"math caret escape", R"($x^^5cinput$)", R"($x^{\mbox{\textasciicircum{}}}5cinput$)"},
    {"math caret across a stray brace", R"($x^}^y$)", R"($x^{\mbox{\textasciicircum{}}}y$)"},
    {"paren math", R"(\(\openin1=/etc/passwd\read1to\x\))",
     R"(\({\mbox{\textbackslash{}}}openin1=/etc/passwd{\mbox{\textbackslash{}}}read1to{\mbox{\textbackslash{}}}x\))"},
    {"display math", R"($$\end{document}$$)", R"($${\mbox{\textbackslash{}}}end{document}$$)"},
    {"math opened in math", R"($a\(b$)", R"($a{\mbox{\textbackslash{}}}(b$)"},
    {"alignment tab in math", R"($a&b$)", R"($a\&b$)"},
    {"math closed early by text in math", R"(a $\text{$x$}$ b)", R"(a $\text{}$x${}$ b)"},
    {"lone math opener", R"(\(x)", R"(\textbackslash{}(x)"},
    {"stray math closer", R"(a\) b)", R"(a\textbackslash{}) b)"},
    {"command joined across a stray brace", R"(\i}nput{x} $\in}put{x}$)", R"(\i{}nput{x} $\in{}put{x}$)"},
    {"caret in text", "ReLU^k Networks", R"(ReLU\textasciicircum{}k Networks)"},
    {"accent without a letter", R"(\^ 2 and \' x)",
     R"(\textbackslash{}\textasciicircum{} 2 and \textbackslash{}' x)"},
    {"math command in text", R"(\alpha-Divergence)", R"(\textbackslash{}alpha-Divergence)"},
    // What authors really write stays as it is.
    {"accents kept", R"(Schr\"odinger \'{e}t\'e Beno\^it \c{c}a Pi\k{e}kos {\o} \ss{} \^{\i} \~n)",
     R"(Schr\"odinger \'{e}t\'e Beno\^it \c{c}a Pi\k{e}kos {\o} \ss{} \^{\i} \~n)"},
    {"text commands kept", R"(\emph{Fast} \textbf{Bold} \texttt{code} {\em old} \LaTeX\ and \TeX)",
     R"(\emph{Fast} \textbf{Bold} \texttt{code} {\em old} \LaTeX\ and \TeX)"},
    {"math kept", R"($\mathcal{O}(\sqrt{N})$ $\alpha$-Divergence $\ell_1$ $\text{G}^2$ $x^{y^z}$)",
     R"($\mathcal{O}(\sqrt{N})$ $\alpha$-Divergence $\ell_1$ $\text{G}^2$ $x^{y^z}$)"},
    {"tie kept", "Fig.~3 by J.~Doe", "Fig.~3 by J.~Doe"},
};

// Every title and author list in the fixtures: the October 2025 days, the
// captured feeds and API answers (through the real parsers), and arXiv's
// own exports.
QList<Paper> fixturePapers()
{
    QList<Paper> papers;
    const QDir days(paperboy::test::fixturePath(QStringLiteral("arxiv-days-2025-10")));
    for (const QString &name : days.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        QFile file(days.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QStringList authors;
            for (const QJsonValue &a : o.value(QStringLiteral("authors")).toArray())
                authors << a.toString();
            papers << makePaper(o.value(QStringLiteral("id")).toString(),
                                o.value(QStringLiteral("title")).toString(), authors);
        }
    }
    const auto filesIn = [](const QString &folder, const QString &pattern) {
        const QDir dir(paperboy::test::fixturePath(folder));
        QStringList files;
        for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
            files << folder + QLatin1Char('/') + name;
        return files;
    };
    for (const QString &feed : filesIn(QStringLiteral("arxiv-rss"), QStringLiteral("*.xml")))
        papers << paperboy::parseListingFeed(paperboy::test::readFixture(feed)).feed.papers;
    for (const QString &feed : filesIn(QStringLiteral("arxiv-atom"), QStringLiteral("*.xml")))
        papers << paperboy::parseApiFeed(paperboy::test::readFixture(feed)).papers;
    for (const QString &bib : filesIn(QStringLiteral("bibtex"), QStringLiteral("*.bib"))) {
        for (const BibEntry &e : readBib(QString::fromUtf8(paperboy::test::readFixture(bib))))
            papers << makePaper(e.fields.value(QStringLiteral("eprint")),
                                e.fields.value(QStringLiteral("title")),
                                splitNames(e.fields.value(QStringLiteral("author"))));
    }
    return papers;
}

} // namespace

class TestBibtex : public QObject
{
    Q_OBJECT

private slots:
    void reproducesDoomArenaFixture();
    void reproducesHgmFixture_data();
    void reproducesHgmFixture();
    void fixtureEntriesReadBack();
    void keys_data();
    void keys();
    void keyIsNeverEmpty_data();
    void keyIsNeverEmpty();
    void duplicateKeysGetLetterSuffixes();
    void suffixSkipsKeysOfOtherPapers();
    void escapesTitles_data();
    void escapesTitles();
    void fixtureTitlesKeepTheirTex();
    void writesAuthors_data();
    void writesAuthors();
    void doiLineOnlyWithDoi();
    void yearFallsBack_data();
    void yearFallsBack();
    void yearIsTheFirstVersions_data();
    void yearIsTheFirstVersions();
    void fileLayout();
    void biberAcceptsTrickyFile();
    void everyCharacterBecomesAsciiTex();
    void realDayCompilesWithPdflatexAndBibtex();
    void realDayPassesBiber();
    void utf8KeepsLettersAndEscapesSpecials_data();
    void utf8KeepsLettersAndEscapesSpecials();
    void utf8KeepsAuthorsAndAsciiKeys();
    void realDayInUtf8PassesBiber();
    void biberCatchesBrokenFiles_data();
    void biberCatchesBrokenFiles();

private:
    QList<Paper> trickyPapers() const;
};

void TestBibtex::reproducesDoomArenaFixture()
{
    const QString expected = fixtureWithMonth(DoomArenaFixture, QStringLiteral("apr"));
    QCOMPARE(BibtexWriter::baseKey(doomArena()), QStringLiteral("boisvert2025doomarenaframeworktestingai"));
    QCOMPARE(BibtexWriter::write({doomArena()}), expected);
    QCOMPARE(BibtexWriter::entry(doomArena(), QStringLiteral("boisvert2025doomarenaframeworktestingai")),
             expected);
}

void TestBibtex::reproducesHgmFixture_data()
{
    QTest::addColumn<bool>("texAuthors");
    QTest::newRow("utf8 authors") << false;
    QTest::newRow("tex authors") << true;
}

void TestBibtex::reproducesHgmFixture()
{
    QFETCH(bool, texAuthors);
    const QString expected = fixtureWithMonth(HgmFixture, QStringLiteral("oct"));
    QCOMPARE(BibtexWriter::baseKey(hgm(texAuthors)),
             QStringLiteral("wang2025huxleygodelmachinehumanlevelcoding"));
    QCOMPARE(BibtexWriter::write({hgm(texAuthors)}), expected);
}

// The reader must understand arXiv's own files, or its verdicts elsewhere mean nothing.
void TestBibtex::fixtureEntriesReadBack()
{
    const QString text = QString::fromUtf8(paperboy::test::readFixture(HgmFixture)) + QLatin1Char('\n') +
                         QString::fromUtf8(paperboy::test::readFixture(DoomArenaFixture));
    const QList<BibEntry> entries = readBib(text);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).type, QStringLiteral("misc"));
    QCOMPARE(entries.at(0).key, QStringLiteral("wang2025huxleygodelmachinehumanlevelcoding"));
    QCOMPARE(entries.at(0).fields.value(QStringLiteral("title")).left(15),
             QStringLiteral("Huxley-G\\\"odel "));
    QCOMPARE(splitNames(entries.at(0).fields.value(QStringLiteral("author"))).size(), 8);
    QCOMPARE(entries.at(1).fields.value(QStringLiteral("primaryclass")), QStringLiteral("cs.CR"));
    QCOMPARE(entries.at(1).fields.value(QStringLiteral("url")),
             QStringLiteral("https://arxiv.org/abs/2504.14064"));
    QCOMPARE(entries.at(1).fields.size(), 7);
}

void TestBibtex::keys_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");

    // arXiv's words: split on spaces, stopwords tested on the raw word.
    QTest::newRow("pynlqn, new-style key")
        << QStringLiteral("Nils Müller")
        << QStringLiteral("A Principle for Global Optimization with Gradients")
        << QStringLiteral("muller2025principleglobaloptimizationgradients");
    QTest::newRow("stopwords in any case")
        << QStringLiteral("Ashish Vaswani") << QStringLiteral("Attention Is All You Need")
        << QStringLiteral("vaswani2025attentionneed");
    QTest::newRow("tex accent author")
        << QStringLiteral("José S\\'anchez") << QStringLiteral("The {B}ayes Factor")
        << QStringLiteral("sanchez2025bayesfactor");
    QTest::newRow("letters without decomposition")
        << QStringLiteral("Søren Weiß-{\\O}rsted") << QStringLiteral("{\\AE}sthetic Graphs")
        << QStringLiteral("weissorsted2025aestheticgraphs");
    QTest::newRow("surname prefix") << QStringLiteral("Ludwig van Beethoven") << QStringLiteral("Symphonies")
                                    << QStringLiteral("vanbeethoven2025symphonies");
    QTest::newRow("double prefix") << QStringLiteral("Johannes van der Waals") << QStringLiteral("Forces")
                                   << QStringLiteral("vanderwaals2025forces");
    QTest::newRow("suffix") << QStringLiteral("Martin Luther King Jr.") << QStringLiteral("Dreams")
                            << QStringLiteral("king2025dreams");
    QTest::newRow("collaboration") << QStringLiteral("ATLAS Collaboration") << QStringLiteral("Higgs Mass")
                                   << QStringLiteral("atlascollaboration2025higgsmass");
    QTest::newRow("math keeps letters only")
        << QStringLiteral("Ann Lee") << QStringLiteral("$\\mathcal{O}(n^2)$ Sorting in the {W}ild")
        << QStringLiteral("lee2025on2sortingwild");
    QTest::newRow("commands drop their names")
        << QStringLiteral("Ann Lee") << QStringLiteral("\\emph{Fast} R\\&D_2 100\\% -- Now")
        << QStringLiteral("lee2025fastrd2100");
    QTest::newRow("non-latin surname")
        << QStringLiteral("王伟") << QStringLiteral("Graph Networks") << QStringLiteral("2025graphnetworks");
    QTest::newRow("no authors") << QString() << QStringLiteral("Graph Networks")
                                << QStringLiteral("2025graphnetworks");
}

void TestBibtex::keys()
{
    QFETCH(QString, author);
    QFETCH(QString, title);
    QFETCH(QString, key);
    const QStringList authors =
        author.isEmpty() ? QStringList() : QStringList{author, QStringLiteral("B Other")};
    QCOMPARE(BibtexWriter::baseKey(makePaper(QStringLiteral("2501.00001"), title, authors)), key);
}

void TestBibtex::keyIsNeverEmpty_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("key");

    QTest::newRow("nothing but an id")
        << QStringLiteral("2504.14064") << QString() << QStringList() << QStringLiteral("arxiv250414064");
    QTest::newRow("only symbols") << QStringLiteral("2504.14064v3") << QStringLiteral("$$ --- ?!")
                                  << QStringList{QStringLiteral("王")} << QStringLiteral("arxiv250414064");
    QTest::newRow("old-style id") << QStringLiteral("hep-th/9901001") << QString() << QStringList()
                                  << QStringLiteral("arxiv9901001");
}

void TestBibtex::keyIsNeverEmpty()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QStringList, authors);
    QFETCH(QString, key);
    const Paper paper = makePaper(id, title, authors, QDate());
    QCOMPARE(BibtexWriter::baseKey(paper), key);
    const QList<BibEntry> entries = readBib(BibtexWriter::write({paper}));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, key);
    // biblatex requires a title: an untitled paper is named by its id.
    if (title.isEmpty())
        QCOMPARE(entries.first().fields.value(QStringLiteral("title")),
                 QStringLiteral("arXiv:") + entries.first().fields.value(QStringLiteral("eprint")));
}

// The first paper keeps the bare key, later ones get a, b, ... as biblatex
// users expect from their own tools.
void TestBibtex::duplicateKeysGetLetterSuffixes()
{
    QList<Paper> papers;
    for (int i = 0; i < 4; ++i)
        papers << makePaper(QStringLiteral("2501.0000%1").arg(i + 1), QStringLiteral("Equal Title"),
                            {QStringLiteral("Ann Smith")});
    papers.insert(2, doomArena());
    const QList<BibEntry> entries = readBib(BibtexWriter::write(papers));
    QStringList keys;
    for (const BibEntry &e : entries)
        keys << e.key;
    QCOMPARE(keys,
             (QStringList{QStringLiteral("smith2025equaltitle"), QStringLiteral("smith2025equaltitlea"),
                          QStringLiteral("boisvert2025doomarenaframeworktestingai"),
                          QStringLiteral("smith2025equaltitleb"), QStringLiteral("smith2025equaltitlec")}));
    QCOMPARE(entries.at(1).fields.value(QStringLiteral("eprint")), QStringLiteral("2501.00002"));
}

// A suffixed key must not take the bare key of another paper in the file.
void TestBibtex::suffixSkipsKeysOfOtherPapers()
{
    const QList<Paper> papers = {
        makePaper(QStringLiteral("2501.00001"), QStringLiteral("Foo"), {QStringLiteral("Ann Smith")}),
        makePaper(QStringLiteral("2501.00002"), QStringLiteral("Foo"), {QStringLiteral("Ann Smith")}),
        makePaper(QStringLiteral("2501.00003"), QStringLiteral("Fooa"), {QStringLiteral("Ann Smith")}),
    };
    const QList<BibEntry> entries = readBib(BibtexWriter::write(papers));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).key, QStringLiteral("smith2025foo"));
    QCOMPARE(entries.at(1).key, QStringLiteral("smith2025foob"));
    QCOMPARE(entries.at(2).key, QStringLiteral("smith2025fooa"));
}

void TestBibtex::escapesTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("field");

    auto row = [](const char *name, const char *title, const char *field) {
        QTest::newRow(name) << QString::fromUtf8(title) << QString::fromUtf8(field);
    };
    row("specials", R"(R&D at 50% of #1 my_var)", R"(R\&D at 50\% of \#1 my\_var)");
    // What pdflatex cannot read from a .bib becomes LaTeX: Greek and math
    // symbols are math (through \ensuremath outside $...$), letters with
    // accents braced accent commands, and what LaTeX has no name for a ?.
    row("greek in math", "$ω$Test: $a^ω$", R"(${\omega}$Test: $a^{\omega}$)");
    row("greek and symbols in text", "α ≤ β → ∞, x ∈ A × B",
        R"(\ensuremath{\alpha} \ensuremath{\leq} \ensuremath{\beta} \ensuremath{\to} \ensuremath{\infty}, x \ensuremath{\in} A \ensuremath{\times} B)");
    row("accented letters", "Café naïve Dvořák İ ǘ",
        R"(Caf{\'{e}} na{\"{i}}ve Dvo{\v{r}}{\'{a}}k {\.{I}} {\'{\"{u}}})");
    row("letters without accents", "Łódź Ørsted Straße", R"({\L}{\'{o}}d{\'{z}} {\O}rsted Stra{\ss}e)");
    row("accent in math", "$é$", R"($\mbox{{\'{e}}}$)");
    row("dashes and quotes", "a – b — “c” ‘d’ …", R"(a {--} b {---} {``}c{''} {`}d{'} {\ldots})");
    row("no LaTeX form", "深度 😀 ﬁne", "?? ? fine");
    row("already escaped", R"(Already \& escaped \% \_ \#)", R"(Already \& escaped \% \_ \#)");
    row("escaped backslash then special", R"(a\\& b)", R"(a\\\& b)");
    row("math kept", R"($\mathcal{O}(n^2)$ sort with $x_i$ and a_b)",
        R"($\mathcal{O}(n^2)$ sort with $x_i$ and a\_b)");
    row("paren and display math", R"(\(x_1\) and $$y_2$$ z_3)", R"(\(x_1\) and $$y_2$$ z\_3)");
    row("percent in math", R"($50%$ of $\#$)", R"($50\%$ of $\#$)");
    row("lone dollar", R"(Price in $ and more)", R"(Price in \$ and more)");
    row("odd dollars", R"($a$ costs $5)", R"($a$ costs \$5)");
    row("tex accent kept", R"(Huxley-G\"odel {B}ayes)", R"(Huxley-G\"odel {B}ayes)");
    row("unclosed brace", R"(Unbalanced {open)", R"(Unbalanced {open})");
    row("stray close", R"(Stray close} brace)", R"(Stray close brace)");
    row("reversed braces", R"(}{ swapped)", R"({ swapped})");
    row("escaped brace unclosed", R"(Escaped \{set)", R"(Escaped \{set\})");
    row("escaped close stray", R"(a\} b)", R"(a b)");
    row("mixed kinds", R"({a\} \{b})", R"({a \{b\}})");
    row("brace in math", R"($\frac{a$ and $b}$)", R"($\frac{a}$ and $b$)");
    row("group around math", R"({$x$} and {$y)", R"({$x$} and {\$y})");
    row("trailing backslash", R"(Trailing backslash \)", R"(Trailing backslash \textbackslash{})");
    row("at sign", R"(Mail me@example.org @misc{x,)", R"(Mail me@example.org @misc{x,})");
    row("whitespace", "  lots   of\n whitespace\t", "lots of whitespace");
    row("control characters", "bell\x07 and\x01 nul", "bell and nul");
    for (const HostileTitle &t : HostileTitles)
        row(t.name, t.title, t.field);
}

void TestBibtex::escapesTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, field);
    const QList<BibEntry> entries = readBib(
        BibtexWriter::write({makePaper(QStringLiteral("2501.00001"), title, {QStringLiteral("A B")})}));
    QCOMPARE(entries.size(), 1);
    const QString written = entries.first().fields.value(QStringLiteral("title"));
    QCOMPARE(written, field);
    QCOMPARE(latexProblem(written), QString());
    QCOMPARE(paperboy::texaudit::hazard(written), QString());
}

// Nothing real gets worse: every title and author in the fixtures is written
// without a command taken apart, its math exactly as arXiv has it (but for
// characters outside ASCII, which become LaTeX), the file is ASCII, and
// biber reads the whole file without a complaint.
void TestBibtex::fixtureTitlesKeepTheirTex()
{
    const QList<Paper> papers = fixturePapers();
    QVERIFY2(papers.size() > 2500, qPrintable(QString::number(papers.size())));
    const QString bib = BibtexWriter::write(papers);
    const QList<BibEntry> entries = readBib(bib);
    QCOMPARE(entries.size(), papers.size());

    static const QRegularExpression inlineMath(QStringLiteral("\\$[^$]+\\$"));
    QStringList problems;
    int mathSpans = 0;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const QString source = papers.at(i).title.simplified();
        const QString title = entries.at(i).fields.value(QStringLiteral("title"));
        const QString author = entries.at(i).fields.value(QStringLiteral("author"));
        for (const QString &value : {title, author}) {
            if (!paperboy::texaudit::hazard(value).isEmpty())
                problems << paperboy::texaudit::hazard(value) + QStringLiteral(" in {") + value + u'}';
        }
        if (title.contains(QLatin1String("textbackslash")) || author.contains(QLatin1String("textbackslash")))
            problems << QStringLiteral("a command taken apart in {%1} {%2}").arg(title, author);
        for (auto it = inlineMath.globalMatch(source); it.hasNext();) {
            const QString math = it.next().captured(0);
            ++mathSpans;
            const bool ascii =
                std::all_of(math.cbegin(), math.cend(), [](QChar c) { return c.unicode() < 0x80; });
            if (ascii && !title.contains(math))
                problems << QStringLiteral("%1 changed in {%2}").arg(math, title);
        }
    }
    for (const QChar c : bib)
        if (c.unicode() >= 0x80)
            problems << QStringLiteral("U+%1 left as it is").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(mathSpans >= 15, qPrintable(QString::number(mathSpans)));
    // The one title with a ^ outside math reads as its author meant it.
    QVERIFY(bib.contains(QLatin1String("title={Diffusion\\textasciicircum{}2: Turning 3D Environments")));

    // biber takes half a minute over them all; the papers with any TeX
    // special in their title or authors are the ones escaping can break.
    static const QRegularExpression special(QStringLiteral("[\\\\$^{}~_&%#]"));
    QList<Paper> marked;
    for (const Paper &p : papers) {
        if (p.title.contains(special) || p.authors.join(u' ').contains(special))
            marked << p;
    }
    QVERIFY2(marked.size() >= 30, qPrintable(QString::number(marked.size())));
    QString biberOutput;
    const QString problem = biberProblem(BibtexWriter::write(marked), &biberOutput);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readBib(biberOutput).size(), marked.size());
}

void TestBibtex::writesAuthors_data()
{
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("names");

    QTest::newRow("tex accents")
        << QStringList{QStringLiteral("José S\\'anchez"), QStringLiteral("G\\\"unter M{\\\"u}ller")}
        << QStringLiteral("Jos{\\'{e}} S{\\'{a}}nchez and G{\\\"{u}}nter M{\\\"{u}}ller") << 2;
    QTest::newRow("utf8") << QStringList{QStringLiteral("Piotr Piękos"), QStringLiteral("Jürgen Schmidhuber")}
                          << QStringLiteral("Piotr Pi{\\k{e}}kos and J{\\\"{u}}rgen Schmidhuber") << 2;
    QTest::newRow("letters") << QStringList{QStringLiteral("{\\L}ukasz Kaiser"),
                                            QStringLiteral("J.~Stra\\ss e")}
                             << QStringLiteral("{\\L}ukasz Kaiser and J. Stra{\\ss}e") << 2;
    QTest::newRow("collaboration") << QStringList{QStringLiteral("The ATLAS Collaboration"),
                                                  QStringLiteral("Jane Doe")}
                                   << QStringLiteral("{The ATLAS Collaboration} and Jane Doe") << 2;
    QTest::newRow("and inside a name")
        << QStringList{QStringLiteral("Tom and Jerry"), QStringLiteral("Ann AND Bo")}
        << QStringLiteral("{Tom and Jerry} and {Ann AND Bo}") << 2;
    QTest::newRow("and inside a word is fine")
        << QStringList{QStringLiteral("Alexandra Anderson")} << QStringLiteral("Alexandra Anderson") << 1;
    QTest::newRow("commas") << QStringList{QStringLiteral("Smith, John"), QStringLiteral("Doe, J., Jr., III")}
                            << QStringLiteral("{Smith, John} and {Doe, J., Jr., III}") << 2;
    QTest::newRow("specials") << QStringList{QStringLiteral("Procter \\& Gamble"),
                                             QStringLiteral("A_b C#d 5%")}
                              << QStringLiteral("{Procter \\& Gamble} and A\\_b C\\#d 5\\%") << 2;
    QTest::newRow("unbalanced") << QStringList{QStringLiteral("Ann {Lee"), QStringLiteral("Bo} Chen")}
                                << QStringLiteral("Ann {Lee} and Bo Chen") << 2;
    QTest::newRow("empty names dropped")
        << QStringList{QString(), QStringLiteral("  "), QStringLiteral("Ann Lee")}
        << QStringLiteral("Ann Lee") << 1;
    QTest::newRow("et al") << QStringList{QStringLiteral("Ann Lee"), QStringLiteral("et al.")}
                           << QStringLiteral("Ann Lee and others") << 2;
    QTest::newRow("commands") << QStringList{QStringLiteral("Ann \\input{/etc/passwd} Lee"),
                                             QStringLiteral("Bo^^5cinput Chen"),
                                             QStringLiteral("\\end{document}"),
                                             QStringLiteral("C. $\\write18{x}$ Doe")}
                              << QStringLiteral("Ann \\textbackslash{}input{/etc/passwd} Lee and "
                                                "Bo\\textasciicircum{}\\textasciicircum{}5cinput Chen and "
                                                "\\textbackslash{}end{document} and "
                                                "C. ${\\mbox{\\textbackslash{}}}write18{x}$ Doe")
                              << 4;
}

void TestBibtex::writesAuthors()
{
    QFETCH(QStringList, authors);
    QFETCH(QString, field);
    QFETCH(int, names);
    const QList<BibEntry> entries =
        readBib(BibtexWriter::write({makePaper(QStringLiteral("2501.00001"), QStringLiteral("T"), authors)}));
    QCOMPARE(entries.size(), 1);
    const QString written = entries.first().fields.value(QStringLiteral("author"));
    QCOMPARE(written, field);
    QCOMPARE(splitNames(written).size(), names);
    QCOMPARE(latexProblem(written), QString());
    QCOMPARE(paperboy::texaudit::hazard(written), QString());
}

void TestBibtex::doiLineOnlyWithDoi()
{
    Paper paper = doomArena();
    QVERIFY(!BibtexWriter::write({paper}).contains(QLatin1String("doi=")));

    paper.doi = QStringLiteral("10.1145/3597503.3639187");
    const QString withDoi = BibtexWriter::write({paper});
    QVERIFY(withDoi.contains(QLatin1String("      primaryClass={cs.CR},\n"
                                           "      doi={https://doi.org/10.1145/3597503.3639187},\n"
                                           "      url={https://arxiv.org/abs/2504.14064}, \n}\n")));

    // Already a link, or with odd characters: still one clean link.
    paper.doi = QStringLiteral(" https://doi.org/10.1002/(SICI)1097{x}_y ");
    const QList<BibEntry> entries = readBib(BibtexWriter::write({paper}));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().fields.value(QStringLiteral("doi")),
             QStringLiteral("https://doi.org/10.1002/(SICI)1097%7Bx%7D_y"));
}

void TestBibtex::yearFallsBack_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QDate>("updated");
    QTest::addColumn<QDate>("announced");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("keyYear");

    // The entry's year is the first version's; the key's is the latest
    // version's, as in arXiv's own key (arXiv gives 2501.14249 year 2026).
    QTest::newRow("published") << QStringLiteral("2501.14249") << QDate(2025, 1, 24) << QDate(2026, 2, 3)
                               << QDate(2026, 2, 4) << QStringLiteral("2025") << QStringLiteral("jan")
                               << QStringLiteral("2026");
    QTest::newRow("id, not the latest version")
        << QStringLiteral("2501.14249") << QDate() << QDate(2026, 2, 3) << QDate(2026, 2, 4)
        << QStringLiteral("2025") << QStringLiteral("jan") << QStringLiteral("2026");
    QTest::newRow("id, not the announcement")
        << QStringLiteral("2501.14249") << QDate() << QDate() << QDate(2026, 2, 4) << QStringLiteral("2025")
        << QStringLiteral("jan") << QStringLiteral("2026");
    QTest::newRow("new-style id") << QStringLiteral("2412.00001v2") << QDate() << QDate() << QDate()
                                  << QStringLiteral("2024") << QStringLiteral("dec")
                                  << QStringLiteral("2024");
    QTest::newRow("old-style id 199x")
        << QStringLiteral("hep-th/9901001") << QDate() << QDate() << QDate() << QStringLiteral("1999")
        << QStringLiteral("jan") << QStringLiteral("1999");
    QTest::newRow("old-style id 200x")
        << QStringLiteral("math/0611001") << QDate() << QDate() << QDate() << QStringLiteral("2006")
        << QStringLiteral("nov") << QStringLiteral("2006");
    QTest::newRow("id after the latest version")
        << QStringLiteral("2612.00001") << QDate() << QDate(2025, 3, 2) << QDate() << QStringLiteral("2025")
        << QStringLiteral("mar") << QStringLiteral("2025");
    QTest::newRow("no usable id") << QStringLiteral("2413.00001") << QDate() << QDate(2025, 3, 2) << QDate()
                                  << QStringLiteral("2025") << QStringLiteral("mar")
                                  << QStringLiteral("2025");
}

void TestBibtex::yearFallsBack()
{
    QFETCH(QString, id);
    QFETCH(QDate, published);
    QFETCH(QDate, updated);
    QFETCH(QDate, announced);
    QFETCH(QString, year);
    QFETCH(QString, month);
    QFETCH(QString, keyYear);
    Paper paper = makePaper(id, QStringLiteral("Some Title"), {QStringLiteral("Ann Lee")}, updated);
    paper.published = published;
    paper.announced = announced;
    const QString bib = BibtexWriter::write({paper});
    const QList<BibEntry> entries = readBib(bib);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().fields.value(QStringLiteral("year")), year);
    QVERIFY2(bib.contains(QStringLiteral("      month=") + month + QStringLiteral(",\n")), qPrintable(bib));
    QCOMPARE(entries.first().key, QStringLiteral("lee") + keyYear + QStringLiteral("title"));
    // The eprint and the link never carry a version.
    QVERIFY(!entries.first().fields.value(QStringLiteral("eprint")).contains(QLatin1String("v2")));
    QCOMPARE(entries.first().fields.value(QStringLiteral("url")),
             QStringLiteral("https://arxiv.org/abs/") +
                 entries.first().fields.value(QStringLiteral("eprint")));
}

// Real captures: replacements and cross-lists announced in 2026 of papers
// first submitted years before, from the API (which gives the first
// version's date) and from the feeds (which give only the id).
void TestBibtex::yearIsTheFirstVersions_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("month");
    const QString search = QStringLiteral("arxiv-atom/api2026_search_testing_100entries.xml");
    const QString rss =
        QStringLiteral("arxiv-rss/rss_combined_2026-09-24_cs.LG+cs.AI+cs.CL+stat.ML_trimmed4.xml");
    QTest::newRow("api v3 of 2016") << search << QStringLiteral("1609.07528") << QStringLiteral("2016")
                                    << QStringLiteral("sep");
    QTest::newRow("api v2 of 2023") << search << QStringLiteral("2306.07400") << QStringLiteral("2023")
                                    << QStringLiteral("jun");
    QTest::newRow("api legacy v2 of 2014")
        << QStringLiteral("arxiv-atom/api_legacy2016_search_au_del_maestro_10entries.xml")
        << QStringLiteral("1412.6529") << QStringLiteral("2014") << QStringLiteral("dec");
    QTest::newRow("api old-style id")
        << QStringLiteral("arxiv-atom/api2026_idlist_oldstyle_astro-ph_0601001.xml")
        << QStringLiteral("astro-ph/0601001") << QStringLiteral("2006") << QStringLiteral("jan");
    QTest::newRow("rss cross-list of 2022")
        << rss << QStringLiteral("2205.06398") << QStringLiteral("2022") << QStringLiteral("may");
    QTest::newRow("rss replacement of 2020")
        << rss << QStringLiteral("2009.13987") << QStringLiteral("2020") << QStringLiteral("sep");
}

void TestBibtex::yearIsTheFirstVersions()
{
    QFETCH(QString, fixture);
    QFETCH(QString, id);
    QFETCH(QString, year);
    QFETCH(QString, month);
    const QByteArray xml = paperboy::test::readFixture(fixture);
    const QList<Paper> papers = fixture.startsWith(QLatin1String("arxiv-rss/"))
                                    ? paperboy::parseListingFeed(xml).feed.papers
                                    : paperboy::parseApiFeed(xml).papers;
    const auto it = std::find_if(papers.cbegin(), papers.cend(), [&](const Paper &p) { return p.id == id; });
    QVERIFY(it != papers.cend());
    const QString bib = BibtexWriter::write({*it});
    const QList<BibEntry> entries = readBib(bib);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().fields.value(QStringLiteral("year")), year);
    QVERIFY2(bib.contains(QStringLiteral("      month=") + month + QStringLiteral(",\n")), qPrintable(bib));
    // The key stays arXiv's, which carries the latest version's year.
    const QString keyYear = QString::number((it->updated.isValid() ? it->updated : it->announced).year());
    QVERIFY2(entries.first().key.contains(keyYear), qPrintable(entries.first().key));
}

void TestBibtex::fileLayout()
{
    QCOMPARE(BibtexWriter::write({}), QString());
    const QString hgmEntry = fixtureWithMonth(HgmFixture, QStringLiteral("oct"));
    const QString doomEntry = fixtureWithMonth(DoomArenaFixture, QStringLiteral("apr"));
    const QString file = BibtexWriter::write({hgm(true), doomArena()});
    QCOMPARE(file, hgmEntry + QLatin1Char('\n') + doomEntry);
    QVERIFY(file.endsWith(QLatin1String("}\n")));
    QVERIFY(file.contains(QLatin1String("}\n\n@misc{")));
    QVERIFY(!file.contains(QLatin1String("\n\n\n")));
}

QList<Paper> TestBibtex::trickyPapers() const
{
    QList<Paper> papers = {doomArena(), hgm(true)};
    Paper tricky = makePaper(
        QStringLiteral("2501.00001"),
        QStringLiteral("R&D 50% #1 my_var $\\mathcal{O}(n^2)$ $x_i$ {open \\{set }stray $5 @misc{x, \\"),
        {QStringLiteral("José S\\'anchez"), QStringLiteral("The ATLAS Collaboration"),
         QStringLiteral("Tom and Jerry"), QStringLiteral("Doe, J., Jr., III"),
         QStringLiteral("Procter \\& Gamble"), QStringLiteral("Ann {Lee"),
         QStringLiteral("Jürgen Schmidhuber"), QStringLiteral("et al")});
    tricky.doi = QStringLiteral("10.1002/(SICI)1097-4636(199710)37:1<95::AID-JBM12>3.0.CO;2-A");
    papers << tricky << tricky;
    papers << makePaper(QStringLiteral("2501.00002"), QStringLiteral("$\\frac{a$ and $b}$ }{"),
                        {QStringLiteral("Bo} Chen")});
    papers << makePaper(QStringLiteral("hep-th/9901001"), QString(), {});
    for (const HostileTitle &t : HostileTitles)
        papers << makePaper(
            QStringLiteral("2502.%1").arg(papers.size(), 5, 10, QLatin1Char('0')), QString::fromUtf8(t.title),
            {QStringLiteral("Ann \\input{/etc/passwd} Lee"), QStringLiteral("Bo^^5cinput Chen")});
    return papers;
}

void TestBibtex::biberAcceptsTrickyFile()
{
    const QList<Paper> papers = trickyPapers();
    const QString bib = BibtexWriter::write(papers);
    const QList<BibEntry> ours = readBib(bib);
    QCOMPARE(ours.size(), papers.size());

    QString biberOutput;
    const QString problem = biberProblem(bib, &biberOutput);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // biber read every entry and split every author list as intended.
    const QList<BibEntry> theirs = readBib(biberOutput);
    QCOMPARE(theirs.size(), ours.size());
    QMap<QString, BibEntry> byKey;
    for (const BibEntry &e : theirs)
        byKey.insert(e.key, e);
    for (const BibEntry &e : ours) {
        QVERIFY2(byKey.contains(e.key), qPrintable(e.key));
        const QString author = e.fields.value(QStringLiteral("author"));
        const QString biberAuthor = byKey.value(e.key).fields.value(QStringLiteral("author"));
        QCOMPARE(biberAuthor.isEmpty(), author.isEmpty());
        if (!author.isEmpty())
            QCOMPARE(splitNames(biberAuthor).size(), splitNames(author).size());
        for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it) {
            if (it.key() != QLatin1String("url") && it.key() != QLatin1String("doi"))
                QVERIFY2(latexProblem(it.value()).isEmpty(),
                         qPrintable(it.key() + QLatin1String(": ") + it.value()));
        }
        // What biber writes back (it turns some commands into characters)
        // is as harmless as what it read.
        for (const BibEntry &read : {e, byKey.value(e.key)}) {
            for (const QString &name : {QStringLiteral("title"), QStringLiteral("author")}) {
                const QString hazard = paperboy::texaudit::hazard(read.fields.value(name));
                QVERIFY2(hazard.isEmpty(),
                         qPrintable(QStringLiteral("%1 of %2: %3 in {%4}")
                                        .arg(name, e.key, hazard, read.fields.value(name))));
            }
        }
    }
    const BibEntry tricky = byKey.value(QStringLiteral("sanchez2025rd501myvar"));
    QCOMPARE(splitNames(tricky.fields.value(QStringLiteral("author"))).size(), 8);
    const QString author = tricky.fields.value(QStringLiteral("author"));
    QVERIFY2(author.startsWith(
                 QStringLiteral("Sánchez, José and {The ATLAS Collaboration} and {Tom and Jerry} and "
                                "{Doe, J., Jr., III} and {Procter \\& Gamble} and ")),
             qPrintable(author));
    QVERIFY2(author.endsWith(QLatin1String(" and others")), qPrintable(author));
    QVERIFY(byKey.contains(QStringLiteral("sanchez2025rd501myvara")));
}

// Every paper of a real day (404 of them), and titles with what pdflatex
// cannot read from a .bib as it is: Greek letters and math symbols inside
// and outside math, accented letters, dashes, specials, CJK.
QList<Paper> realDayAndUnicode()
{
    QList<Paper> papers = paperboy::test::realDay(QDate(2025, 10, 1));
    if (papers.size() != 404)
        qFatal("the real day has %d papers", int(papers.size()));
    const char *titles[] = {
        "$ω$Test: WebView-Oriented Testing for Android Applications",
        "GRPO-$λ$: Credit Assignment with α ≤ β → ∞ and $x ∈ ℝ^{n×m}$, $a^ω$",
        "Café – naïve façade — “quotes” … 50% & #1 under_score {braces}",
        "Łódź, Ørsted, Straße, Ærø, İstanbul, Dvořák, ǘ, ﬁne: 深度学习 😀",
    };
    int n = 0;
    for (const char *title : titles)
        papers << makePaper(QStringLiteral("2510.9%1").arg(++n, 4, 10, QLatin1Char('0')),
                            QString::fromUtf8(title),
                            {QStringLiteral("Zoë Ćwikła"), QStringLiteral("Ἀλέξανδρος Παπαδόπουλος")});
    return papers;
}

// Every character of the Basic Multilingual Plane, in text and in math,
// comes out as ASCII that the allow-lists pass.
void TestBibtex::everyCharacterBecomesAsciiTex()
{
    QStringList problems;
    for (char32_t u = 0x80; u <= 0xffff; ++u) {
        const QChar c(char16_t(u), 0);
        if (c.isSurrogate())
            continue;
        for (const QString &title : {QStringLiteral("a%1b").arg(c), QStringLiteral("$a%1b$").arg(c)}) {
            const QString field = paperboy::texfield::escape(title);
            const bool ascii =
                std::all_of(field.cbegin(), field.cend(), [](QChar f) { return f.unicode() < 0x80; });
            const QString hazard = paperboy::texaudit::hazard(field);
            if (!ascii || !hazard.isEmpty())
                problems << QStringLiteral("U+%1: {%2} %3")
                                .arg(quint32(u), 4, 16, QLatin1Char('0'))
                                .arg(field, hazard);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestBibtex::realDayCompilesWithPdflatexAndBibtex()
{
    const QString problem = classicLatexProblem(BibtexWriter::write(realDayAndUnicode()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBibtex::realDayPassesBiber()
{
    const QList<Paper> papers = realDayAndUnicode();
    QString biberOutput;
    const QString problem = biberProblem(BibtexWriter::write(papers), &biberOutput);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readBib(biberOutput).size(), papers.size());
}

// For biber: letters and symbols outside ASCII stay as written; what TeX
// reads as syntax is escaped as in ASCII mode, and no control word runs on
// into a letter (XeTeX and LuaTeX read é as one).
void TestBibtex::utf8KeepsLettersAndEscapesSpecials_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *title, const char *field) {
        QTest::newRow(name) << QString::fromUtf8(title) << QString::fromUtf8(field);
    };
    row("letters and specials", "Café – naïve façade — “quotes” … 50% & #1 under_score {braces}",
        R"(Café – naïve façade — “quotes” … 50\% \& \#1 under\_score {braces})");
    row("math", "GRPO-$λ$: α ≤ β → ∞ and $x ∈ ℝ^{n×m}$", "GRPO-$λ$: α ≤ β → ∞ and $x ∈ ℝ^{n×m}$");
    row("names and scripts", "Łódź, Ørsted, Straße, 深度学习 😀", "Łódź, Ørsted, Straße, 深度学习 😀");
    row("hostile command", R"(\input{/etc/passwd} Ærø)", R"(\textbackslash{}input{/etc/passwd} Ærø)");
    row("control word before a letter", R"(\LaTeXé and $\alphaω$)", R"(\LaTeX{}é and $\alpha{}ω$)");
    row("caret and tilde", "a^b ~ ü", R"(a\textasciicircum{}b ~ ü)");
    row("bidirectional override", "abc\u202Edef\u2066g", "abcdefg");
}

void TestBibtex::utf8KeepsLettersAndEscapesSpecials()
{
    QFETCH(QString, title);
    QFETCH(QString, field);
    const QString written = paperboy::texfield::escape(title, paperboy::texfield::Encoding::Utf8);
    QCOMPARE(written, field);
    QCOMPARE(paperboy::texaudit::hazard(written), QString());
}

void TestBibtex::utf8KeepsAuthorsAndAsciiKeys()
{
    const Paper paper = makePaper(QStringLiteral("2510.00001"), QStringLiteral("Über Straße & Co"),
                                  {QStringLiteral("Zoë Ćwikła"), QStringLiteral("J\\\"urgen M\\\"uller")});
    const QString bib = BibtexWriter::write({paper}, {paperboy::texfield::Encoding::Utf8, {}});
    QVERIFY2(bib.startsWith(QStringLiteral("@misc{cwikla2025uberstrasse,\n")), qPrintable(bib));
    QVERIFY2(bib.contains(QStringLiteral("title={Über Straße \\& Co}")), qPrintable(bib));
    QVERIFY2(bib.contains(QStringLiteral("author={Zoë Ćwikła and Jürgen Müller}")), qPrintable(bib));
    // The same paper for pdflatex: ASCII only.
    const QString ascii = BibtexWriter::write({paper});
    QVERIFY(std::all_of(ascii.cbegin(), ascii.cend(), [](QChar c) { return c.unicode() < 0x80; }));
}

// A real day (the smallest of the captures, to keep biber quick) and the
// Unicode titles, written as UTF-8: biber reads every entry without a
// complaint and keeps the letters.
void TestBibtex::realDayInUtf8PassesBiber()
{
    QList<Paper> papers = paperboy::test::realDay(QDate(2025, 10, 6));
    QCOMPARE(papers.size(), 193);
    papers << realDayAndUnicode().mid(404);
    const QString bib = BibtexWriter::write(papers, {paperboy::texfield::Encoding::Utf8, {}});
    QVERIFY(bib.contains(QStringLiteral("Łódź, Ørsted, Straße, Ærø")));
    QVERIFY(bib.contains(QStringLiteral("author={Zoë Ćwikła and Ἀλέξανδρος Παπαδόπουλος}")));
    for (const BibEntry &e : readBib(bib)) {
        const QString hazard = paperboy::texaudit::hazard(e.fields.value(QStringLiteral("title")));
        QVERIFY2(hazard.isEmpty(), qPrintable(e.key + QStringLiteral(": ") + hazard));
    }
    QString biberOutput;
    const QString problem = biberProblem(bib, &biberOutput);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readBib(biberOutput).size(), papers.size());
    QVERIFY(biberOutput.contains(QStringLiteral("Ćwikła")));
}

// The biber check above can fail: biber does report what the writer guards against.
void TestBibtex::biberCatchesBrokenFiles_data()
{
    QTest::addColumn<QString>("bib");
    QTest::newRow("unbalanced brace")
        << QStringLiteral("@misc{a2025,\n      title={Unbalanced { brace}, \n"
                          "      year={2025},\n}\n\n@misc{b2025,\n      title={ok},\n}\n");
    QTest::newRow("unprotected commas") << QStringLiteral("@misc{a2025,\n      title={t},\n"
                                                          "      author={Doe, J., Jr., III},\n}\n");
    QTest::newRow("duplicate key") << QStringLiteral("@misc{a2025,\n      title={t},\n}\n\n"
                                                     "@misc{a2025,\n      title={u},\n}\n");
}

void TestBibtex::biberCatchesBrokenFiles()
{
    QFETCH(QString, bib);
    QVERIFY2(QFileInfo(biberPath()).isExecutable(), "biber is required for this test (apt install biber)");
    const BiberRun run = runBiber(bib);
    QVERIFY2(run.ran, "biber did not run");
    QVERIFY2(!run.problems.isEmpty(), qPrintable(run.log));
}

QTEST_GUILESS_MAIN(TestBibtex)
#include "tst_bibtex.moc"
