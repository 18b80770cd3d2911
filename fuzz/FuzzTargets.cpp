#include "FuzzTargets.h"

#include "BibtexReader.h"
#include "TexAudit.h"

#include "arxiv/ApiParser.h"
#include "arxiv/ArxivId.h"
#include "arxiv/FeedParser.h"
#include "export/BibtexWriter.h"
#include "export/DigestWriter.h"
#include "export/HtmlDigest.h"
#include "export/PaperFormat.h"
#include "export/SafeOutput.h"
#include "export/SiteFeed.h"
#include "scoring/LlmClient.h"
#include "scoring/ReplyParser.h"
#include "scoring/ReplyScanner.h"
#include "text/TexDisplay.h"
#include "text/TexToUnicode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace paperboy::fuzz {

namespace {

QString &inputLabel()
{
    static QString label;
    return label;
}

[[noreturn]] void violated(const char *target, const char *condition, const QString &detail)
{
    std::fprintf(stderr, "fuzz target %s: invariant violated: %s\n  %s\n", target, condition,
                 qUtf8Printable(detail));
    if (!inputLabel().isEmpty())
        std::fprintf(stderr, "  input: %s\n", qUtf8Printable(inputLabel()));
    std::fflush(stderr);
    std::abort();
}

// `detail` is only evaluated when the condition fails: the checks run
// millions of times a minute.
#define FUZZ_REQUIRE(target, condition, detail)                                                              \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            violated(target, #condition, (detail));                                                          \
    } while (false)

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    // A deep copy: libFuzzer's buffer is exactly `size` long and
    // ASan should see any read past it in the code under test, not here.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

bool isOneLine(const QString &text)
{
    return !text.contains(u'\n') && !text.contains(u'\r');
}

// ---- arXiv feeds ----------------------------------------------------------

// What every parsed paper satisfies, from either parser.
void checkPaper(const char *target, const Paper &p)
{
    const ArxivId parsed = ArxivId::parse(p.id);
    FUZZ_REQUIRE(target, parsed.id == p.id && parsed.version == 0,
                 QStringLiteral("the id \"%1\" is not a bare arXiv id").arg(p.id));
    FUZZ_REQUIRE(target, p.version >= 1, QStringLiteral("%1 has version %2").arg(p.id).arg(p.version));
    // The cache refuses a paper without them; the parsers set such items aside.
    FUZZ_REQUIRE(target, !p.title.isEmpty() && !p.authors.isEmpty() && !p.abstract.isEmpty(),
                 QStringLiteral("%1 lacks a title, authors or an abstract").arg(p.id));
    FUZZ_REQUIRE(target, p.title == p.title.simplified(),
                 QStringLiteral("the title of %1 keeps raw whitespace: \"%2\"").arg(p.id, p.title));
    FUZZ_REQUIRE(target, p.abstract == p.abstract.simplified(),
                 QStringLiteral("the abstract of %1 keeps raw whitespace").arg(p.id));
    QSet<QString> categories;
    for (const QString &category : p.categories) {
        FUZZ_REQUIRE(target, !category.isEmpty() && !categories.contains(category),
                     QStringLiteral("%1 has an empty or repeated category in [%2]")
                         .arg(p.id, p.categories.join(u',')));
        categories.insert(category);
    }
}

} // namespace

int fuzzListingFeed(const uint8_t *data, size_t size)
{
    constexpr const char *T = "feedparser";
    const ListingParseResult r = parseListingFeed(bytesOf(data, size));
    if (r.ok) {
        FUZZ_REQUIRE(T, r.error.isEmpty() && !r.isFeedError, r.error);
        FUZZ_REQUIRE(T, r.feed.date.isValid(), QStringLiteral("an accepted feed has no date"));
        for (const Paper &p : r.feed.papers) {
            checkPaper(T, p);
            FUZZ_REQUIRE(T, p.announced.isValid() && p.updated.isValid(),
                         QStringLiteral("%1 has no announcement or update date").arg(p.id));
        }
    } else {
        FUZZ_REQUIRE(T, !r.error.isEmpty(), QStringLiteral("refused without a reason"));
        FUZZ_REQUIRE(T, isOneLine(r.error), QStringLiteral("the error is not one line: ") + r.error);
        FUZZ_REQUIRE(T, r.feed.papers.isEmpty(), QStringLiteral("a refused feed still has papers"));
    }
    return 0;
}

int fuzzApiFeed(const uint8_t *data, size_t size)
{
    constexpr const char *T = "apiparser";
    const ApiParseResult r = parseApiFeed(bytesOf(data, size));
    if (r.ok) {
        FUZZ_REQUIRE(T, r.error.isEmpty() && !r.isApiError, r.error);
        for (const Paper &p : r.papers)
            checkPaper(T, p);
    } else {
        FUZZ_REQUIRE(T, !r.error.isEmpty(), QStringLiteral("refused without a reason"));
        FUZZ_REQUIRE(T, isOneLine(r.error), QStringLiteral("the error is not one line: ") + r.error);
        FUZZ_REQUIRE(T, r.papers.isEmpty(), QStringLiteral("a refused answer still has papers"));
    }
    return 0;
}

// ---- the model's reply ------------------------------------------------------

