#include "text/TexMath.h"

#include "text/MathPiece.h"
#include "text/TexSymbols.h"

namespace paperboy::tex {

namespace {

// Groups, arguments and scripts nest at most this deep; deeper input is
// copied verbatim. Real abstracts nest three or four levels; the bound keeps
// the recursion, and the copying of pieces into their parents, linear.
constexpr int MaxDepth = 12;

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// A recursive descent over one math span that renders as it reads: scripts
// and marks attach to what is already written, so no tree is needed.
class MathParser
{
public:
    explicit MathParser(QStringView math)
        : m_s(math)
    {
    }

    MathRendering run()
    {
        bool closed = false;
        const MathPiece p = sequence(0, QChar(), closed);
        return {p.text(), p.html()};
    }

private:
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s.at(i) : QChar(); }
    bool atEnd() const { return m_pos >= m_s.size(); }
    void skipSpaces()
    {
        while (!atEnd() && m_s.at(m_pos).isSpace())
            ++m_pos;
    }

    // Renders up to stop ('}' or ']'; null at the top), which it consumes;
    // closed tells whether it was there.
    MathPiece sequence(int depth, QChar stop, bool &closed)
    {
        if (depth > MaxDepth)
            return verbatimUntil(stop, closed);
        MathPiece out;
        closed = false;
        while (!atEnd()) {
            if (!stop.isNull() && m_s.at(m_pos) == stop) {
                ++m_pos;
                closed = true;
                break;
            }
            element(out, depth, true);
        }
        out.trim();
        return out;
    }

    // The source up to stop at brace level 0, as written.
    MathPiece verbatimUntil(QChar stop, bool &closed)
    {
        const qsizetype start = m_pos;
        int level = 0;
        closed = false;
        while (!atEnd()) {
            const QChar c = m_s.at(m_pos);
            if (level == 0 && c == stop) {
                closed = true;
                break;
            }
            if (c == QLatin1Char('\\'))
                ++m_pos;
            else if (c == QLatin1Char('{'))
                ++level;
            else if (c == QLatin1Char('}') && level > 0)
                --level;
            ++m_pos;
        }
        m_pos = qMin(m_pos, m_s.size());
        MathPiece p = MathPiece::plain(m_s.sliced(start, m_pos - start));
        if (closed)
            ++m_pos;
        return p;
    }

    // After a '{': the group, with the brace kept if it is never closed.
    MathPiece group(int depth)
    {
        bool closed = false;
        MathPiece inner = sequence(depth, u'}', closed);
        if (closed)
            return inner;
        MathPiece p = MathPiece::plain(u"{");
        p.append(inner);
        return p;
    }

    // One element at m_pos; a run of letters at once if whole.
    void element(MathPiece &out, int depth, bool whole)
    {
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('{')) {
            ++m_pos;
            out.append(group(depth + 1));
        } else if (c == QLatin1Char('\\')) {
            command(out, depth);
        } else if (c == QLatin1Char('^') || c == QLatin1Char('_')) {
            ++m_pos;
            MathPiece arg;
            if (argument(depth + 1, arg))
                out.script(arg, c == QLatin1Char('^'));
            else
                out.append(QStringView(&c, 1)); // x^ at the end, ^^: nothing to raise
        } else if (c == QLatin1Char('\'')) {
            qsizetype n = 0;
            while (at(m_pos) == QLatin1Char('\'')) {
                ++m_pos;
                ++n;
            }
            out.append(n == 2   ? QStringLiteral("″")
                       : n == 3 ? QStringLiteral("‴")
                                : QString(n, QChar(0x2032)));
        } else if (c == QLatin1Char('~')) {
            ++m_pos;
            out.space();
        } else if (m_upright == 0 && QStringView(u"=<>").contains(c)) {
            ++m_pos;
            out.relation(QStringView(&c, 1));
        } else if (isAsciiLetter(c)) {
            const qsizetype start = m_pos++;
            while (whole && isAsciiLetter(at(m_pos)))
                ++m_pos;
            const QStringView letters = m_s.sliced(start, m_pos - start);
            if (m_upright == 0)
                out.italic(letters);
            else
                out.append(letters);
        } else {
            const qsizetype n = c.isHighSurrogate() && at(m_pos + 1).isLowSurrogate() ? 2 : 1;
            out.append(m_s.sliced(m_pos, n));
            m_pos += n;
        }
    }

