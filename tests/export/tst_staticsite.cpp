// The web site of the cache (export/StaticSite.h) on a real cache of real
// arXiv days: every page read back by a strict XML reader, every link
// followed to a file of the site or to arXiv, the Atom feed parsed, the
// pages' accessibility and colour contrast measured; a second build writes
// nothing, a changed day rewrites its page and what lists it, and a folder
// that is a file is refused with nothing written.
#include "export/SiteFeed.h"
#include "export/StaticSite.h"
#include "storage/Database.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/CacheProbe.h"
#include "support/HostileText.h"
#include "support/RealDays.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <cmath>
#include <sys/stat.h>

using namespace paperboy;

namespace {

const QList<QDate> kDays{QDate(2025, 10, 1), QDate(2025, 10, 2), QDate(2025, 10, 3), QDate(2025, 10, 6)};
constexpr int kPapers = 40; // of each day: enough for every kind of row, fast to build
const QString kModel = QStringLiteral("gpt-5-mini");

// What a strict reader finds in a page.
struct Page
{
    QString error;
    QString lang;
    QList<int> headings;
    int articles = 0;
    QStringList hrefs;
    QStringList ids;
    QStringList emptyLinks; // <a> without text
    int imagesWithoutAlt = 0;
    QStringList feedLinks;   // <link rel="alternate" type="application/atom+xml">
    QList<QStringList> rows; // the cells of each table body row, as text
    QString style;
};

Page readPage(const QByteArray &bytes)
{
    Page page;
    QXmlStreamReader xml(bytes);
    QStringList open;
    QString linkText, cell;
    QStringList row;
    bool inBody = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            open << name;
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("html"))
                page.lang = a.value(QLatin1String("lang")).toString();
            if (name.size() == 2 && name.at(0) == u'h' && name.at(1).isDigit())
                page.headings << name.mid(1).toInt();
            if (name == QLatin1String("article"))
                ++page.articles;
            if (name == QLatin1String("img") && a.value(QLatin1String("alt")).isEmpty())
                ++page.imagesWithoutAlt;
            if (name == QLatin1String("a")) {
                page.hrefs << a.value(QLatin1String("href")).toString();
                linkText.clear();
            }
            if (name == QLatin1String("link") &&
                a.value(QLatin1String("rel")) == QLatin1String("alternate") &&
                a.value(QLatin1String("type")) == QLatin1String("application/atom+xml"))
                page.feedLinks << a.value(QLatin1String("href")).toString();
            if (a.hasAttribute(QLatin1String("id")))
                page.ids << a.value(QLatin1String("id")).toString();
            if (name == QLatin1String("tbody"))
                inBody = true;
            if (inBody && name == QLatin1String("tr"))
                row.clear();
            if (inBody && (name == QLatin1String("td") || name == QLatin1String("th")))
                cell.clear();
        } else if (xml.isCharacters()) {
            if (open.contains(QLatin1String("a")))
                linkText += xml.text();
            if (inBody)
                cell += xml.text();
            if (!open.isEmpty() && open.last() == QLatin1String("style"))
                page.style += xml.text();
        } else if (xml.isEndElement()) {
            const QString name = open.takeLast();
            if (name == QLatin1String("a") && linkText.trimmed().isEmpty())
                page.emptyLinks << page.hrefs.last();
            if (inBody && (name == QLatin1String("td") || name == QLatin1String("th")))
                row << cell;
            if (inBody && name == QLatin1String("tr"))
                page.rows << row;
            if (name == QLatin1String("tbody"))
                inBody = false;
        }
    }
    if (xml.hasError())
        page.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return page;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The Atom feed as a reader takes it.
struct Entry
{
    QHash<QString, QString> text; // id, title, updated, summary
    QString link;
    QStringList authors;
};
struct Feed
{
    QString error;
    QHash<QString, QString> text; // id, title, updated
    bool hasAuthor = false;
    QList<Entry> entries;
};

