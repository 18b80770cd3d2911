#include "text/TexDisplay.h"

#include "text/MathPiece.h"
#include "text/TexMath.h"
#include "text/TexToUnicode.h"

#include <QList>
#include <QStringView>

#include <limits>

namespace paperboy::tex {

namespace {

// Stands in the prose for every span accentsToUnicode() must not touch. It
// is neither a letter nor markup, so the conversion passes it through in
// place and in order; a U+FFFC of the input becomes a span of its own.
constexpr QChar Placeholder(0xFFFC);
constexpr qsizetype NotSearched = std::numeric_limits<qsizetype>::max();

struct Span
{
    QStringView source;
    bool math = false; // else kept literally: a lone $, or a U+FFFC
};

// Splits text into prose, with one placeholder per span, and the spans: the
// math and every literal dollar. The prose then holds no $ that
// accentsToUnicode() could pair up itself. Backslash pairs are skipped the
// way TeX and accentsToUnicode() skip them, so \$ stays prose.
class Splitter
{
public:
    explicit Splitter(QStringView text)
        : m_text(text)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\\'))
                backslash();
            else if (c == QLatin1Char('$'))
                dollar();
            else if (c == Placeholder)
                span(1, false);
            else
                plainRun();
        }
    }

    const QString &prose() const { return m_prose; }
    const QList<Span> &spans() const { return m_spans; }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    // The characters up to the next one with a meaning here, in one append:
    // an abstract is mostly such a run, and a character at a time is slow
    // on a site of thousands of abstracts.
    void plainRun()
    {
        const qsizetype start = m_pos;
        // Compared one by one: a search of a set per character costs a call each.
        for (QChar c; m_pos < m_text.size(); ++m_pos) {
            c = m_text.at(m_pos);
            if (c == QLatin1Char('\\') || c == QLatin1Char('$') || c == Placeholder)
                break;
        }
        m_prose += m_text.sliced(start, m_pos - start);
    }

    void span(qsizetype length, bool math, qsizetype skip = 0)
    {
        m_spans.append({m_text.sliced(m_pos + skip, length - 2 * skip), math});
        m_prose += Placeholder;
        m_pos += length;
    }

    void backslash()
    {
        const QChar next = at(m_pos + 1);
        if (next == QLatin1Char('(') && tryMath(u"\\(", u"\\)", m_noParenClose))
            return;
        if (next == QLatin1Char('[') && tryMath(u"\\[", u"\\]", m_noBracketClose))
            return;
        m_prose += m_text.at(m_pos++);
        if (next == Placeholder)
            span(1, false);
        else if (!next.isNull())
            m_prose += m_text.at(m_pos++);
    }

    void dollar()
    {
        if (at(m_pos + 1) == QLatin1Char('$')) {
            if (!tryMath(u"$$", u"$$", m_noDisplayClose))
                span(2, false);
            return;
        }
        const qsizetype close = inlineClose();
        if (close < 0)
            span(1, false);
        else
            span(close + 1 - m_pos, true, 1);
    }

    // The $ that closes the inline span opening at m_pos, or -1. TeX would
    // take the next $, but prose has prices. The next $ does not close when
    // both look like prices, a digit after each ("$5 and $10"; "$\sim$10%"
    // is math), nor when it looks like an opener itself, a space before it
    // and a letter, digit, \ or $ after it ("$5 or $x$", "$5 or $$x$$").
    // Then this $ is a literal dollar.
    qsizetype inlineClose() const
    {
        for (qsizetype i = m_pos + 1; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('$')) {
                const QChar after = at(i + 1);
                if (after.isDigit() && at(m_pos + 1).isDigit())
                    return -1;
                if (m_text.at(i - 1).isSpace() &&
                    (after.isLetterOrNumber() || QStringView(u"\\$").contains(after)))
                    return -1;
                return i;
            }
        }
        return -1;
    }

    // A span from open to its close, as TexToUnicode finds it; a failed
    // search is remembered, as searching again further on cannot succeed.
    bool tryMath(QStringView open, QStringView close, qsizetype &failedFrom)
    {
        const qsizetype from = m_pos + open.size();
        if (from >= failedFrom)
            return false;
        for (qsizetype i = from; i < m_text.size();) {
            if (m_text.sliced(i).startsWith(close)) {
                m_spans.append({m_text.sliced(from, i - from), true});
                m_prose += Placeholder;
                m_pos = i + close.size();
                return true;
            }
            i += m_text.at(i) == QLatin1Char('\\') ? 2 : 1;
        }
        failedFrom = from;
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_prose;
    QList<Span> m_spans;
    qsizetype m_noDisplayClose = NotSearched;
    qsizetype m_noParenClose = NotSearched;
    qsizetype m_noBracketClose = NotSearched;
};

QString render(const QString &tex, bool html)
{
    const Splitter split(tex);
    // The math is out of the prose here: only the prose's -- and --- become dashes.
    const QString prose = dashesToUnicode(accentsToUnicode(split.prose()));
    const QList<Span> &spans = split.spans();
    QString out;
    out.reserve(prose.size() + tex.size() / 4);
    auto literal = [&out, html](QStringView text) {
        if (html)
            appendHtmlEscaped(out, text);
        else
            out += text;
    };
    qsizetype next = 0;
    for (qsizetype i = 0; i < prose.size(); ++i) {
        if (prose.at(i) != Placeholder || next == spans.size()) {
            // Up to the next placeholder in one piece (a run with no span
            // left takes the placeholders as they are, as above).
            const qsizetype stop = next == spans.size() ? prose.size() : prose.indexOf(Placeholder, i);
            const qsizetype end = stop < 0 ? prose.size() : stop;
            literal(QStringView(prose).sliced(i, end - i));
            i = end - 1;
            continue;
        }
        const Span &span = spans.at(next++);
        if (span.math) {
            const MathRendering math = renderMath(span.source);
            out += html ? math.html : math.text;
        } else {
            literal(span.source);
        }
    }
    return out;
}

} // namespace

QString toDisplayText(const QString &tex)
{
    return render(tex, false);
}

QString toDisplayHtml(const QString &tex)
{
    return render(tex, true);
}

} // namespace paperboy::tex