namespace {

// The batch every fuzzed reply answers: new- and old-style ids, as the seeds
// and the dictionary spell them.
const QSet<QString> &replyBatch()
{
    static const QSet<QString> batch = {
        QStringLiteral("2609.26811"), QStringLiteral("2504.14064"),       QStringLiteral("2510.21614"),
        QStringLiteral("0704.0001"),  QStringLiteral("astro-ph/0601001"), QStringLiteral("hep-th/9901001"),
    };
    return batch;
}

// The scanner's regions form a tree over its cleaned text.
void checkScan(const reply::ScannedReply &s)
{
    constexpr const char *T = "replyparser";
    const auto count = qsizetype(s.spans.size());
    auto valid = [count](int index) { return index >= -1 && index < count; };
    for (qsizetype i = 0; i < count; ++i) {
        const reply::Span &span = s.spans[size_t(i)];
        FUZZ_REQUIRE(T, 0 <= span.start && span.start <= span.end && span.end <= s.text.size(),
                     QStringLiteral("span %1 [%2, %3) outside the text of %4 bytes")
                         .arg(i)
                         .arg(span.start)
                         .arg(span.end)
                         .arg(s.text.size()));
        FUZZ_REQUIRE(T, s.text.at(span.start) == span.opener,
                     QStringLiteral("span %1 does not start with its bracket").arg(i));
        FUZZ_REQUIRE(T, valid(span.firstChild) && valid(span.lastChild) && valid(span.nextSibling),
                     QStringLiteral("span %1 links outside the span list").arg(i));
        for (int child = span.firstChild; child >= 0; child = s.spans[size_t(child)].nextSibling) {
            const reply::Span &c = s.spans[size_t(child)];
            FUZZ_REQUIRE(T, child > i && c.start > span.start && c.end <= span.end,
                         QStringLiteral("child %1 is not inside its parent %2").arg(child).arg(i));
            FUZZ_REQUIRE(T, c.nextSibling < 0 || c.nextSibling > child,
                         QStringLiteral("the siblings of span %1 go backwards").arg(child));
        }
    }
    qsizetype lastEnd = 0;
    for (int index : s.topLevel) {
        FUZZ_REQUIRE(T, index >= 0 && index < count, QStringLiteral("top-level index %1").arg(index));
        const reply::Span &span = s.spans[size_t(index)];
        FUZZ_REQUIRE(T, span.start >= lastEnd, QStringLiteral("top-level regions overlap at %1").arg(index));
        lastEnd = span.end;
    }
}

} // namespace

int fuzzScoreReply(const uint8_t *data, size_t size)
{
    constexpr const char *T = "replyparser";
    const QByteArray bytes = bytesOf(data, size);
    checkScan(reply::scan(bytes, reply::NewlineInString::Continues));
    checkScan(reply::scan(bytes, reply::NewlineInString::EndsString));

    const QSet<QString> &batch = replyBatch();
    const ReplyParseResult r = parseScoreReply(QString::fromUtf8(bytes), batch);
    FUZZ_REQUIRE(T, r.scores.size() <= batch.size(), QStringLiteral("%1 scores").arg(r.scores.size()));
    FUZZ_REQUIRE(T, r.rejected >= 0 && r.rejected == r.problems.size(),
                 QStringLiteral("%1 rejected, %2 problems").arg(r.rejected).arg(r.problems.size()));
    QSet<QString> seen;
    for (const ParsedScore &s : r.scores) {
        FUZZ_REQUIRE(T, batch.contains(s.id), QStringLiteral("id \"%1\" is not in the batch").arg(s.id));
        FUZZ_REQUIRE(T, !seen.contains(s.id), QStringLiteral("two scores for %1").arg(s.id));
        seen.insert(s.id);
        FUZZ_REQUIRE(T, s.relevance >= 1 && s.relevance <= 10 && s.novelty >= 1 && s.novelty <= 10,
                     QStringLiteral("%1 scored %2/%3").arg(s.id).arg(s.relevance).arg(s.novelty));
    }
    return 0;
}

// ---- the chat-completion envelope -------------------------------------------

namespace {

// Three lines, then the body: the HTTP status, Retry-After and
// retry-after-ms (either may be empty).
struct Exchange
{
    int status = 0;
    QByteArray retryAfter;
    QByteArray retryAfterMs;
    QByteArray body;
};

Exchange splitExchange(const QByteArray &bytes)
{
    Exchange e;
    QByteArray lines[3];
    qsizetype pos = 0;
    for (QByteArray &line : lines) {
        const qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0) {
            line = bytes.mid(pos);
            pos = bytes.size();
            continue;
        }
        line = bytes.mid(pos, end - pos);
        pos = end + 1;
    }
    e.status = lines[0].trimmed().toInt();
    e.retryAfter = lines[1];
    e.retryAfterMs = lines[2];
    e.body = bytes.mid(pos);
    return e;
}

} // namespace

int fuzzChatEnvelope(const uint8_t *data, size_t size)
{
    constexpr const char *T = "llmenvelope";
    using E = LlmReply::Error;
    const Exchange e = splitExchange(bytesOf(data, size));
    const LlmReply r = LlmClient::interpret(e.status, e.body, e.retryAfter, e.retryAfterMs);
    const bool success = e.status >= 200 && e.status < 300;
    FUZZ_REQUIRE(T, r.httpStatus == e.status, QString::number(r.httpStatus));
    if (success) {
        FUZZ_REQUIRE(T, r.error == E::None || r.error == E::BadResponse,
                     QStringLiteral("a 2xx answer classified as error %1").arg(int(r.error)));
    } else {
        FUZZ_REQUIRE(T, r.error != E::None, QStringLiteral("HTTP %1 taken for a completion").arg(e.status));
    }
    if (r.error != E::None) {
        FUZZ_REQUIRE(T, !r.message.isEmpty() && isOneLine(r.message) && r.message.size() <= 400,
                     QStringLiteral("the message is not one short line: ") + r.message);
    }
    // The pattern LlmClient masks: nothing shaped like a key may reach a
    // message that is shown and logged.
    static const QRegularExpression key(
        QStringLiteral("\\b(sk-[A-Za-z0-9_\\-*]{6,}|AIza[A-Za-z0-9_\\-]{20,}|[A-Za-z0-9_\\-]{32,})"));
    FUZZ_REQUIRE(T, !key.match(r.message).hasMatch(), QStringLiteral("a key-shaped string in: ") + r.message);
    const TokenUsage &u = r.usage;
    const QString usage =
        QStringLiteral("usage %1/%2/%3/%4").arg(u.prompt).arg(u.completion).arg(u.cached).arg(u.reasoning);
    FUZZ_REQUIRE(T,
                 u.prompt >= 0 && u.completion >= 0 && 0 <= u.cached && u.cached <= u.prompt &&
                     0 <= u.reasoning && u.reasoning <= u.completion,
                 usage);
    // No reply can claim more than a request can use.
    FUZZ_REQUIRE(T, u.prompt <= TokenUsage::kMaxPerReply && u.completion <= TokenUsage::kMaxPerReply, usage);
    // Summed over any run, at the dearest price allowed, the counts stay
    // counts and the cost a finite amount a budget can compare.
    PriceTable prices;
    prices.set(QStringLiteral("m"),
               {ModelPrice::kMaxPerMillion, ModelPrice::kMaxPerMillion, ModelPrice::kMaxPerMillion});
    TokenUsage total = u;
    for (int i = 0; i < 70; ++i) {
        total += total;
        const double cost = prices.cost(QStringLiteral("m"), total);
        FUZZ_REQUIRE(T,
                     total.prompt >= u.prompt && total.completion >= u.completion &&
                         total.cached <= total.prompt && std::isfinite(cost) && cost >= 0,
                     usage + QStringLiteral(" summed %1 times: cost %2").arg(i + 1).arg(cost));
    }
    // Waits are capped at an hour, like the wait read from the message.
    if (r.error == E::RateLimited) {
        FUZZ_REQUIRE(T, r.retryAfterMs >= -1 && r.retryAfterMs <= 3600000,
                     QStringLiteral("retry after %1 ms").arg(r.retryAfterMs));
    } else {
        FUZZ_REQUIRE(T, r.retryAfterMs == -1, QStringLiteral("a wait on a %1 error").arg(int(r.error)));
    }
    return 0;
}

