#include "text/MathPiece.h"

#include "text/TexSymbols.h"

namespace paperboy::tex {

namespace {

void escapeInto(QString &html, QChar c)
{
    switch (c.unicode()) {
    case '<':
        html += u"&lt;";
        break;
    case '>':
        html += u"&gt;";
        break;
    case '&':
        html += u"&amp;";
        break;
    case '"':
        html += u"&quot;";
        break;
    default:
        html += c;
    }
}

// A code unit that adds to the symbol before it: the second half of a
// surrogate pair or a combining mark.
bool continuesSymbol(QChar c)
{
    return c.isLowSurrogate() || c.category() == QChar::Mark_NonSpacing ||
           c.category() == QChar::Mark_Enclosing;
}

bool opensGroup(QChar c)
{
    return QStringView(u"([{⟨⌊⌈").contains(c);
}

bool wantsNoSpaceBefore(QChar c)
{
    return QStringView(u")]}⟩⌋⌉,;").contains(c);
}

// Whether text reads as one unit after "/" or "√": a symbol or a number with
// its scripts (ε₂², 10⁻³), a root of one (√n), or something wrapped in one
// pair of parentheses.
bool isAtom(QStringView text)
{
    while (text.size() > 1 && QStringView(u"√∛∜").contains(text.front()))
        text = text.sliced(1);
    if (text.front() == QLatin1Char('(') && text.back() == QLatin1Char(')')) {
        int level = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('('))
                ++level;
            else if (text.at(i) == QLatin1Char(')') && --level == 0)
                return i == text.size() - 1;
        }
    }
    // Scripts aside: all digits, or one base character with its marks.
    bool number = true;
    qsizetype bases = 0;
    for (QChar c : text) {
        if (isScriptCharacter(c) || continuesSymbol(c))
            continue;
        number = number && (c.isDigit() || c == QLatin1Char('.'));
        if (++bases > 1 && !number)
            return false;
    }
    return true;
}

} // namespace

void MathPiece::append(QStringView literal)
{
    for (QChar c : literal) {
        if (c.isSpace()) {
            space();
            continue;
        }
        dropSpaceBefore(c);
        separateWord(c);
        m_text += c;
        escapeInto(m_html, c);
    }
}

void MathPiece::append(const MathPiece &piece)
{
    if (piece.m_text.isEmpty())
        return;
    dropSpaceBefore(piece.m_text.front());
    separateWord(piece.m_text.front());
    m_text += piece.m_text;
    m_html += piece.m_html;
    m_scripts = m_scripts || piece.m_scripts;
    m_afterWord = piece.m_afterWord;
}

void MathPiece::space()
{
    m_afterWord = false;
    if (m_text.isEmpty() || m_text.endsWith(QLatin1Char(' ')) || opensGroup(m_text.back()))
        return;
    m_text += QLatin1Char(' ');
    m_html += QLatin1Char(' ');
}

void MathPiece::relation(QStringView symbol)
{
    space();
    append(symbol);
    space();
}

void MathPiece::italic(QStringView letters)
{
    separateWord(letters.front());
    m_text += letters;
    m_html += u"<i>";
    m_html += letters;
    m_html += u"</i>";
}

void MathPiece::word(const MathPiece &name)
{
    if (!m_text.isEmpty() && m_text.back().isLetterOrNumber())
        space();
    append(name);
    m_afterWord = true;
}

void MathPiece::script(const MathPiece &arg, bool super)
{
    if (arg.m_text.isEmpty())
        return;
    QString mapped;
    for (QChar c : arg.m_text) {
        if (c == QLatin1Char(' '))
            continue;
        const QChar m = super ? superscriptOf(c) : subscriptOf(c);
        if (m.isNull()) {
            mapped.clear();
            break;
        }
        mapped += m;
    }
    if (!mapped.isEmpty()) {
        m_text += mapped;
    } else {
        const bool single = isSingleSymbol(arg.m_text);
        m_text += QLatin1Char(super ? '^' : '_');
        if (!single)
            m_text += QLatin1Char('(');
        m_text += arg.m_text;
        if (!single)
            m_text += QLatin1Char(')');
    }
    m_html += super ? u"<sup>" : u"<sub>";
    m_html += arg.m_html;
    m_html += super ? u"</sup>" : u"</sub>";
    m_scripts = true;
    // m_afterWord stays: an operator's limits keep it a word, "maxₓ f".
}

void MathPiece::appendMark(QChar mark)
{
    m_text += mark;
    m_html += mark;
}

void MathPiece::trim()
{
    // The text and the HTML always end in a space together.
    if (m_text.endsWith(QLatin1Char(' '))) {
        m_text.chop(1);
        m_html.chop(1);
    }
}

MathPiece MathPiece::plain(QStringView text)
{
    MathPiece p;
    p.append(text);
    return p;
}

MathPiece MathPiece::withText(const QString &text) const
{
    if (!m_scripts)
        return plain(text);
    MathPiece p = *this;
    p.m_text = text;
    return p;
}

MathPiece MathPiece::parenthesized() const
{
    if (m_text.isEmpty() || isAtom(m_text))
        return *this;
    MathPiece p = plain(u"(");
    p.append(*this);
    p.append(u")");
    return p;
}

// No space inside delimiters or before a comma: "⟨x, y \rangle" -> "⟨x, y⟩".
void MathPiece::dropSpaceBefore(QChar next)
{
    if (wantsNoSpaceBefore(next) && m_text.endsWith(QLatin1Char(' '))) {
        m_text.chop(1);
        m_html.chop(1);
    }
}

void MathPiece::separateWord(QChar next)
{
    if (m_afterWord && next.isLetterOrNumber()) {
        m_text += QLatin1Char(' ');
        m_html += QLatin1Char(' ');
    }
    m_afterWord = false;
}

bool isSingleSymbol(QStringView text)
{
    qsizetype bases = 0;
    for (QChar c : text) {
        if (!continuesSymbol(c) && ++bases > 1)
            return false;
    }
    return bases == 1;
}

void appendHtmlEscaped(QString &html, QStringView text)
{
    // The runs between the characters to escape in one piece each: pages
    // of thousands of abstracts are written through here.
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != '<' && c != '>' && c != '&' && c != '"')
            continue;
        html += text.sliced(start, i - start);
        escapeInto(html, text.at(i));
        start = i + 1;
    }
    html += text.sliced(start);
}

} // namespace paperboy::tex
