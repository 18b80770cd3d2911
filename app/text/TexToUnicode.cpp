#include "text/TexToUnicode.h"

#include <QList>
#include <QStringView>

#include <limits>

namespace paperboy::tex {

namespace {

// An accent argument is one letter, maybe braced and nested once or twice
// ({\'{\i}}, \^{\'e}). Bounding the look-ahead and the nesting keeps the
// conversion linear on hostile input such as thousands of unclosed "\'{".
constexpr qsizetype MaxArgumentLength = 24;
constexpr int MaxNesting = 4;
constexpr qsizetype NotSearched = std::numeric_limits<qsizetype>::max();

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// The combining mark an accent command puts on its argument; null if the
// command is not an accent.
QChar combiningMark(QStringView name)
{
    if (name.size() != 1)
        return {};
    switch (name.front().unicode()) {
    case '\'':
        return QChar(0x0301);
    case '`':
        return QChar(0x0300);
    case '^':
        return QChar(0x0302);
    case '"':
        return QChar(0x0308);
    case '~':
        return QChar(0x0303);
    case '=':
        return QChar(0x0304);
    case '.':
        return QChar(0x0307);
    case 'u':
        return QChar(0x0306);
    case 'v':
        return QChar(0x030C);
    case 'H':
        return QChar(0x030B);
    case 'c':
        return QChar(0x0327);
    case 'k':
        return QChar(0x0328);
    case 'r':
        return QChar(0x030A);
    case 'd':
        return QChar(0x0323);
    case 'b':
        return QChar(0x0331);
    default:
        return {};
    }
}

// Control words that stand for a letter (the OT1/T1 text symbols seen in names).
QString letterCommand(QStringView name)
{
    struct Letter
    {
        const char *name;
        char16_t letter;
    };
    static constexpr Letter letters[] = {
        {"ss", u'ß'}, {"o", u'ø'},  {"O", u'Ø'},  {"l", u'ł'},  {"L", u'Ł'},  {"ae", u'æ'}, {"AE", u'Æ'},
        {"oe", u'œ'}, {"OE", u'Œ'}, {"aa", u'å'}, {"AA", u'Å'}, {"i", u'ı'},  {"j", u'ȷ'},  {"dh", u'ð'},
        {"DH", u'Ð'}, {"th", u'þ'}, {"TH", u'Þ'}, {"ng", u'ŋ'}, {"NG", u'Ŋ'}, {"dj", u'đ'}, {"DJ", u'Đ'},
    };
    for (const Letter &l : letters) {
        if (name == QLatin1String(l.name))
            return QString(QChar(l.letter));
    }
    return {};
}

// Escaped characters that stand for themselves.
bool isEscapedSpecial(QChar c)
{
    return QStringView(u"&%_#${}").contains(c);
}

// base + mark as one precomposed letter where Unicode has one. Fails unless
// base is a single letter, possibly already accented (\^{\'e}).
QString compose(QString base, QChar mark)
{
    base = base.trimmed();
    // The dotless forms exist only so that an accent can replace the dot.
    if (base == QStringView(u"ı"))
        base = QStringLiteral("i");
    else if (base == QStringView(u"ȷ"))
        base = QStringLiteral("j");
    const QString decomposed = base.normalized(QString::NormalizationForm_D);
    if (decomposed.isEmpty() || !decomposed.front().isLetter())
        return {};
    for (qsizetype i = 1; i < decomposed.size(); ++i) {
        if (decomposed.at(i).category() != QChar::Mark_NonSpacing)
            return {};
    }
    return (decomposed + mark).normalized(QString::NormalizationForm_C);
}

class Converter
{
public:
    Converter(QStringView text, int nesting)
        : m_text(text)
        , m_nesting(nesting)
    {
    }

    QString run()
    {
        tokenize();
        return render();
    }

private:
    enum class Kind
    {
        Text,
        Open,
        Close,
        Command
    };
    struct Token
    {
        Kind kind;
        QString text;
        bool takesArgument = false; // an unknown command whose {...} must stay
        qsizetype partner = -1;     // the matching brace
        bool kept = false;          // a brace that stays in the output
    };

    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    // What tokenize() treats apart from plain text.
    static bool isSpecial(QChar c)
    {
        switch (c.unicode()) {
        case '\\':
        case '$':
        case '{':
        case '}':
        case '~':
            return true;
        default:
            return false;
        }
    }