// ---- TeX for display -----------------------------------------------------------

namespace {

qsizetype asciiDigits(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The HTML holds no markup but the converter's own tags, properly nested,
// and no entity but the four it escapes with.
void checkHtml(const QString &html)
{
    constexpr const char *T = "texdisplay";
    static const QStringList tags = {QStringLiteral("sup"), QStringLiteral("sub"), QStringLiteral("i")};
    static const QStringList entities = {QStringLiteral("&lt;"), QStringLiteral("&gt;"),
                                         QStringLiteral("&amp;"), QStringLiteral("&quot;")};
    QStringList open;
    const QStringView view(html);
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            FUZZ_REQUIRE(T, end > i, QStringLiteral("a raw '<' at %1 in: ").arg(i) + html);
            const QString tag = view.sliced(i + 1, end - i - 1).toString();
            if (tag.startsWith(u'/')) {
                FUZZ_REQUIRE(T, !open.isEmpty() && open.last() == tag.mid(1),
                             QStringLiteral("<%1> closes nothing at %2 in: ").arg(tag).arg(i) + html);
                open.removeLast();
            } else {
                FUZZ_REQUIRE(T, tags.contains(tag),
                             QStringLiteral("a foreign tag <%1> in: ").arg(tag) + html);
                open << tag;
            }
            i = end;
        } else if (c == u'&') {
            const bool known = std::any_of(entities.cbegin(), entities.cend(),
                                           [&](const QString &e) { return view.sliced(i).startsWith(e); });
            FUZZ_REQUIRE(T, known, QStringLiteral("a raw '&' at %1 in: ").arg(i) + html);
        } else {
            FUZZ_REQUIRE(T, c != u'>' && c != u'"',
                         QStringLiteral("a raw '%1' at %2 in: ").arg(c).arg(i) + html);
        }
    }
    FUZZ_REQUIRE(T, open.isEmpty(), QStringLiteral("<%1> left open in: ").arg(open.join(u',')) + html);
}

} // namespace

int fuzzTexDisplay(const uint8_t *data, size_t size)
{
    constexpr const char *T = "texdisplay";
    const QString tex = QString::fromUtf8(bytesOf(data, size));

    // Every construct maps to at most as many UTF-16 units as it spans, and a
    // digit is neither a letter nor markup: none is ever swallowed.
    const QString accents = tex::accentsToUnicode(tex);
    FUZZ_REQUIRE(T, accents.size() <= tex.size(),
                 QStringLiteral("accentsToUnicode grew %1 to %2 units").arg(tex.size()).arg(accents.size()));
    FUZZ_REQUIRE(T, asciiDigits(accents) == asciiDigits(tex),
                 QStringLiteral("accentsToUnicode changed the digits: ") + accents);

    // Linear output: a few units per input unit at most.
    const QString text = tex::toDisplayText(tex);
    FUZZ_REQUIRE(T, text.size() <= 4 * tex.size() + 16,
                 QStringLiteral("toDisplayText made %1 units of %2").arg(text.size()).arg(tex.size()));
    const QString html = tex::toDisplayHtml(tex);
    FUZZ_REQUIRE(T, html.size() <= 16 * tex.size() + 64,
                 QStringLiteral("toDisplayHtml made %1 units of %2").arg(html.size()).arg(tex.size()));
    checkHtml(html);
    return 0;
}

// ---- BibTeX ------------------------------------------------------------------------

