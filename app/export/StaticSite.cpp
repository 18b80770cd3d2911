#include "export/StaticSite.h"

#include "core/FileOutput.h"
#include "export/DigestParts.h"
#include "export/DigestSource.h"
#include "export/HtmlDigest.h"
#include "export/HtmlPage.h"
#include "export/SiteFeed.h"
#include "storage/PaperRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace paperboy::site {

namespace {

const QString kIndex = QStringLiteral("index.html");
const QString kFeed = QStringLiteral("feed.xml");

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("paperboy::site", text, comment, n);
}

// One line of the index.
struct DayLine
{
    QDate date;
    int papers = 0;
    int relevant = 0;
    bool scored = false; // a run made the day's scores: it has a cost
    double cost = 0;
};

DayLine lineOf(const Digest &d)
{
    DayLine line{d.day.date, int(d.papers.size()), d.relevant, !d.runs.isEmpty(), 0};
    const auto totals = digest::parts::byModel(d);
    for (const digest::parts::ModelTotals &t : totals)
        line.cost += t.promptCost + t.completionCost;
    return line;
}

// The day's own time, never the build's: its fetch or its latest run.
QDateTime updatedOf(const Digest &d)
{
    QDateTime t =
        d.day.fetchedAt.isValid() ? d.day.fetchedAt.toUTC() : QDateTime(d.day.date, QTime(0, 0), Qt::UTC);
    for (const RunRecord &r : d.runs)
        if (r.finishedAt.isValid() && r.finishedAt > t)
            t = r.finishedAt.toUTC();
    return t;
}

FeedDay feedDayOf(const Digest &d)
{
    FeedDay day{d.day.date, updatedOf(d), {}};
    for (const PaperRow &row : d.papers)
        if (row.relevant)
            day.papers << row.paper;
    return day;
}

QString pageName(const QDate &date)
{
    return date.toString(Qt::ISODate) + QStringLiteral(".html");
}