Feed readFeed(const QByteArray &bytes)
{
    Feed feed;
    QXmlStreamReader xml(bytes);
    const QString atom = QStringLiteral("http://www.w3.org/2005/Atom");
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("feed") || xml.namespaceUri() != atom) {
        feed.error = QStringLiteral("no Atom feed element");
        return feed;
    }
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (name == QLatin1String("entry")) {
            Entry e;
            while (xml.readNextStartElement()) {
                const QString field = xml.name().toString();
                if (field == QLatin1String("link")) {
                    if (xml.attributes().value(QLatin1String("rel")) == QLatin1String("alternate"))
                        e.link = xml.attributes().value(QLatin1String("href")).toString();
                    xml.skipCurrentElement();
                } else if (field == QLatin1String("author")) {
                    while (xml.readNextStartElement())
                        if (xml.name() == QLatin1String("name"))
                            e.authors << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                } else {
                    e.text.insert(field, xml.readElementText());
                }
            }
            feed.entries << e;
        } else if (name == QLatin1String("author")) {
            feed.hasAuthor = true;
            xml.skipCurrentElement();
        } else {
            feed.text.insert(name, xml.readElementText(QXmlStreamReader::SkipChildElements));
        }
    }
    if (xml.hasError())
        feed.error = xml.errorString();
    return feed;
}