namespace {

constexpr char PaperSeparator = '\x1e';
constexpr char FieldSeparator = '\x1f';
constexpr char ItemSeparator = '\x1d';
constexpr int MaxPapers = 64;

// What the TeX of a value says once BibTeX's and LaTeX's escaping is
// removed: braces, backslashes, carets and the names of the writer's
// stand-ins for them (\textbackslash{}, \textasciicircum{}, and \mbox{} in
// math) do not count. The writer may escape, brace, neutralise or drop
// markup, never a character of the text itself.
QString meaning(QString tex)
{
    for (const char *standIn : {"textbackslash", "textasciicircum", "mbox"})
        tex.remove(QLatin1String(standIn));
    tex.removeIf([](QChar c) { return c == u'{' || c == u'}' || c == u'\\' || c == u'^'; });
    return tex;
}

// Whether a written value reads as the text meant. The writer spells every
// character outside ASCII in LaTeX (\\'{e}, \\ensuremath{\\omega}, ?), so
// where the text has such characters its ASCII runs must appear, in order,
// and the written value must be ASCII.
bool readsAs(const QString &written, const QString &meant)
{
    if (std::all_of(meant.cbegin(), meant.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return written == meant;
    if (!std::all_of(written.cbegin(), written.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return false;
    static const QRegularExpression nonAscii(QStringLiteral("[^\\x{0}-\\x{7f}]+"));
    qsizetype from = 0;
    for (const QString &run : meant.split(nonAscii, Qt::SkipEmptyParts)) {
        const qsizetype at = written.indexOf(run, from);
        if (at < 0)
            return false;
        from = at + run.size();
    }
    return true;
}

// Whitespace collapsed and control characters removed, as the writer
// documents for every TeX field.
QString cleaned(const QString &text)
{
    QString out = text.simplified();
    out.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    return out;
}

// A TeX value that LaTeX reads as it was meant: groups of both kinds, { }
// and \{ \}, nest; % and # (a comment, a parameter) are always escaped; no
// odd run of backslashes before the end would escape the field's brace.
void checkTexValue(const QString &field, const QString &value)
{
    constexpr const char *T = "bibtexwriter";
    QList<bool> stack;         // escaped?
    qsizetype backslashes = 0; // the run right before the current character
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool escaped = backslashes % 2 == 1;
        backslashes = c == u'\\' ? backslashes + 1 : 0;
        if (c == u'{') {
            stack << escaped;
        } else if (c == u'}') {
            FUZZ_REQUIRE(T, !stack.isEmpty() && stack.last() == escaped,
                         QStringLiteral("%1: groups do not nest at %2 in {%3}").arg(field).arg(i).arg(value));
            stack.removeLast();
        } else if (c == u'%' || c == u'#') {
            FUZZ_REQUIRE(T, escaped, QStringLiteral("%1: a raw '%2' in {%3}").arg(field, c, value));
        }
    }
    FUZZ_REQUIRE(T, stack.isEmpty(), QStringLiteral("%1: a group left open in {%2}").arg(field, value));
    FUZZ_REQUIRE(T, backslashes % 2 == 0,
                 QStringLiteral("%1: a trailing backslash in {%2}").arg(field, value));
}

// Nothing in a TeX value can do more than typeset itself (TexAudit.h).
void checkTexSafe(const QString &field, const QString &value)
{
    const QString problem = texaudit::hazard(value);
    FUZZ_REQUIRE("bibtexwriter", problem.isEmpty(),
                 QStringLiteral("%1: %2 in {%3}").arg(field, problem, value));
}

// Identifier and URL fields are verbatim for biber: nothing that breaks an
// entry or a link, and percent-decoded they read as written.
QString percentDecoded(QString text)
{
    text.replace(QStringLiteral("%7B"), QStringLiteral("{"));
    text.replace(QStringLiteral("%7D"), QStringLiteral("}"));
    text.replace(QStringLiteral("%5C"), QStringLiteral("\\"));
    text.replace(QStringLiteral("%20"), QStringLiteral(" "));
    return text;
}

void checkVerbatim(const QString &field, const QString &value, const QString &raw)
{
    constexpr const char *T = "bibtexwriter";
    const bool clean = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u'{' || c == u'}' || c == u'\\' || c.isSpace() || c.category() == QChar::Other_Control;
    });
    FUZZ_REQUIRE(T, clean, QStringLiteral("%1: a brace, backslash or space in {%2}").arg(field, value));
    if (raw.isNull())
        return;
    QString expected;
    for (const QChar c : raw.trimmed()) {
        if (c.isSpace())
            expected += u' ';
        else if (c.category() != QChar::Other_Control)
            expected += c;
    }
    FUZZ_REQUIRE(T, percentDecoded(value) == percentDecoded(expected),
                 QStringLiteral("%1: {%2} does not read back as \"%3\"").arg(field, value, expected));
}

void checkAuthors(const bib::Entry &entry, const Paper &paper)
{
    constexpr const char *T = "bibtexwriter";
    static const QRegularExpression etAl(QStringLiteral("^(et\\.?\\s*al\\.?|others)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    // Authors whose name is nothing but markup may be left out; every other
    // one is exactly one BibTeX name, in order, not read as "Last, First".
    QStringList expected;
    for (const QString &author : paper.authors) {
        const QString name = meaning(cleaned(tex::accentsToUnicode(author)));
        if (!name.trimmed().isEmpty())
            expected << name;
    }
    if (!entry.has(QStringLiteral("author"))) {
        FUZZ_REQUIRE(T, expected.isEmpty(),
                     QStringLiteral("no author field for %1 authors").arg(expected.size()));
        return;
    }
    const QString field = entry.value(QStringLiteral("author"));
    checkTexValue(QStringLiteral("author"), field);
    checkTexSafe(QStringLiteral("author"), field);
    const QStringList names = bib::splitNames(field);
    qsizetype next = 0;
    for (const QString &name : names) {
        FUZZ_REQUIRE(T, !bib::hasTopLevelComma(name),
                     QStringLiteral("\"%1\" reads as Last, First").arg(name));
        const QString read = meaning(name).trimmed();
        if (read.isEmpty())
            continue; // markup only, such as "{ }": no text of any author
        const bool matches =
            next < expected.size() &&
            (readsAs(read, expected.at(next).trimmed()) ||
             (name == QLatin1String("others") && etAl.match(expected.at(next).trimmed()).hasMatch()));
        FUZZ_REQUIRE(T, matches,
                     QStringLiteral("name %1 \"%2\" of {%3} is not author \"%4\"")
                         .arg(next)
                         .arg(name, field, next < expected.size() ? expected.at(next) : QString()));
        ++next;
    }
    FUZZ_REQUIRE(T, next == expected.size(),
                 QStringLiteral("%1 names for %2 authors in {%3}").arg(next).arg(expected.size()).arg(field));
}

} // namespace

int fuzzBibtexWriter(const uint8_t *data, size_t size)
{
    constexpr const char *T = "bibtexwriter";
    const QList<Paper> papers = decodePapers(bytesOf(data, size));
    const QString file = BibtexWriter::write(papers);
    const bib::ReadResult read = bib::read(file);
    FUZZ_REQUIRE(T, read.ok, read.error + QStringLiteral(" in:\n") + file);
    FUZZ_REQUIRE(T, read.entries.size() == papers.size(),
                 QStringLiteral("%1 entries for %2 papers").arg(read.entries.size()).arg(papers.size()));

    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9]+$"));
    static const QStringList allowed = {
        QStringLiteral("title"),        QStringLiteral("author"), QStringLiteral("year"),
        QStringLiteral("month"),        QStringLiteral("eprint"), QStringLiteral("archiveprefix"),
        QStringLiteral("primaryclass"), QStringLiteral("doi"),    QStringLiteral("url")};
    QSet<QString> keys;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &paper = papers.at(i);
        const bib::Entry &entry = read.entries.at(i);
        FUZZ_REQUIRE(T, entry.type == QLatin1String("misc"), entry.type);
        // The key as the writer means it: arXiv's key, maybe with a suffix
        // that makes it unique in the file.
        const QString base = BibtexWriter::baseKey(paper);
        FUZZ_REQUIRE(T, keyShape.match(entry.key).hasMatch() && !keys.contains(entry.key),
                     QStringLiteral("key \"%1\" is not a fresh ASCII key").arg(entry.key));
        FUZZ_REQUIRE(T, entry.key.startsWith(base) && keyShape.match(base).hasMatch(),
                     QStringLiteral("key \"%1\" is not arXiv's \"%2\"").arg(entry.key, base));
        const QString suffix = entry.key.mid(base.size());
        FUZZ_REQUIRE(
            T, std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; }),
            QStringLiteral("key \"%1\" has suffix \"%2\"").arg(entry.key, suffix));
        keys.insert(entry.key);
        for (const auto &field : entry.fields)
            FUZZ_REQUIRE(T, allowed.contains(field.first), QStringLiteral("a stray field ") + field.first);