QString indexHtml(const QList<DayLine> &lines, int olderDays)
{
    using webpage::element;
    const QString title = tr("Paperboy digests", "web site: the title of the list of days");
    const QString feedTitle = tr("The relevant papers as a feed (Atom)", "web site: the link to the feed");
    QString html = webpage::pageStart(
        title,
        QStringLiteral("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"%1\" href=\"%2\"/>\n")
            .arg(feedTitle.toHtmlEscaped(), kFeed));
    html += QStringLiteral("<header>\n") + element("h1", title.toHtmlEscaped()) +
            element("p", webpage::link(kFeed, feedTitle.toHtmlEscaped()), QStringLiteral(" class=\"up\"")) +
            QStringLiteral("</header>\n<main>\n<table>\n");
    html += element("caption", tr("Every day in the cache, newest first").toHtmlEscaped());
    html += QStringLiteral("<thead><tr>");
    for (const QString &column : {tr("Day", "web site: column of the list of days"),
                                  tr("Papers", "web site: column of the list of days"),
                                  tr("Relevant", "web site: column of the list of days"),
                                  tr("Cost", "web site: column of the list of days")})
        html += QStringLiteral("<th scope=\"col\">%1</th>").arg(column.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const DayLine &line : lines) {
        const QString date = line.date.toString(Qt::ISODate);
        html += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(webpage::link(pageName(line.date), date))
                    .arg(line.papers)
                    .arg(line.relevant)
                    .arg(line.scored ? digest::parts::money(line.cost) : QStringLiteral("\u2013"));
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    if (olderDays > 0)
        html += element("p", tr("Older days not listed: %1").arg(olderDays).toHtmlEscaped());
    return html + QStringLiteral("</main>\n") + webpage::pageEnd();
}

// Writes the files of one folder whose bytes changed, and counts them.
class Folder
{
public:
    explicit Folder(const QString &path)
        : m_dir(path)
    {
    }

    bool put(const QString &name, const QByteArray &bytes, QString *error)
    {
        const QString path = m_dir.filePath(name);
        if (sameBytes(path, bytes))
            return true;
        if (!writeFileAtomically(path, bytes, error))
            return false;
        ++m_written;
        return true;
    }
    int written() const { return m_written; }

private:
    // A file of another size differs without reading it, so a large file
    // someone put there under a page's name is never read whole.
    static bool sameBytes(const QString &path, const QByteArray &bytes)
    {
        const QFileInfo info(path);
        if (!info.isFile() || info.size() != bytes.size())
            return false;
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.read(bytes.size() + 1) == bytes;
    }

    QDir m_dir;
    int m_written = 0;
};

// Whether the file at `path`, about to be replaced, is one a build wrote:
// nothing there, or a regular file carrying Paperboy's generator mark near
// its start. A page or index.html of the person's own, in the folder they
// chose, is never overwritten; nor is a pipe or a device under such a name.
bool isOursToReplace(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (!info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The mark is in the head of the page and before the feed's entries.
    const QByteArray head = file.read(4096);
    return head.contains("<meta name=\"generator\" content=\"Paperboy\"/>") ||
           head.contains("<generator>Paperboy</generator>");
}

// Names this site's feed for feed readers: the same for every build into
// the same folder, different for another folder.
QString feedId(const QString &folder)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
    const QString name = QStringLiteral("paperboy-site:") + QDir(folder).canonicalPath();
    return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

} // namespace

Outcome build(QSqlDatabase &db, const QString &folder, const Bounds &bounds, const Progress &progress)
{
    Outcome o;
    const auto fail = [&o](const QString &why, bool readFailed) {
        o.error = readFailed ? tr("cannot read the cache: %1").arg(why) : why;
        o.readFailed = readFailed;
        return o;
    };
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return fail(tr("%1 is a file, not a folder").arg(folder), false);
    QString why;
    const QList<DayRecord> all = PaperRepository(db).days(&why);
    if (!why.isEmpty())
        return fail(why, true);
    if (all.isEmpty())
        return fail(tr("the cache holds no day yet: fetch one first"), false);
    if (!info.exists() && !QDir().mkdir(folder))
        return fail(tr("cannot create the folder %1").arg(folder), false);
    if (const QFileInfo made(folder); !made.isWritable() || !made.isExecutable())
        return fail(tr("cannot write into the folder %1").arg(folder), false);

    const QList<DayRecord> days = all.mid(0, qMax(1, bounds.days));
    o.olderDays = int(all.size() - days.size());
    // Every name first: a refused build writes nothing at all.
    QStringList names{kIndex, kFeed};
    for (const DayRecord &day : days)
        names << pageName(day.date);
    for (const QString &name : std::as_const(names))
        if (const QString path = QDir(folder).filePath(name); !isOursToReplace(path))
            return fail(tr("%1 is not a page of a Paperboy site: it is kept, and nothing was written (choose "
                           "an empty folder, or the one an earlier build wrote)")
                            .arg(path),
                        false);
    Folder out(folder);
    QList<DayLine> lines;
    QList<FeedDay> feed;
    for (const DayRecord &day : days) {
        bool readFailed = false;
        const auto d = digest::collect(db, day.date, false, &why, &readFailed);
        if (!d) {
            o.error = why;
            o.readFailed = readFailed;
            return o;
        }
        if (!out.put(pageName(day.date), digest::toHtml(*d, kIndex).toUtf8(), &why))
            return fail(why, false);
        lines << lineOf(*d);
        if (feed.size() < bounds.feedDays)
            feed << feedDayOf(*d);
        if (progress && !progress(int(lines.size()), int(days.size()))) {
            o.stopped = true;
            o.days = int(lines.size());
            o.written = out.written();
            o.error =
                tr("stopped after %1 of %n day(s): the pages written stay, the list of days is as it was",
                   nullptr, int(days.size()))
                    .arg(o.days);
            return o;
        }
    }
    // Last, so that the index never lists a page that was not written.
    const QDateTime newest = QDateTime(days.first().date, QTime(0, 0), Qt::UTC);
    if (!out.put(kFeed, atomFeed(feed, feedId(folder), newest, bounds.feedEntries), &why) ||
        !out.put(kIndex, indexHtml(lines, o.olderDays).toUtf8(), &why))
        return fail(why, false);
    o.ok = true;
    o.days = int(days.size());
    o.written = out.written();
    return o;
}

} // namespace paperboy::site