// WCAG 2.x: relative luminance of an sRGB colour written #rgb or #rrggbb,
// and the contrast ratio of two of them.
double luminance(const QString &hex)
{
    QString h = hex.mid(1);
    if (h.size() == 3)
        h = QString(h.at(0)) + h.at(0) + h.at(1) + h.at(1) + h.at(2) + h.at(2);
    const auto channel = [&h](int i) {
        const double c = h.mid(i * 2, 2).toInt(nullptr, 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

double contrast(const QString &a, const QString &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The custom properties (--fg:#1b1b1b) of the first :root{...} after `from`.
QHash<QString, QString> colours(const QString &style, qsizetype from)
{
    QHash<QString, QString> vars;
    const qsizetype start = style.indexOf(QLatin1String(":root{"), from);
    const qsizetype end = style.indexOf(u'}', start);
    if (start < 0 || end < 0)
        return vars;
    static const QRegularExpression var(QStringLiteral("--([a-z]+):(#[0-9a-fA-F]{3,6})\\b"));
    auto it = var.globalMatch(QStringView(style).sliced(start, end - start));
    while (it.hasNext()) {
        const auto m = it.next();
        vars.insert(m.captured(1), m.captured(2));
    }
    return vars;
}

struct FileId
{
    qint64 inode = 0;
    qint64 mtimeNs = 0;
    bool operator==(const FileId &o) const { return inode == o.inode && mtimeNs == o.mtimeNs; }
};

QHash<QString, FileId> snapshot(const QString &dir)
{
    QHash<QString, FileId> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        struct stat st;
        if (::stat(QFile::encodeName(QDir(dir).filePath(name)).constData(), &st) == 0)
            files.insert(name,
                         {qint64(st.st_ino), qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec});
    }
    return files;
}

QStringList changed(const QHash<QString, FileId> &before, const QHash<QString, FileId> &after)
{
    QStringList names;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()) || !(before.value(it.key()) == it.value()))
            names << it.key();
    names.sort();
    return names;
}

} // namespace

class TestStaticSite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    QHash<QDate, QStringList> m_picked; // the ids scored relevant, by day

    QString site(const QString &name) const { return m_tmp.filePath(name); }

    site::Outcome build(const QString &folder, const site::Bounds &bounds = {},
                        const site::Progress &progress = {})
    {
        Database db(m_db);
        QString error;
        if (!db.open(&error))
            qFatal("%s", qPrintable(error));
        return site::build(db.connection(), folder, bounds, progress);
    }

    // The model's scores of a day, as the reference judged it: its picks
    // 9/8 (relevant), the rest 2/3, with one finished run that paid for them.
    bool scoreDay(const QDate &date, QString *error)
    {
        Database db(m_db);
        if (!db.open(error))
            return false;
        ScoreRepository scores(db.connection());
        const auto criteria = scores.currentOrDefaults(error);
        if (!criteria)
            return false;
        const QString hash = criteria->criteria.scoringHash();
        RunRecord run;
        run.date = date;
        run.provider = QStringLiteral("openai");
        run.model = kModel;
        run.scoringHash = hash;
        run.id = scores.startRun(run, error);
        if (run.id <= 0)
            return false;
        const auto judgements = test::realDayJudgements(date);
        QList<PaperScore> list;
        for (const Paper &p : test::realDay(date, kPapers)) {
            const bool picked = judgements.value(p.id).picked;
            list.append({p.id, p.version, picked ? 9 : 2, picked ? 8 : 3, QStringLiteral("Judged."), false});
            if (picked)
                m_picked[date] << p.id;
        }
        if (!scores.storeScores(list, hash, kModel, run.id, error))
            return false;
        run.status = QStringLiteral("done");
        run.papers = int(list.size());
        run.promptTokens = 40000;
        run.completionTokens = 9000;
        return scores.finishRun(run, error);
    }

    bool rescore(const QString &id, int relevance, int novelty, QString *error)
    {
        Database db(m_db);
        if (!db.open(error))
            return false;
        ScoreRepository scores(db.connection());
        const auto criteria = scores.currentOrDefaults(error);
        const QList<RunRecord> runs = scores.runsForDay(kDays.at(1), error);
        return criteria && !runs.isEmpty() &&
               scores.storeScores({{id, 1, relevance, novelty, QStringLiteral("Judged again."), false}},
                                  criteria->criteria.scoringHash(), kModel, runs.last().id, error);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        for (const QDate &day : kDays) {
            QVERIFY2(test::storeDay(m_db, day, test::realDay(day, kPapers), &error), qPrintable(error));
            QVERIFY2(scoreDay(day, &error), qPrintable(error));
        }
        // The real days have picks among their first papers: the feed has entries.
        QVERIFY(!m_picked.value(kDays.first()).isEmpty());
    }

    void everyDayHasAWellFormedPage()
    {
        const QString dir = site(QStringLiteral("whole"));
        const site::Outcome o = build(dir);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.days, kDays.size());
        QCOMPARE(o.written, kDays.size() + 2); // the pages, the index, the feed

        const Page index = readPage(readFile(QDir(dir).filePath(QStringLiteral("index.html"))));
        QVERIFY2(index.error.isEmpty(), qPrintable(index.error));
        QCOMPARE(index.feedLinks, QStringList{QStringLiteral("feed.xml")});
        QCOMPARE(index.rows.size(), kDays.size());
        for (qsizetype i = 0; i < kDays.size(); ++i) {
            // Newest first: date, papers, relevant, cost.
            const QDate date = kDays.at(kDays.size() - 1 - i);
            const QStringList row = index.rows.at(i);
            QCOMPARE(row.size(), 4);
            QCOMPARE(row.at(0), date.toString(Qt::ISODate));
            QCOMPARE(row.at(1), QString::number(kPapers));
            QCOMPARE(row.at(2), QString::number(m_picked.value(date).size()));
            QVERIFY2(row.at(3).startsWith(u'$') && row.at(3) != QLatin1String("$0.0000"),
                     qPrintable(row.at(3)));

            const QByteArray bytes = readFile(QDir(dir).filePath(date.toString(Qt::ISODate) + ".html"));
            const Page page = readPage(bytes);
            QVERIFY2(page.error.isEmpty(), qPrintable(date.toString() + page.error));
            QCOMPARE(page.articles, kPapers);
            for (const Paper &p : test::realDay(date, kPapers))
                QVERIFY2(page.hrefs.contains(p.absUrl()), qPrintable(p.id));
            // The index's cost is the day page's: its cost row's total.
            QVERIFY2(bytes.contains("<td>" + row.at(3).toUtf8() + "</td></tr>"), qPrintable(row.at(3)));
            QVERIFY(page.hrefs.contains(QStringLiteral("index.html")));
        }
    }

    // Every link of every page is a valid URL: arXiv, a file of the site, or
    // an element of the same page.
    void linksResolve()
    {
        const QString dir = site(QStringLiteral("links"));
        QVERIFY(build(dir).ok);
        const QStringList pages = QDir(dir).entryList({QStringLiteral("*.html")}, QDir::Files);
        QCOMPARE(pages.size(), kDays.size() + 1);
        static const QRegularExpression arxiv(
            QStringLiteral("^https://arxiv\\.org/(abs|pdf)/\\d{4}\\.\\d{4,5}$"));
        for (const QString &name : pages) {
            const Page page = readPage(readFile(QDir(dir).filePath(name)));
            QVERIFY2(page.error.isEmpty(), qPrintable(name + page.error));
            for (const QString &href : page.hrefs + page.feedLinks) {
                const QUrl url(href, QUrl::StrictMode);
                QVERIFY2(url.isValid(), qPrintable(href));
                if (href.startsWith(u'#'))
                    QVERIFY2(page.ids.contains(href.mid(1)), qPrintable(href));
                else if (url.isRelative())
                    QVERIFY2(QFileInfo(QDir(dir).filePath(url.path())).isFile(), qPrintable(href));
                else
                    QVERIFY2(arxiv.match(href).hasMatch(), qPrintable(href));
            }
        }
    }

    // RFC 4287: a feed id, title, updated and author; each entry an id,
    // title, updated, link, author and summary: the relevant papers, newest
    // day first, with times taken from the cache, not from the clock.
    void feedHoldsTheRelevantPapers()
    {
        const QString dir = site(QStringLiteral("feed"));
        QVERIFY(build(dir).ok);
        const Feed feed = readFeed(readFile(QDir(dir).filePath(QStringLiteral("feed.xml"))));
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        const QString id = feed.text.value(QStringLiteral("id"));
        QVERIFY(QUrl(id, QUrl::StrictMode).isValid() && id.startsWith(QLatin1String("urn:uuid:")));
        QVERIFY(!feed.text.value(QStringLiteral("title")).isEmpty());
        QVERIFY(feed.hasAuthor);
        const QString feedUpdated = feed.text.value(QStringLiteral("updated"));
        const QDateTime updated = QDateTime::fromString(feedUpdated, Qt::ISODate);
        QVERIFY2(updated.isValid() && feedUpdated.endsWith(u'Z'), qPrintable(feedUpdated));
        QStringList expected;
        for (auto day = kDays.crbegin(); day != kDays.crend(); ++day)
            for (const QString &picked : m_picked.value(*day))
                expected << QStringLiteral("https://arxiv.org/abs/") + picked;
        QStringList ids;
        for (const Entry &e : feed.entries) {
            ids << e.text.value(QStringLiteral("id"));
            QCOMPARE(e.link, ids.last());
            for (const char *field : {"title", "summary", "updated"})
                QVERIFY2(!e.text.value(QLatin1String(field)).isEmpty(), field);
            QVERIFY(!e.authors.isEmpty());
            const QDateTime t = QDateTime::fromString(e.text.value(QStringLiteral("updated")), Qt::ISODate);
            QVERIFY2(t.isValid() && t <= updated, qPrintable(e.text.value(QStringLiteral("updated"))));
        }
        QCOMPARE(ids, expected);
        // The same feed id for the same folder, another for another folder.
        const auto idIn = [](const QString &folder) {
            return readFeed(readFile(QDir(folder).filePath(QStringLiteral("feed.xml"))))
                .text.value(QStringLiteral("id"));
        };
        QVERIFY(build(dir).ok);
        QCOMPARE(idIn(dir), id);
        QVERIFY(build(site(QStringLiteral("other"))).ok);
        QVERIFY(readFeed(readFile(site(QStringLiteral("other/feed.xml")))).text.value(QStringLiteral("id")) !=
                feed.text.value(QStringLiteral("id")));
    }

    // Small bounds: the newest days only, the index saying how many are left
    // out; the feed from the newest days, cut at its number of entries.
    void boundsHold()
    {
        const QString dir = site(QStringLiteral("bounded"));
        site::Bounds bounds;
        bounds.days = 2;
        bounds.feedDays = 1;
        bounds.feedEntries = 2;
        const site::Outcome o = build(dir, bounds);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.days, 2);
        QCOMPARE(o.olderDays, kDays.size() - 2);
        QCOMPARE(o.written, 4);
        QStringList pages = QDir(dir).entryList({QStringLiteral("20*.html")}, QDir::Files);
        QCOMPARE(pages, (QStringList{kDays.at(2).toString(Qt::ISODate) + ".html",
                                     kDays.at(3).toString(Qt::ISODate) + ".html"}));
        const QByteArray index = readFile(QDir(dir).filePath(QStringLiteral("index.html")));
        QCOMPARE(readPage(index).rows.size(), 2);
        QVERIFY(index.contains("Older days not listed: 2"));
        const Feed feed = readFeed(readFile(QDir(dir).filePath(QStringLiteral("feed.xml"))));
        const QStringList newest = m_picked.value(kDays.last());
        QVERIFY(newest.size() > 2);
        QCOMPARE(feed.entries.size(), 2);
        for (qsizetype i = 0; i < 2; ++i)
            QCOMPARE(feed.entries.at(i).text.value(QStringLiteral("id")),
                     QStringLiteral("https://arxiv.org/abs/") + newest.at(i));
    }

    // Every page: a language, one h1, headings that never skip a level,
    // images with alt text, links with text; and the style's text, muted
    // text and links at 4.5:1 or more against the background, light and dark.
    void pagesAreAccessible()
    {
        const QString dir = site(QStringLiteral("a11y"));
        QVERIFY(build(dir).ok);
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.html")}, QDir::Files)) {
            const Page page = readPage(readFile(QDir(dir).filePath(name)));
            QVERIFY2(page.error.isEmpty(), qPrintable(name + page.error));
            QCOMPARE(page.lang, QStringLiteral("en"));
            QCOMPARE(page.headings.count(1), 1);
            QCOMPARE(page.headings.first(), 1);
            for (qsizetype i = 1; i < page.headings.size(); ++i)
                QVERIFY2(page.headings.at(i) <= page.headings.at(i - 1) + 1, qPrintable(name));
            QCOMPARE(page.imagesWithoutAlt, 0);
            QVERIFY2(page.emptyLinks.isEmpty(), qPrintable(name + page.emptyLinks.join(u' ')));

            const qsizetype dark = page.style.indexOf(QLatin1String("prefers-color-scheme:dark"));
            QVERIFY2(dark > 0, qPrintable(name));
            for (const auto &[theme, vars] :
                 {std::pair{"light", colours(page.style, 0)}, std::pair{"dark", colours(page.style, dark)}}) {
                for (const char *fg : {"fg", "muted", "link"}) {
                    const QString a = vars.value(QLatin1String(fg)), b = vars.value(QStringLiteral("bg"));
                    QVERIFY2(!a.isEmpty() && !b.isEmpty(), theme);
                    const double ratio = contrast(a, b);
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 %2 %3 on %4: %5:1")
                                                          .arg(name, QLatin1String(theme), a, b)
                                                          .arg(ratio, 0, 'f', 2)));
                }
            }
        }
        // The measure itself, on known pairs: black on white 21:1, #777 on white just under 4.5:1.
        QCOMPARE(qRound(contrast(QStringLiteral("#000"), QStringLiteral("#ffffff"))), 21);
        QVERIFY(contrast(QStringLiteral("#777777"), QStringLiteral("#fff")) < 4.5);
        QVERIFY(contrast(QStringLiteral("#767676"), QStringLiteral("#fff")) >= 4.5);
    }

    // Nothing changed: nothing written, no file replaced. A star does not
    // show on the pages; a changed score rewrites that day's page and the
    // index and feed that count it, and no other file.
    void onlyWhatChangedIsWritten()
    {
        const QString dir = site(QStringLiteral("again"));
        QVERIFY(QDir().mkdir(dir));
        QFile notes(QDir(dir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("mine") == 4);
        notes.close();
        QVERIFY(build(dir).ok);
        const auto first = snapshot(dir);
        QCOMPARE(first.size(), kDays.size() + 3);

        const site::Outcome again = build(dir);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.written, 0);
        QCOMPARE(snapshot(dir), first);

        QString error;
        {
            Database db(m_db);
            QVERIFY(db.open(&error));
            QStringList unknown;
            QVERIFY(PaperRepository(db.connection())
                        .setStarred({test::realDay(kDays.at(1), 1).first().id}, true, &unknown, &error));
        }
        QCOMPARE(build(dir).written, 0);
        QCOMPARE(snapshot(dir), first);

        // A paper of the second day that was not relevant now is.
        QString id;
        for (const Paper &p : test::realDay(kDays.at(1), kPapers))
            if (!m_picked.value(kDays.at(1)).contains(p.id))
                id = p.id;
        QVERIFY(!id.isEmpty());
        QVERIFY2(rescore(id, 10, 10, &error), qPrintable(error));
        const site::Outcome after = build(dir);
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.written, 3);
        QCOMPARE(changed(first, snapshot(dir)),
                 (QStringList{kDays.at(1).toString(Qt::ISODate) + ".html", QStringLiteral("feed.xml"),
                              QStringLiteral("index.html")}));
        QVERIFY(readFile(QDir(dir).filePath(QStringLiteral("feed.xml"))).contains(id.toUtf8()));
        QCOMPARE(readFile(notes.fileName()), QByteArray("mine"));
        QVERIFY(rescore(id, 2, 3, &error)); // as it was, for the other tests
    }

    // A folder chosen with the person's own index.html (their home page, a
    // Documents folder): the build refuses in one line and writes nothing;
    // the same once the folder holds a site, for a page someone replaced.
    void filesItDidNotWriteAreKept()
    {
        const QString dir = site(QStringLiteral("theirs"));
        QVERIFY(QDir().mkdir(dir));
        const QString index = QDir(dir).filePath(QStringLiteral("index.html"));
        QFile own(index);
        QVERIFY(own.open(QIODevice::WriteOnly) && own.write("<html>my home page</html>") == 25);
        own.close();
        const site::Outcome o = build(dir);
        QVERIFY(!o.ok && !o.readFailed);
        QCOMPARE(o.error,
                 QStringLiteral("%1 is not a page of a Paperboy site: it is kept, and nothing was "
                                "written (choose an empty folder, or the one an earlier build wrote)")
                     .arg(index));
        QCOMPARE(readFile(index), QByteArray("<html>my home page</html>"));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("index.html")});

        // A site of its own in another folder, then a day's page replaced by hand.
        const QString built = site(QStringLiteral("built"));
        QVERIFY(build(built).ok);
        const QString page =
            QDir(built).filePath(kDays.at(1).toString(Qt::ISODate) + QStringLiteral(".html"));
        QVERIFY(QFile::remove(page));
        QFile mine(page);
        QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("notes") == 5);
        mine.close();
        const auto before = snapshot(built);
        QVERIFY(!build(built).ok);
        QCOMPARE(readFile(page), QByteArray("notes"));
        QCOMPARE(snapshot(built), before);
    }

    // The progress hook sees each day page as it is written, and stopping
    // after the first one leaves that page whole (the same bytes a whole
    // build writes) and neither the index nor the feed; the next build
    // finishes the site and rewrites nothing already there.
    void stoppingLeavesWholePagesAndNoIndex()
    {
        QList<QPair<int, int>> seen;
        const QString dir = site(QStringLiteral("stopped"));
        const site::Outcome o = build(dir, {}, [&seen](int done, int total) {
            seen.append({done, total});
            return false;
        });
        QVERIFY(!o.ok && o.stopped && !o.readFailed);
        QCOMPARE(o.days, 1);
        QCOMPARE(o.written, 1);
        QVERIFY2(!o.error.isEmpty() && !o.error.contains(u'\n'), qPrintable(o.error));
        QCOMPARE(seen, (QList<QPair<int, int>>{{1, int(kDays.size())}}));
        const QString newest = kDays.last().toString(Qt::ISODate) + QStringLiteral(".html");
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{newest});

        const QString whole = site(QStringLiteral("stopped-whole"));
        QVERIFY(build(whole).ok);
        const QByteArray page = readFile(QDir(dir).filePath(newest));
        QVERIFY(readPage(page).error.isEmpty());
        QCOMPARE(page, readFile(QDir(whole).filePath(newest)));

        seen.clear();
        const site::Outcome rest = build(dir, {}, [&seen](int done, int total) {
            seen.append({done, total});
            return true;
        });
        QVERIFY2(rest.ok, qPrintable(rest.error));
        QCOMPARE(rest.written, kDays.size() + 1); // the other pages, the index, the feed
        QCOMPARE(seen.size(), kDays.size());
        QCOMPARE(seen.last(), qMakePair(int(kDays.size()), int(kDays.size())));
        QCOMPARE(QDir(dir).entryList(QDir::Files), QDir(whole).entryList(QDir::Files));
    }

    // A file where the folder should be, or a folder that cannot be made:
    // one line, and nothing written anywhere.
    void aFileOrAnUnusableFolderIsRefused()
    {
        const QString file = site(QStringLiteral("site-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("keep") == 4);
        f.close();
        const QStringList before = QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const site::Outcome o = build(file);
        QVERIFY(!o.ok && !o.readFailed);
        QVERIFY2(o.error.contains(file) && !o.error.contains(u'\n'), qPrintable(o.error));
        QCOMPARE(readFile(file), QByteArray("keep"));
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);

        const QString nowhere = QStringLiteral("/proc/paperboy-site");
        const site::Outcome made = build(nowhere);
        QVERIFY(!made.ok);
        QVERIFY2(made.error.contains(nowhere) && !made.error.contains(u'\n'), qPrintable(made.error));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    // Paper text that tries to become markup stays text on the page and in
    // the feed, whose XML stays well-formed even with control characters.
    void hostileTextStaysText()
    {
        QTemporaryDir tmp;
        const QString db = tmp.filePath(QStringLiteral("hostile.sqlite"));
        const QDate day(2025, 10, 1);
        QList<Paper> papers = test::hostilePapers(day);
        for (Paper &p : papers) {
            p.title += QStringLiteral(" <script>alert(1)</script>\x01\x1b]]> &amp;");
            p.abstract += QStringLiteral("\x02\x0b") + QChar(0xFFFE);
        }
        QString error;
        QVERIFY2(test::storeDay(db, day, papers, &error), qPrintable(error));
        {
            Database open(db);
            QVERIFY(open.open(&error));
            ScoreRepository scores(open.connection());
            const auto criteria = scores.currentOrDefaults(&error);
            QVERIFY(criteria);
            RunRecord run;
            run.date = day;
            run.model = QStringLiteral("<b>gpt</b>");
            run.scoringHash = criteria->criteria.scoringHash();
            run.id = scores.startRun(run, &error);
            QList<PaperScore> list;
            for (const Paper &p : papers)
                list.append({p.id, p.version, 9, 8, test::hostileComment(), false});
            QVERIFY(scores.storeScores(list, run.scoringHash, run.model, run.id, &error));
            run.status = QStringLiteral("done");
            QVERIFY(scores.finishRun(run, &error));
        }
        Database open(db);
        QVERIFY(open.open(&error));
        const QString dir = tmp.filePath(QStringLiteral("site"));
        const site::Outcome o = site::build(open.connection(), dir);
        QVERIFY2(o.ok, qPrintable(o.error));
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.html")}, QDir::Files)) {
            const QByteArray bytes = readFile(QDir(dir).filePath(name));
            const Page page = readPage(bytes);
            QVERIFY2(page.error.isEmpty(), qPrintable(name + page.error));
            QVERIFY(!bytes.contains("<script") && !bytes.contains("<b>"));
        }
        const QByteArray xml = readFile(QDir(dir).filePath(QStringLiteral("feed.xml")));
        const Feed feed = readFeed(xml);
        QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
        QCOMPARE(feed.entries.size(), papers.size());
        for (const Entry &e : feed.entries)
            QVERIFY2(
                e.text.value(QStringLiteral("title")).contains(QLatin1String("<script>alert(1)</script>")),
                qPrintable(e.text.value(QStringLiteral("title"))));
        QVERIFY(!xml.contains("<script"));
    }
};

QTEST_GUILESS_MAIN(TestStaticSite)
#include "tst_staticsite.moc"