    // A command's or a script's argument: a group, a command or one
    // character. False if there is none (end, '}', another script).
    bool argument(int depth, MathPiece &arg)
    {
        skipSpaces();
        if (atEnd() || QStringView(u"}^_&").contains(m_s.at(m_pos)))
            return false;
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('{')) {
            ++m_pos;
            arg = group(depth);
        } else if (c == QLatin1Char('\\') && depth > MaxDepth) {
            const qsizetype start = m_pos++;
            while (isAsciiLetter(at(m_pos)))
                ++m_pos;
            m_pos = qMin(qMax(m_pos, start + 2), m_s.size());
            arg = MathPiece::plain(m_s.sliced(start, m_pos - start));
        } else if (c == QLatin1Char('\\')) {
            command(arg, depth);
        } else {
            element(arg, depth, false);
        }
        arg.trim();
        return true;
    }

    // An argument read upright, as in \text and \mathrm.
    bool uprightArgument(int depth, MathPiece &arg)
    {
        ++m_upright;
        const bool found = argument(depth, arg);
        --m_upright;
        return found;
    }

    void command(MathPiece &out, int depth)
    {
        const qsizetype start = m_pos++;
        if (atEnd()) {
            out.append(u"\\");
            return;
        }
        qsizetype end = m_pos + 1;
        if (isAsciiLetter(m_s.at(m_pos))) {
            while (isAsciiLetter(at(end)))
                ++end;
        } else if (m_s.at(m_pos).isHighSurrogate() && at(end).isLowSurrogate()) {
            ++end;
        }
        const QStringView name = m_s.sliced(m_pos, end - m_pos);
        const bool controlWord = isAsciiLetter(name.front());
        m_pos = end;

        if (isDelimiterSizer(name)) {
            skipSpaces();
            if (at(m_pos) == QLatin1Char('.')) // \right. is an invisible delimiter
                ++m_pos;
            return;
        }
        if (const auto symbol = mathSymbol(name)) {
            const bool spacedLeft = out.text().endsWith(QLatin1Char(' '));
            if (symbol->spacing == MathSymbol::Relation ||
                (symbol->spacing == MathSymbol::Binary && spacedLeft))
                out.relation(symbol->text);
            else
                out.append(symbol->text);
            // TeX ends a control word at the spaces after it: "\alpha x" is αx.
            if (controlWord)
                skipSpaces();
            return;
        }
        if (isOperatorName(name)) {
            out.word(MathPiece::plain(name));
            skipSpaces();
            return;
        }
        if (const QChar mark = mathAccentMark(name); !mark.isNull()) {
            MathPiece arg;
            if (!argument(depth + 1, arg))
                return verbatim(out, start);
            // One mark after the argument: on a letter it composes (Õ, x̂);
            // on a longer argument it marks the last symbol only, which
            // keeps nested accents from multiplying the output.
            if (isSingleSymbol(arg.text())) {
                const QString marked = (arg.text() + mark).normalized(QString::NormalizationForm_C);
                if (name == QLatin1String("not")) // \not= is ≠, a relation like =
                    out.relation(marked);
                else
                    out.append(arg.withText(marked));
            } else if (!arg.text().isEmpty()) {
                arg.appendMark(mark);
                out.append(arg);
            }
            return;
        }
        if (const auto shape = argumentCommand(name))
            withArguments(out, *shape, start, depth);
        else
            unknown(out, start, depth);
    }

    void withArguments(MathPiece &out, ArgumentCommand s, qsizetype start, int depth)
    {
        MathPiece first;
        MathPiece second;
        switch (s.kind) {
        case ArgumentCommand::Root:
            return root(out, start, depth);
        case ArgumentCommand::Text:
            return textCommand(out, start, depth);
        case ArgumentCommand::Upright:
        case ArgumentCommand::Operator:
            if (s.kind == ArgumentCommand::Operator && at(m_pos) == QLatin1Char('*'))
                ++m_pos;
            if (!uprightArgument(depth + 1, first))
                return verbatim(out, start);
            if (s.kind == ArgumentCommand::Operator)
                out.word(first);
            else
                out.append(first);
            return;
        default:
            break;
        }
        if (!argument(depth + 1, first))
            return verbatim(out, start);
        switch (s.kind) {
        case ArgumentCommand::Fraction:
            argument(depth + 1, second);
            out.append(first.parenthesized());
            out.append(u"/");
            out.append(second.parenthesized());
            break;
        case ArgumentCommand::Binomial:
            argument(depth + 1, second);
            out.append(u"C(");
            out.append(first);
            out.append(u", ");
            out.append(second);
            out.append(u")");
            break;
        case ArgumentCommand::OverSet:
        case ArgumentCommand::UnderSet:
            argument(depth + 1, second);
            out.append(second);
            out.script(first, s.kind == ArgumentCommand::OverSet);
            break;
        case ArgumentCommand::Identity:
            out.append(first);
            break;
        case ArgumentCommand::TextColor:
            argument(depth + 1, second);
            out.append(second);
            break;
        case ArgumentCommand::Pmod:
            out.append(u" (mod ");
            out.append(first);
            out.append(u")");
            break;
        case ArgumentCommand::Styled:
            out.append(first.withText(styledLetters(first.text(), s.style)));
            break;
        default: // Drop
            break;
        }
    }

    // \sqrt{N} -> √N, \sqrt{n+1} -> √(n+1), \sqrt[3]{x} -> ∛x.
    void root(MathPiece &out, qsizetype start, int depth)
    {
        MathPiece index;
        skipSpaces();
        if (at(m_pos) == QLatin1Char('[')) {
            ++m_pos;
            bool closed = false;
            index = sequence(depth + 1, u']', closed);
        }
        MathPiece radicand;
        if (!argument(depth + 1, radicand))
            return verbatim(out, start);
        if (index.text() == QLatin1String("3")) {
            out.append(u"∛");
        } else if (index.text() == QLatin1String("4")) {
            out.append(u"∜");
        } else {
            out.script(index, true);
            out.append(u"√");
        }
        out.append(radicand.parenthesized());
    }

    // \text{ if } keeps the spaces at its edges, which TeX would print.
    void textCommand(MathPiece &out, qsizetype start, int depth)
    {
        skipSpaces();
        const qsizetype open = m_pos;
        MathPiece arg;
        if (!uprightArgument(depth + 1, arg))
            return verbatim(out, start);
        const bool braced = at(open) == QLatin1Char('{');
        if (braced && at(open + 1).isSpace())
            out.space();
        out.append(arg);
        if (braced && m_pos >= open + 3 && at(m_pos - 1) == QLatin1Char('}') && at(m_pos - 2).isSpace())
            out.space();
    }

    // The source of a command whose argument is missing, as written.
    void verbatim(MathPiece &out, qsizetype start) { out.append(m_s.sliced(start, m_pos - start)); }

    // An unknown command stays as written, and so do the braces of the
    // arguments that follow it; what is inside them is still rendered.
    void unknown(MathPiece &out, qsizetype start, int depth)
    {
        verbatim(out, start);
        while (at(m_pos) == QLatin1Char('{')) {
            ++m_pos;
            bool closed = false;
            const MathPiece inner = sequence(depth + 1, u'}', closed);
            out.append(u"{");
            out.append(inner);
            if (closed)
                out.append(u"}");
        }
    }

    QStringView m_s;
    qsizetype m_pos = 0;
    int m_upright = 0; // inside \text or \mathrm: letters upright, = not spaced
};

} // namespace

MathRendering renderMath(QStringView math)
{
    return MathParser(math).run();
}

} // namespace paperboy::tex