        // title: the text of the paper's title, escaped but complete.
        const QString title = entry.value(QStringLiteral("title"));
        checkTexValue(QStringLiteral("title"), title);
        checkTexSafe(QStringLiteral("title"), title);
        const QString meant = meaning(cleaned(paper.title));
        if (!meant.isEmpty())
            FUZZ_REQUIRE(T, readsAs(meaning(title), meant),
                         QStringLiteral("title {%1} does not read as \"%2\"").arg(title, meant));
        FUZZ_REQUIRE(T, !title.isEmpty(), QStringLiteral("an empty title"));
        checkAuthors(entry, paper);

        // The year is the first version's: never after the latest one's.
        const QString year = entry.value(QStringLiteral("year"));
        const QDate latest = paper.updated.isValid() ? paper.updated : paper.announced;
        if (paper.published.isValid())
            FUZZ_REQUIRE(T, year == QString::number(paper.published.year()), QStringLiteral("year ") + year);
        else if (latest.isValid())
            FUZZ_REQUIRE(T, !year.isEmpty() && year.toInt() <= latest.year(), QStringLiteral("year ") + year);

        FUZZ_REQUIRE(T, entry.has(QStringLiteral("eprint")) && entry.has(QStringLiteral("url")),
                     QStringLiteral("no eprint or url"));
        const QString eprint = entry.value(QStringLiteral("eprint"));
        checkVerbatim(QStringLiteral("eprint"), eprint, QString());
        const ArxivId id = ArxivId::parse(paper.id);
        if (id.isValid() && (paper.id == id.id || paper.id == id.id + u'v' + QString::number(id.version)))
            FUZZ_REQUIRE(T, eprint == id.id, QStringLiteral("eprint {%1} for id %2").arg(eprint, paper.id));
        FUZZ_REQUIRE(T,
                     entry.value(QStringLiteral("url")) == QStringLiteral("https://arxiv.org/abs/") + eprint,
                     entry.value(QStringLiteral("url")));
        FUZZ_REQUIRE(T, entry.value(QStringLiteral("archiveprefix")) == QLatin1String("arXiv"),
                     QStringLiteral("archivePrefix"));
        if (entry.has(QStringLiteral("primaryclass")))
            checkVerbatim(QStringLiteral("primaryClass"), entry.value(QStringLiteral("primaryclass")),
                          paper.primaryCategory());
        FUZZ_REQUIRE(T, entry.has(QStringLiteral("doi")) == !paper.doi.trimmed().isEmpty(),
                     QStringLiteral("doi field for \"%1\"").arg(paper.doi));
        if (entry.has(QStringLiteral("doi"))) {
            const QString doi = entry.value(QStringLiteral("doi"));
            FUZZ_REQUIRE(T, doi.startsWith(QLatin1String("https://doi.org/")), doi);
            checkVerbatim(QStringLiteral("doi"), doi, QString());
        }
    }
    return 0;
}

// ---- the digest, the JSON outputs and the table ------------------------------