    void addText(QStringView text)
    {
        if (!m_tokens.isEmpty() && m_tokens.last().kind == Kind::Text)
            m_tokens.last().text += text;
        else
            m_tokens.append({Kind::Text, text.toString()});
    }

    // Index of the closing delimiter at or after from, skipping backslash
    // pairs the way TeX does; -1 if there is none. A failed search is
    // remembered in failedFrom: searching again from further on cannot succeed.
    qsizetype findClose(QStringView delimiter, qsizetype from, qsizetype &failedFrom) const
    {
        if (from >= failedFrom)
            return -1;
        for (qsizetype i = from; i < m_text.size();) {
            if (m_text.sliced(i).startsWith(delimiter))
                return i;
            i += m_text.at(i) == QLatin1Char('\\') ? 2 : 1;
        }
        failedFrom = from;
        return -1;
    }

    // Copies a math span verbatim if its closing delimiter exists.
    bool tryMath(QStringView open, QStringView close, qsizetype &failedFrom)
    {
        const qsizetype end = findClose(close, m_pos + open.size(), failedFrom);
        if (end < 0)
            return false;
        const qsizetype stop = end + close.size();
        addText(m_text.sliced(m_pos, stop - m_pos));
        m_pos = stop;
        return true;
    }

    // The letter an accent applies to, starting at pos: "a", "{a}", "{\i}",
    // "\i", "{\"u}". Advances pos past it on success.
    QString accentArgument(qsizetype &pos) const
    {
        const QChar c = at(pos);
        if (c == QLatin1Char('{')) {
            int depth = 0;
            const qsizetype limit = qMin(m_text.size(), pos + MaxArgumentLength);
            for (qsizetype i = pos; i < limit; ++i) {
                const QChar d = m_text.at(i);
                if (d == QLatin1Char('\\')) {
                    ++i;
                } else if (d == QLatin1Char('{')) {
                    ++depth;
                } else if (d == QLatin1Char('}') && --depth == 0) {
                    if (m_nesting >= MaxNesting)
                        return {};
                    const QString inner = Converter(m_text.sliced(pos + 1, i - pos - 1), m_nesting + 1).run();
                    pos = i + 1;
                    return inner;
                }
            }
            return {};
        }
        if (c == QLatin1Char('\\')) {
            qsizetype end = pos + 1;
            while (isAsciiLetter(at(end)))
                ++end;
            const QString letter = letterCommand(m_text.sliced(pos + 1, end - pos - 1));
            if (letter.isEmpty())
                return {};
            while (at(end) == QLatin1Char(' '))
                ++end; // \'\i nez: the space only ends the control word
            pos = end;
            return letter;
        }
        if (c.isLetter()) {
            ++pos;
            return QString(c);
        }
        return {};
    }

