#include "export/BibtexScan.h"

#include "arxiv/ArxivId.h"

#include <QHash>
#include <QRegularExpression>

#include <cstring>

namespace paperboy::bibscan {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The characters of an entry type, a key's neighbours, a field name or a
// macro: anything printable but what BibTeX reads as syntax.
bool isNameChar(char c)
{
    return c != '\0' && !isSpace(c) && !std::strchr("\"#%'(),={}@", c);
}

// What a value says once braces and spaces are gone: ids, DOIs and URLs
// hold neither.
QString bare(const QByteArray &value)
{
    QString out = QString::fromUtf8(value);
    out.removeIf([](QChar c) { return c == u'{' || c == u'}' || c.isSpace(); });
    return out;
}

using Fields = QHash<QByteArray, QByteArray>;

// The archive an old-style id belongs to, from a primary class such as
// hep-th or math.GT.
QString archiveOf(const QString &primaryClass)
{
    return primaryClass.section(QLatin1Char('.'), 0, 0).toLower();
}

// The arXiv paper an entry cites: its eprint, when that is an arXiv one (an
// old-style number may name its archive in primaryClass); failing that, an
// arXiv DOI (10.48550/arXiv.ID), an arXiv address, Google Scholar's
// "arXiv preprint arXiv:ID" journal, or a key that is an id.
QString citedPaper(const Fields &fields, const QString &key)
{
    const QString prefix = bare(fields.value("archiveprefix", fields.value("eprinttype"))).toLower();
    if (fields.contains("eprint") && (prefix.isEmpty() || prefix == QLatin1String("arxiv"))) {
        const QString eprint = bare(fields.value("eprint"));
        static const QRegularExpression number(QStringLiteral("^\\d{7}(v\\d+)?$"));
        const QString primary = bare(fields.value("primaryclass"));
        QString id = arxivKey(eprint);
        if (id.isEmpty() && !primary.isEmpty() && number.match(eprint).hasMatch())
            id = arxivKey(archiveOf(primary) + QLatin1Char('/') + eprint);
        if (!id.isEmpty())
            return id;
    }
    static const QRegularExpression arxivDoi(
        QStringLiteral("^(?:https?://(?:dx\\.)?doi\\.org/|doi:)?10\\.48550/arxiv\\.(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = arxivDoi.match(bare(fields.value("doi"))); m.hasMatch())
        if (const QString id = arxivKey(m.captured(1)); !id.isEmpty())
            return id;
    if (const QString id = arxivKey(bare(fields.value("url"))); !id.isEmpty())
        return id;
    static const QRegularExpression preprint(QStringLiteral("arxiv\\s+preprint\\s+(arxiv:\\s*\\S+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString journal = QString::fromUtf8(fields.value("journal")).remove(u'{').remove(u'}');
    if (const auto m = preprint.match(journal); m.hasMatch())
        if (const QString id = arxivKey(m.captured(1).remove(u' ')); !id.isEmpty())
            return id;
    return arxivKey(key);
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    Holdings run()
    {
        qsizetype i = 0;
        while ((i = m_text.indexOf('@', i)) >= 0 && m_holdings.unfinishedLine == 0) {
            const qsizetype start = i++;
            skipSpace(i);
            const QByteArray type = name(i).toLower();
            skipSpace(i);
            if (type.isEmpty() || (at(i) != '{' && at(i) != '('))
                continue; // BibTeX skips to the next @ too
            const char close = at(i) == '{' ? '}' : ')';
            if (type == "comment" || type == "preamble" || type == "string") {
                i = skipGroup(i, close);
                if (i < 0)
                    unfinished(start);
                continue;
            }
            ++i;
            if (!entry(i, close))
                unfinished(start);
        }
        const qsizetype lines = m_text.count('\n');
        m_holdings.crlf = lines > 0 && 2 * m_text.count(QByteArrayView("\r\n")) > lines;
        return m_holdings;
    }

private:
    char at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : '\0'; }

    void skipSpace(qsizetype &i) const
    {
        while (i < m_text.size() && isSpace(m_text.at(i)))
            ++i;
    }

    QByteArray name(qsizetype &i) const
    {
        const qsizetype from = i;
        while (i < m_text.size() && isNameChar(m_text.at(i)))
            ++i;
        return m_text.sliced(from, i - from).toByteArray();
    }

    void unfinished(qsizetype start) { m_holdings.unfinishedLine = int(m_text.first(start).count('\n')) + 1; }

    // Past the group whose opener is at `i`: braces nest; a parenthesised
    // one ends at the first ) outside braces. -1 if the text ends first.
    qsizetype skipGroup(qsizetype i, char close) const
    {
        int depth = 0;
        for (++i; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (c == '{')
                ++depth;
            else if (c == '}' && depth > 0)
                --depth;
            else if (c == close && depth == 0)
                return i + 1;
        }
        return -1;
    }

    // A field's value: {braced} or "quoted" pieces, numbers and macros,
    // joined by #. Sets *open when the text ends inside it; returns false
    // when it is not a value at all.
    bool value(qsizetype &i, QByteArray *out, bool *open) const
    {
        for (;;) {
            skipSpace(i);
            const char c = at(i);
            if (i >= m_text.size()) {
                *open = true;
                return false;
            }
            if (c == '{') {
                const qsizetype end = skipGroup(i, '}');
                if (end < 0) {
                    *open = true;
                    return false;
                }
                *out += m_text.sliced(i + 1, end - i - 2).toByteArray();
                i = end;
            } else if (c == '"') {
                qsizetype j = i + 1;
                int depth = 0;
                for (; j < m_text.size() && !(m_text.at(j) == '"' && depth == 0); ++j)
                    depth += m_text.at(j) == '{' ? 1 : m_text.at(j) == '}' && depth > 0 ? -1 : 0;
                if (j >= m_text.size()) {
                    *open = true;
                    return false;
                }
                *out += m_text.sliced(i + 1, j - i - 1).toByteArray();
                i = j + 1;
            } else if (isNameChar(c)) {
                *out += name(i);
            } else {
                return false;
            }
            skipSpace(i);
            if (at(i) != '#')
                return true;
            ++i;
        }
    }

    // One entry, from after its opener. False when the file ends inside it;
    // a broken entry is left where it breaks, as BibTeX leaves it.
    bool entry(qsizetype &i, char close)
    {
        skipSpace(i);
        const qsizetype keyFrom = i;
        while (i < m_text.size() && m_text.at(i) != ',' && m_text.at(i) != close && !isSpace(m_text.at(i)))
            ++i;
        const QString key = QString::fromUtf8(m_text.sliced(keyFrom, i - keyFrom).toByteArray());
        if (!key.isEmpty())
            m_holdings.keys.insert(key.toLower());
        Fields fields;
        bool closed = false;
        for (;;) {
            skipSpace(i);
            if (i >= m_text.size())
                return false;
            if (at(i) == close) {
                ++i;
                closed = true;
                break;
            }
            if (at(i) == ',') {
                ++i;
                continue;
            }
            const QByteArray field = name(i).toLower();
            skipSpace(i);
            if (field.isEmpty() || at(i) != '=')
                break;
            ++i;
            QByteArray text;
            bool open = false;
            if (!value(i, &text, &open)) {
                if (open)
                    return false;
                break;
            }
            if (!fields.contains(field))
                fields.insert(field, text);
        }
        if (const QString id = citedPaper(fields, key); !id.isEmpty())
            m_holdings.arxivIds.insert(id);
        // An entry that breaks before its end is still read for what it
        // cites; whether the file goes on past it is up to what follows.
        return closed || i < m_text.size();
    }

    QByteArrayView m_text;
    Holdings m_holdings;
};

} // namespace

QString arxivKey(const QString &text)
{
    const ArxivId parsed = ArxivId::parse(text);
    if (!parsed.isValid())
        return {};
    const qsizetype slash = parsed.id.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return parsed.id;
    return parsed.id.left(slash).section(QLatin1Char('.'), 0, 0) + parsed.id.mid(slash);
}

Holdings scan(QByteArrayView text)
{
    return Scanner(text).run();
}

} // namespace paperboy::bibscan