namespace {

// What a Markdown reader shows for safe::markdownText's output: its
// backslash escapes and character references undone, nothing else.
QString markdownShown(const QString &md)
{
    static const QString punctuation = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    QString out;
    for (qsizetype i = 0; i < md.size(); ++i) {
        const QChar c = md.at(i);
        if (c == u'\\' && i + 1 < md.size() && punctuation.contains(md.at(i + 1))) {
            out += md.at(++i);
        } else if (c == u'&') {
            const qsizetype end = md.indexOf(u';', i);
            if (end < 0)
                violated("exportformats", "a complete character reference", md.mid(i, 12));
            const QString name = md.mid(i + 1, end - i - 1);
            if (name == QLatin1String("amp"))
                out += u'&';
            else if (name == QLatin1String("lt"))
                out += u'<';
            else if (name == QLatin1String("gt"))
                out += u'>';
            else if (name.startsWith(u'#'))
                out += QChar(name.mid(1).toUShort());
            else
                violated("exportformats", "a known character reference", md.mid(i, 12));
            i = end;
        } else {
            out += c;
        }
    }
    return out;
}

// One line of text as the digest means to show it.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

void checkMarkdownText(const QString &text)
{
    constexpr const char *T = "exportformats";
    const QString md = safe::markdownText(text);
    static const QRegularExpression markup(QStringLiteral("[<>\\[\\]`|@\\n\\r]|://|www\\."),
                                           QRegularExpression::CaseInsensitiveOption);
    FUZZ_REQUIRE(T, !markup.match(md).hasMatch(),
                 QStringLiteral("\"%1\" has \"%2\"").arg(md, markup.match(md).captured(0)));
    qsizetype trailing = 0;
    while (trailing < md.size() && md.at(md.size() - 1 - trailing) == u'\\')
        ++trailing;
    FUZZ_REQUIRE(T, trailing % 2 == 0, QStringLiteral("\"%1\" ends in an escape").arg(md));
    FUZZ_REQUIRE(T, markdownShown(md) == oneLine(text),
                 QStringLiteral("\"%1\" shows as \"%2\"").arg(md, markdownShown(md)));
}

// Everything before the prompt is the digest's own lines, and the paper
// text in them; the only links are to arXiv; the prompt's fence is never
// closed early.
void checkMarkdown(const QString &md, const Digest &d)
{
    constexpr const char *T = "exportformats";
    const QString promptHeading = QStringLiteral("\n## Paper selection prompt\n\n");
    const qsizetype split = md.lastIndexOf(promptHeading);
    FUZZ_REQUIRE(T, split > 0, QStringLiteral("no prompt heading"));
    const QString body = md.left(split + 1);
    const QString fenced = md.mid(split + promptHeading.size());
    const QString fence = fenced.left(fenced.indexOf(u't'));
    FUZZ_REQUIRE(T, fence.size() >= 4 && fence.count(u'`') == fence.size(), QStringLiteral("fence ") + fence);
    FUZZ_REQUIRE(T, fenced.endsWith(u'\n' + fence + u'\n'), QStringLiteral("the fence is not closed last"));
    const QString inside = fenced.mid(fence.size(), fenced.size() - 2 * fence.size() - 2);
    FUZZ_REQUIRE(T, !inside.contains(fence), QStringLiteral("the prompt closes the fence"));

    static const QRegularExpression line(QStringLiteral(
        "^(|# Paperboy digest .*|## Table of contents|## \\d+\\. .*|\\d+\\. .* Authors: .*|\\| .*\\|"
        "|\\|---\\|---\\|---\\|---\\||Total (arXiv|scanned|relevant) papers: \\d+|ArXiv ID: .*|Authors: .*"
        "|Abstract: .*|Comment: .*|Relevance: \\d+ Novelty: \\d+|Not scored\\.)$"));
    for (const QString &l : body.split(u'\n'))
        FUZZ_REQUIRE(T, line.match(l).hasMatch(), QStringLiteral("a line the digest does not write: ") + l);
    FUZZ_REQUIRE(T, !body.contains(u'<') && !body.contains(u'>'), QStringLiteral("markup in the digest"));
    FUZZ_REQUIRE(T, body.count(u'[') == d.papers.size() + (d.runs.isEmpty() ? 0 : 1),
                 QStringLiteral("%1 [ for %2 papers").arg(body.count(u'[')).arg(d.papers.size()));
    FUZZ_REQUIRE(T, body.count(QLatin1String("](")) == d.papers.size(),
                 QStringLiteral("a link of the text's"));
    for (const PaperRow &row : d.papers) {
        const QString link =
            QStringLiteral("[%1](%2)\n").arg(safe::markdownText(row.paper.id), row.paper.absUrl());
        FUZZ_REQUIRE(T, body.contains(link), QStringLiteral("no link ") + link);
        FUZZ_REQUIRE(T, QUrl(row.paper.absUrl(), QUrl::StrictMode).host() == QLatin1String("arxiv.org"),
                     row.paper.absUrl());
        for (const QString &text : {row.paper.title, row.paper.authors.join(QStringLiteral(", ")),
                                    row.paper.abstract, row.scoreComment, row.paper.id})
            checkMarkdownText(text);
    }
}

// JSON that reads back as the document it was made from, without a byte a
// web page or a terminal would take for markup or control.
void checkJson(const QByteArray &bytes, const QJsonValue &expected)
{
    constexpr const char *T = "exportformats";
    for (const char *bad :
         {"<", ">", "&", "\x7f", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xe2\x80\xae", "\xe2\x81\xa6"})
        FUZZ_REQUIRE(T, !bytes.contains(bad),
                     QStringLiteral("a raw %1 in the JSON").arg(QString::fromUtf8(bad)));
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i)
        FUZZ_REQUIRE(T, !(uchar(bytes.at(i)) == 0xC2 && uchar(bytes.at(i + 1)) < 0xA0),
                     QStringLiteral("a raw C1 control in the JSON"));
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(bytes, &error);
    FUZZ_REQUIRE(T, error.error == QJsonParseError::NoError, error.errorString());
    const QJsonValue value = read.isArray() ? QJsonValue(read.array()) : QJsonValue(read.object());
    FUZZ_REQUIRE(T, value == expected, QStringLiteral("the JSON does not read back as written"));
}

// The web page is XHTML-compatible: it parses as XML whatever the papers
// hold, each paper is one <article>, and no element can run or load
// anything (no script, style sheet, frame, image or form of the papers').
void checkHtmlPage(const QString &html, qsizetype papers)
{
    constexpr const char *T = "exportformats";
    static const QSet<QString> forbidden = {
        QStringLiteral("script"), QStringLiteral("iframe"), QStringLiteral("img"),  QStringLiteral("object"),
        QStringLiteral("embed"),  QStringLiteral("link"),   QStringLiteral("form"), QStringLiteral("base")};
    QXmlStreamReader xml(html);
    qsizetype articles = 0;
    int styles = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        FUZZ_REQUIRE(T, !forbidden.contains(name), QStringLiteral("a <%1> element in the page").arg(name));
        articles += name == QLatin1String("article");
        styles += name == QLatin1String("style");
        for (const QXmlStreamAttribute &a : xml.attributes())
            FUZZ_REQUIRE(T, !a.name().startsWith(QLatin1String("on")),
                         QStringLiteral("an event attribute %1 on <%2>").arg(a.name().toString(), name));
    }
    FUZZ_REQUIRE(T, !xml.hasError(), QStringLiteral("the page is not well-formed: ") + xml.errorString());
    FUZZ_REQUIRE(T, articles == papers,
                 QStringLiteral("%1 articles for %2 papers").arg(articles).arg(papers));
    FUZZ_REQUIRE(T, styles == 1, QStringLiteral("%1 style elements").arg(styles));
}

// The Atom feed parses as XML for any paper text, with one entry per paper.
void checkFeed(const QByteArray &feed, qsizetype papers)
{
    constexpr const char *T = "exportformats";
    QXmlStreamReader xml(feed);
    qsizetype entries = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("entry"))
            ++entries;
    FUZZ_REQUIRE(T, !xml.hasError(), QStringLiteral("the feed is not well-formed: ") + xml.errorString());
    FUZZ_REQUIRE(T, entries == papers, QStringLiteral("%1 entries for %2 papers").arg(entries).arg(papers));
}

} // namespace