    // At a backslash: accents, letters, escaped specials, \( math; anything
    // else is copied as it is.
    void command()
    {
        const qsizetype start = m_pos;
        if (m_pos + 1 >= m_text.size()) {
            addText(u"\\");
            ++m_pos;
            return;
        }
        const QChar first = m_text.at(m_pos + 1);
        if (first == QLatin1Char('(') && tryMath(u"\\(", u"\\)", m_noParenClose))
            return;
        if (first == QLatin1Char('[') && tryMath(u"\\[", u"\\]", m_noBracketClose))
            return;

        qsizetype end = m_pos + 2;
        const bool word = isAsciiLetter(first);
        if (word) {
            while (isAsciiLetter(at(end)))
                ++end;
        }
        const QStringView name = m_text.sliced(m_pos + 1, end - m_pos - 1);

        if (!word && isEscapedSpecial(first)) {
            addText(QStringView(&first, 1));
            m_pos = end;
            return;
        }
        if (!word && first == QLatin1Char(' ')) {
            addText(u" ");
            m_pos = end;
            return;
        }

        // A control word ends at the first non-letter; TeX skips the spaces after it.
        qsizetype afterSpaces = end;
        if (word) {
            while (at(afterSpaces) == QLatin1Char(' '))
                ++afterSpaces;
        }

        const QChar mark = combiningMark(name);
        if (!mark.isNull()) {
            qsizetype pos = afterSpaces;
            const QString accented = compose(accentArgument(pos), mark);
            if (!accented.isEmpty()) {
                addText(accented);
                m_pos = pos;
                return;
            }
        } else if (word) {
            const QString letter = letterCommand(name);
            if (!letter.isEmpty()) {
                addText(letter);
                m_pos = afterSpaces;
                return;
            }
        }

        // Unknown (or an accent without a letter, like \^{}): keep it, and
        // keep the braces of the argument that follows it.
        Token token{Kind::Command, m_text.sliced(start, end - start).toString()};
        if (at(afterSpaces) == QLatin1Char('{')) {
            token.text = m_text.sliced(start, afterSpaces - start).toString();
            token.takesArgument = true;
            end = afterSpaces;
        }
        m_tokens.append(token);
        m_pos = end;
    }

    void tokenize()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\\')) {
                command();
            } else if (c == QLatin1Char('$')) {
                const bool display = at(m_pos + 1) == QLatin1Char('$');
                const bool math =
                    display ? tryMath(u"$$", u"$$", m_noDisplayClose) : tryMath(u"$", u"$", m_noDollarClose);
                if (!math) {
                    const qsizetype n = display ? 2 : 1;
                    addText(m_text.sliced(m_pos, n));
                    m_pos += n;
                }
            } else if (c == QLatin1Char('{')) {
                m_tokens.append({Kind::Open, QStringLiteral("{")});
                ++m_pos;
            } else if (c == QLatin1Char('}')) {
                m_tokens.append({Kind::Close, QStringLiteral("}")});
                ++m_pos;
            } else if (c == QLatin1Char('~')) {
                addText(u"\u00A0");
                ++m_pos;
            } else {
                // The characters up to the next special one, in one piece.
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && !isSpecial(m_text.at(m_pos)))
                    ++m_pos;
                addText(m_text.sliced(start, m_pos - start));
            }
        }
    }

    // Drops matched grouping braces, keeps argument braces of unknown
    // commands and keeps unmatched braces as text.
    QString render()
    {
        QList<qsizetype> open;
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            if (m_tokens.at(i).kind == Kind::Open) {
                open.append(i);
            } else if (m_tokens.at(i).kind == Kind::Close && !open.isEmpty()) {
                m_tokens[i].partner = open.last();
                m_tokens[open.takeLast()].partner = i;
            }
        }

        QString out;
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            Token &t = m_tokens[i];
            if (t.kind == Kind::Open && t.partner >= 0) {
                const Token *prev = i > 0 ? &m_tokens.at(i - 1) : nullptr;
                t.kept = prev && ((prev->kind == Kind::Command && prev->takesArgument) ||
                                  (prev->kind == Kind::Close && prev->kept));
                m_tokens[t.partner].kept = t.kept;
                if (t.kept)
                    out += t.text;
            } else if (t.kind != Kind::Close || t.partner < 0 || t.kept) {
                out += t.text;
            }
        }
        return out;
    }

    QStringView m_text;
    int m_nesting = 0;
    qsizetype m_pos = 0;
    QList<Token> m_tokens;
    qsizetype m_noDollarClose = NotSearched;
    qsizetype m_noDisplayClose = NotSearched;
    qsizetype m_noParenClose = NotSearched;
    qsizetype m_noBracketClose = NotSearched;
};

} // namespace

QString accentsToUnicode(const QString &text)
{
    return Converter(text, 0).run();
}

QString dashesToUnicode(QString text)
{
    if (!text.contains(QLatin1String("--")))
        return text; // most text: no copy made by a replace that finds nothing
    return text.replace(QLatin1String("---"), QString(QChar(0x2014)))
        .replace(QLatin1String("--"), QString(QChar(0x2013)));
}

} // namespace paperboy::tex