int fuzzExportFormats(const uint8_t *data, size_t size)
{
    constexpr const char *T = "exportformats";
    const QByteArray bytes = bytesOf(data, size);
    const qsizetype split = bytes.indexOf(ModelSeparator);
    const QString model = split < 0 ? QString() : QString::fromUtf8(bytes.left(split));
    const QList<PaperRow> rows = decodeRows(split < 0 ? bytes : bytes.mid(split + 1));

    DayRecord day;
    day.date = QDate(2026, 4, 27);
    day.announced = day.kept = int(rows.size());
    Criteria criteria = Criteria::defaults();
    QList<RunRecord> runs;
    if (split >= 0) {
        RunRecord run;
        run.model = model;
        runs << run;
        criteria.topics.first().relevant += model;
    }
    const Digest d = digest::make(day, runs, rows, criteria, PriceTable(), false);
    checkMarkdown(digest::toMarkdown(d), d);
    checkMarkdownText(model);
    checkJson(digest::toJsonBytes(d), digest::toJson(d));
    checkHtmlPage(digest::toHtml(d, QStringLiteral("index.html")), rows.size());
    // The feed takes each paper once: ids made distinct, so every row is an entry.
    site::FeedDay feedDay;
    feedDay.date = day.date;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Paper p = rows.at(i).paper;
        p.id = QStringLiteral("2604.%1").arg(10000 + i);
        feedDay.papers << p;
    }
    checkFeed(
        site::atomFeed({feedDay}, QStringLiteral("urn:uuid:0"), QDateTime(day.date, QTime(20, 0), Qt::UTC)),
        qMin<qsizetype>(rows.size(), site::kFeedEntries));
    checkJson(papersToJsonBytes(rows), papersToJson(rows));

    const QString table = papersToTable(rows, 100);
    FUZZ_REQUIRE(T, table.count(u'\n') == rows.size() + 1,
                 QStringLiteral("%1 lines").arg(table.count(u'\n')));
    for (const QChar c : table) {
        FUZZ_REQUIRE(T,
                     c == u'\n' ||
                         (c.category() != QChar::Other_Control && !(c >= u'\u202A' && c <= u'\u202E') &&
                          !(c >= u'\u2066' && c <= u'\u2069') && c != QChar::LineSeparator &&
                          c != QChar::ParagraphSeparator),
                     QStringLiteral("U+%1 in the table").arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return 0;
}

// ---- the registry, the paper codec and the seeds ---------------------------------

const QList<Target> &targets()
{
    static const QList<Target> list = {
        {"feedparser", fuzzListingFeed},      {"apiparser", fuzzApiFeed},
        {"replyparser", fuzzScoreReply},      {"llmenvelope", fuzzChatEnvelope},
        {"texdisplay", fuzzTexDisplay},       {"bibtexwriter", fuzzBibtexWriter},
        {"exportformats", fuzzExportFormats},
    };
    return list;
}

void setInputLabel(const QString &label)
{
    inputLabel() = label;
}

QList<PaperRow> decodeRows(const QByteArray &bytes)
{
    QList<PaperRow> rows;
    if (bytes.isEmpty())
        return rows;
    for (const QByteArray &record : bytes.split(PaperSeparator)) {
        if (rows.size() == MaxPapers)
            break;
        const QList<QByteArray> f = record.split(FieldSeparator);
        auto text = [&f](int i) { return i < f.size() ? QString::fromUtf8(f.at(i)) : QString(); };
        auto list = [&f](int i) {
            QStringList items;
            if (i < f.size() && !f.at(i).isEmpty()) {
                for (const QByteArray &item : f.at(i).split(ItemSeparator))
                    items << QString::fromUtf8(item);
            }
            return items;
        };
        PaperRow row;
        Paper &p = row.paper;
        p.id = text(0);
        p.title = text(1);
        p.authors = list(2);
        p.categories = list(3);
        p.doi = text(4);
        p.updated = QDate::fromString(text(5), Qt::ISODate);
        p.announced = QDate::fromString(text(6), Qt::ISODate);
        p.abstract = text(7);
        if (f.size() > 8) {
            // Scores from the text's lengths: any value 1..10, both orders.
            row.relevance = 1 + int(p.title.size() % 10);
            row.novelty = 1 + int(p.abstract.size() % 10);
            row.scoreComment = text(8);
        }
        rows << row;
    }
    return rows;
}

QList<Paper> decodePapers(const QByteArray &bytes)
{
    QList<Paper> papers;
    for (const PaperRow &row : decodeRows(bytes))
        papers << row.paper;
    return papers;
}

QByteArray encodeRows(const QList<PaperRow> &rows)
{
    QList<QByteArray> records;
    for (const PaperRow &row : rows) {
        const Paper &p = row.paper;
        QList<QByteArray> fields = {
            p.id.toUtf8(),
            p.title.toUtf8(),
            p.authors.join(QLatin1Char(ItemSeparator)).toUtf8(),
            p.categories.join(QLatin1Char(ItemSeparator)).toUtf8(),
            p.doi.toUtf8(),
            p.updated.toString(Qt::ISODate).toUtf8(),
            p.announced.toString(Qt::ISODate).toUtf8(),
        };
        if (!p.abstract.isEmpty() || row.relevance)
            fields << p.abstract.toUtf8();
        if (row.relevance)
            fields << row.scoreComment.toUtf8();
        records << fields.join(FieldSeparator);
    }
    return records.join(PaperSeparator);
}

QByteArray encodePapers(const QList<Paper> &papers)
{
    QList<PaperRow> rows;
    for (const Paper &p : papers) {
        PaperRow row;
        row.paper = p;
        rows << row;
    }
    return encodeRows(rows);
}

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QFileInfoList filesIn(const QString &dir, const QStringList &patterns)
{
    return QDir(dir).entryInfoList(patterns, QDir::Files, QDir::Name);
}

// Every paper the parsers read from the captured feeds and API answers, per file.
QList<QPair<QString, QList<Paper>>> fixturePapers(const QString &fixturesDir)
{
    QList<QPair<QString, QList<Paper>>> out;
    const QStringList xml = {QStringLiteral("*.xml")};
    for (const QFileInfo &info : filesIn(fixturesDir + QStringLiteral("/arxiv-rss"), xml))
        out.append({info.completeBaseName(), parseListingFeed(readAll(info.filePath())).feed.papers});
    for (const QFileInfo &info : filesIn(fixturesDir + QStringLiteral("/arxiv-atom"), xml))
        out.append({info.completeBaseName(), parseApiFeed(readAll(info.filePath())).papers});
    return out;
}

// arXiv's own exports, read with the strict reader, as papers to write again.
QList<Paper> bibFixturePapers(const QString &fixturesDir)
{
    QList<Paper> papers;
    for (const QFileInfo &info :
         filesIn(fixturesDir + QStringLiteral("/bibtex"), {QStringLiteral("*.bib")})) {
        const bib::ReadResult read = bib::read(QString::fromUtf8(readAll(info.filePath())));
        for (const bib::Entry &e : read.entries) {
            Paper p;
            p.id = e.value(QStringLiteral("eprint"));
            p.title = e.value(QStringLiteral("title"));
            p.authors = bib::splitNames(e.value(QStringLiteral("author")));
            p.categories = QStringList{e.value(QStringLiteral("primaryclass"))};
            p.updated = QDate(e.value(QStringLiteral("year")).toInt(), 1, 1);
            papers << p;
        }
    }
    return papers;
}

QString messageContent(const QByteArray &json)
{
    const QJsonArray choices =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("choices")).toArray();
    return choices.first()
        .toObject()
        .value(QStringLiteral("message"))
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
}

// The content deltas of a streamed answer, joined.
QString streamedContent(const QByteArray &sse)
{
    QString content;
    for (const QByteArray &line : sse.split('\n')) {
        if (!line.startsWith("data: {"))
            continue;
        const QJsonArray choices =
            QJsonDocument::fromJson(line.mid(6)).object().value(QStringLiteral("choices")).toArray();
        content += choices.first()
                       .toObject()
                       .value(QStringLiteral("delta"))
                       .toObject()
                       .value(QStringLiteral("content"))
                       .toString();
    }
    return content;
}

} // namespace

QList<QPair<QString, QByteArray>> fixtureSeeds(const QString &target, const QString &fixturesDir,
                                               const QString &testDataDir)
{
    QList<QPair<QString, QByteArray>> seeds;
    const QStringList xml = {QStringLiteral("*.xml")};
    if (target == QLatin1String("feedparser")) {
        for (const QFileInfo &info : filesIn(fixturesDir + QStringLiteral("/arxiv-rss"), xml))
            seeds.append({info.fileName(), readAll(info.filePath())});
        for (const QFileInfo &info : filesIn(testDataDir + QStringLiteral("/feeds"),
                                             {QStringLiteral("*.xml"), QStringLiteral("*.html")}))
            seeds.append({info.fileName(), readAll(info.filePath())});
    } else if (target == QLatin1String("apiparser")) {
        for (const QFileInfo &info : filesIn(fixturesDir + QStringLiteral("/arxiv-atom"), xml))
            seeds.append({info.fileName(), readAll(info.filePath())});
    } else if (target == QLatin1String("replyparser")) {
        const QString dir = fixturesDir + QStringLiteral("/openai");
        for (const QFileInfo &info : filesIn(dir, {QStringLiteral("chat_completion_*.json")}))
            seeds.append({info.completeBaseName() + QStringLiteral(".txt"),
                          messageContent(readAll(info.filePath())).toUtf8()});
        for (const QFileInfo &info : filesIn(dir, {QStringLiteral("*.sse")}))
            seeds.append({info.completeBaseName() + QStringLiteral(".txt"),
                          streamedContent(readAll(info.filePath())).toUtf8()});
    } else if (target == QLatin1String("llmenvelope")) {
        static const QRegularExpression status(QStringLiteral("^error_(\\d{3})_"));
        for (const QFileInfo &info : filesIn(fixturesDir + QStringLiteral("/openai"),
                                             {QStringLiteral("*.json"), QStringLiteral("*.sse")})) {
            const auto m = status.match(info.fileName());
            const QByteArray code = m.hasMatch() ? m.captured(1).toLatin1() : QByteArray("200");
            seeds.append({info.fileName(), code + "\n\n\n" + readAll(info.filePath())});
        }
    } else if (target == QLatin1String("texdisplay")) {
        QSet<QString> seen;
        for (const auto &[file, papers] : fixturePapers(fixturesDir)) {
            for (qsizetype i = 0; i < papers.size(); ++i) {
                const Paper &p = papers.at(i);
                for (const QString &text : {p.title, p.abstract}) {
                    if (text.isEmpty() || seen.contains(text))
                        continue;
                    seen.insert(text);
                    seeds.append(
                        {QStringLiteral("%1-%2-%3.tex").arg(file).arg(i).arg(seen.size()), text.toUtf8()});
                }
            }
        }
    } else if (target == QLatin1String("bibtexwriter")) {
        for (const auto &[file, papers] : fixturePapers(fixturesDir)) {
            if (papers.isEmpty())
                continue;
            // A whole file (first few papers: key collisions across them) and each paper alone.
            seeds.append({file + QStringLiteral(".papers"), encodePapers(papers.mid(0, 8))});
            for (qsizetype i = 0; i < papers.size() && i < 16; ++i)
                seeds.append({QStringLiteral("%1-%2.papers").arg(file).arg(i), encodePapers({papers.at(i)})});
        }
        const QList<Paper> bib = bibFixturePapers(fixturesDir);
        for (qsizetype i = 0; i < bib.size(); ++i)
            seeds.append({QStringLiteral("bibtex-fixture-%1.papers").arg(i), encodePapers({bib.at(i)})});
    } else if (target == QLatin1String("exportformats")) {
        // Real days: titles, authors and abstracts with their TeX, and the
        // reference model's comments on the papers it picked; six a seed,
        // five seeds a day.
        for (const QFileInfo &info :
             filesIn(fixturesDir + QStringLiteral("/arxiv-days-2025-10"), {QStringLiteral("*.jsonl")})) {
            QList<PaperRow> rows;
            int perDay = 0;
            for (const QByteArray &line : readAll(info.filePath()).split('\n')) {
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                if (o.isEmpty())
                    continue;
                PaperRow row;
                row.paper.id = o.value(QStringLiteral("id")).toString();
                row.paper.title = o.value(QStringLiteral("title")).toString();
                row.paper.abstract = o.value(QStringLiteral("abstract")).toString();
                for (const QJsonValue &v : o.value(QStringLiteral("authors")).toArray())
                    row.paper.authors << v.toString();
                if (o.value(QStringLiteral("comment")).isString()) {
                    row.relevance = o.value(QStringLiteral("relevance")).toInt();
                    row.scoreComment = o.value(QStringLiteral("comment")).toString();
                }
                rows << row;
                if (rows.size() == 6) {
                    seeds.append({QStringLiteral("%1-%2.rows").arg(info.completeBaseName()).arg(seeds.size()),
                                  QByteArray("gpt-5") + ModelSeparator + encodeRows(rows)});
                    rows.clear();
                    if (++perDay == 5)
                        break;
                }
            }
        }
    }
    return seeds;
}

} // namespace paperboy::fuzz
