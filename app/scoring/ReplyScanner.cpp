#include "scoring/ReplyScanner.h"

#include <QJsonValue>

#include <cstring>
#include <utility>

namespace paperboy::reply {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// One pass over the reply that finds the bracketed regions (respecting
// strings, so brackets inside comments do not count) and writes them out as
// something QJsonDocument accepts more often: comments dropped, trailing
// commas blanked, missing commas between objects added, raw control
// characters in strings turned into spaces, invalid escapes such as LaTeX's
// "\alpha" kept as a literal backslash, single-quoted strings double-quoted.
// Text outside brackets (prose, code fences) is skipped. Linear in the input.
class Scanner
{
public:
    Scanner(const QByteArray &input, NewlineInString mode)
        : m_in(input.constData())
        , m_size(input.size())
        , m_mode(mode)
    {
        m_result.text.reserve(m_size + m_size / 8 + 16);
    }

    ScannedReply run()
    {
        for (m_pos = 0; m_pos < m_size; ++m_pos) {
            const char c = m_in[m_pos];
            if (m_stack.empty()) {
                // Prose, code fences and blank lines between JSON values.
                if (c == '{' || c == '[')
                    open(c);
                continue;
            }
            switch (m_state) {
            case State::Outside:
                outside(c);
                break;
            case State::InDouble:
                inDouble(c);
                break;
            case State::InSingle:
                inSingle(c);
                break;
            }
        }
        // Whatever is still open was cut off: those regions are not closed.
        for (const Frame &frame : m_stack) {
            if (frame.span >= 0)
                m_result.spans[frame.span].end = m_result.text.size();
        }
        return std::move(m_result);
    }

private:
    enum class State
    {
        Outside,
        InDouble,
        InSingle
    };
    struct Frame
    {
        char closer;
        int span; // -1 when nested too deep to be recorded
    };

    char peek(qsizetype offset = 1) const { return m_pos + offset < m_size ? m_in[m_pos + offset] : '\0'; }

    void emitSignificant(char c)
    {
        m_result.text.append(c);
        m_prev = c;
        m_prevPos = m_result.text.size() - 1;
    }

    void outside(char c)
    {
        switch (c) {
        case '"':
            m_result.text.append('"');
            m_state = State::InDouble;
            break;
        case '\'':
            // A single quote is a string delimiter only where a key or a value
            // may start; elsewhere it is an apostrophe in prose.
            if (m_prev == '{' || m_prev == '[' || m_prev == ',' || m_prev == ':') {
                m_result.text.append('"');
                m_state = State::InSingle;
            } else {
                emitSignificant(c);
            }
            break;
        case '/':
            if (peek() == '/') {
                const char *newline =
                    static_cast<const char *>(std::memchr(m_in + m_pos, '\n', size_t(m_size - m_pos)));
                // Stop before the newline so that it is kept as whitespace.
                m_pos = newline ? (newline - m_in) - 1 : m_size;
            } else if (peek() == '*') {
                qsizetype i = m_pos + 2;
                while (i + 1 < m_size && !(m_in[i] == '*' && m_in[i + 1] == '/'))
                    ++i;
                m_pos = i + 1 < m_size ? i + 1 : m_size;
                m_result.text.append(' ');
            } else {
                emitSignificant(c);
            }
            break;
        case '{':
        case '[':
            open(c);
            break;
        case '}':
        case ']':
            close(c);
            break;
        default:
            if (isJsonSpace(c))
                m_result.text.append(c);
            else
                emitSignificant(c);
        }
    }

    // Inside either kind of string; "\'" (not JSON, but common) becomes a plain quote.
    void backslash()
    {
        const char next = peek();
        switch (next) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_result.text.append('\\');
            m_result.text.append(next);
            ++m_pos;
            return;
        case 'u':
            if (isHexDigit(peek(2)) && isHexDigit(peek(3)) && isHexDigit(peek(4)) && isHexDigit(peek(5))) {
                m_result.text.append(m_in + m_pos, 6);
                m_pos += 5;
                return;
            }
            break;
        case '\'':
            m_result.text.append('\'');
            ++m_pos;
            return;
        default:
            break;
        }
        // Not a JSON escape (LaTeX, Windows paths): keep the backslash as text.
        m_result.text.append("\\\\");
    }

    void endString()
    {
        m_state = State::Outside;
        emitSignificant('"');
    }

    void inDouble(char c)
    {
        if (c == '\\') {
            backslash();
        } else if (c == '"') {
            endString();
        } else if (c == '\n') {
            m_result.newlineInString = true;
            if (m_mode == NewlineInString::EndsString) {
                endString();
                m_result.text.append('\n');
            } else {
                m_result.text.append(' ');
            }
        } else if (static_cast<unsigned char>(c) < 0x20) {
            m_result.text.append(' ');
        } else {
            m_result.text.append(c);
        }
    }

    // A single quote ends the string only when what follows could follow a
    // string, so that "it's" inside a single-quoted comment survives.
    bool singleQuoteCloses() const
    {
        qsizetype i = m_pos + 1;
        while (i < m_size && (m_in[i] == ' ' || m_in[i] == '\t' || m_in[i] == '\r'))
            ++i;
        if (i == m_size)
            return true;
        const char c = m_in[i];
        return c == ',' || c == ':' || c == '}' || c == ']' || c == '\n';
    }

    void inSingle(char c)
    {
        if (c == '\\') {
            backslash();
        } else if (c == '\'') {
            if (singleQuoteCloses())
                endString();
            else
                m_result.text.append('\'');
        } else if (c == '"') {
            m_result.text.append("\\\"");
        } else if (c == '\n') {
            // Single-quoted strings are a guess; never let one run past its line.
            endString();
            m_result.text.append('\n');
        } else if (static_cast<unsigned char>(c) < 0x20) {
            m_result.text.append(' ');
        } else {
            m_result.text.append(c);
        }
    }

    void open(char c)
    {
        // "}\n{" inside an array: objects written one per line without commas.
        if (!m_stack.empty() && (m_prev == '}' || m_prev == ']'))
            m_result.text.append(',');
        int spanIndex = -1;
        if (m_stack.size() < size_t(MaxSpanDepth)) {
            spanIndex = int(m_result.spans.size());
            Span span;
            span.start = m_result.text.size();
            span.opener = c;
            m_result.spans.push_back(span);
            if (m_stack.empty()) {
                m_result.topLevel.push_back(spanIndex);
            } else {
                Span &parent = m_result.spans[m_stack.back().span];
                if (parent.lastChild >= 0)
                    m_result.spans[parent.lastChild].nextSibling = spanIndex;
                else
                    parent.firstChild = spanIndex;
                parent.lastChild = spanIndex;
            }
        }
        const char closer = c == '{' ? '}' : ']';
        m_stack.push_back(Frame{closer, spanIndex});
        (closer == '}' ? m_openBraces : m_openBrackets) += 1;
        emitSignificant(c);
    }

    void close(char c)
    {
        // A closer with no opener of its kind is prose (or noise): dropped.
        if ((c == '}' ? m_openBraces : m_openBrackets) == 0)
            return;
        if (m_prev == ',')
            m_result.text[m_prevPos] = ' ';
        m_result.text.append(c);
        // Regions opened since the matching opener end here, unclosed.
        for (;;) {
            const Frame frame = m_stack.back();
            m_stack.pop_back();
            (frame.closer == '}' ? m_openBraces : m_openBrackets) -= 1;
            if (frame.span >= 0) {
                m_result.spans[frame.span].end = m_result.text.size();
                m_result.spans[frame.span].closed = frame.closer == c;
            }
            if (frame.closer == c)
                break;
        }
        m_prev = c;
        m_prevPos = m_result.text.size() - 1;
        if (m_stack.empty()) {
            m_prev = '\0';
            m_state = State::Outside;
        }
    }

    const char *m_in;
    qsizetype m_size;
    NewlineInString m_mode;
    qsizetype m_pos = 0;
    State m_state = State::Outside;
    std::vector<Frame> m_stack;
    qsizetype m_openBraces = 0;
    qsizetype m_openBrackets = 0;
    char m_prev = '\0'; // last character outside strings that was not whitespace
    qsizetype m_prevPos = -1;
    ScannedReply m_result;
};

} // namespace

ScannedReply scan(const QByteArray &input, NewlineInString mode)
{
    return Scanner(input, mode).run();
}

namespace {

// --- Last resort for one object QJsonDocument refuses ---------------------

QString unescapeJsonString(const char *p, qsizetype size)
{
    QString out;
    qsizetype runStart = 0;
    auto flush = [&](qsizetype upTo) {
        if (upTo > runStart)
            out += QString::fromUtf8(p + runStart, upTo - runStart);
    };
    for (qsizetype i = 0; i < size; ++i) {
        if (p[i] != '\\' || i + 1 >= size)
            continue;
        flush(i);
        const char e = p[i + 1];
        runStart = i + 2;
        switch (e) {
        case 'n':
        case 'r':
        case 't':
        case 'b':
        case 'f':
            out += QLatin1Char(' ');
            break;
        case 'u':
            if (i + 5 < size) {
                bool ok = false;
                const ushort code = QByteArray(p + i + 2, 4).toUShort(&ok, 16);
                if (ok) {
                    out += QChar(code);
                    runStart = i + 6;
                }
            }
            break;
        default:
            out += QLatin1Char(e);
        }
        i = runStart - 1;
    }
    flush(size);
    return out;
}

// Reads a string starting at p[i] == '"' of the cleaned text; returns the
// index after its closing quote.
qsizetype readString(const char *p, qsizetype size, qsizetype i, QString *value)
{
    qsizetype j = i + 1;
    while (j < size && p[j] != '"')
        j += p[j] == '\\' ? 2 : 1;
    j = qMin(j, size);
    if (value)
        *value = unescapeJsonString(p + i + 1, j - i - 1);
    return qMin(j + 1, size);
}

// Collects `"key": value` pairs from an object that does not parse (a missing
// comma, stray quotes in a comment, ...). The first value of a key is kept,
// so that text mistaken for keys later in the object cannot override it.
} // namespace

QJsonObject salvageObject(const char *p, qsizetype size)
{
    QJsonObject object;
    qsizetype i = 0;
    while (i < size) {
        if (p[i] != '"') {
            ++i;
            continue;
        }
        QString key;
        i = readString(p, size, i, &key);
        qsizetype j = i;
        while (j < size && isJsonSpace(p[j]))
            ++j;
        if (j >= size || p[j] != ':')
            continue;
        j += 1;
        while (j < size && isJsonSpace(p[j]))
            ++j;
        QJsonValue value;
        if (j < size && p[j] == '"') {
            QString text;
            i = readString(p, size, j, &text);
            value = text;
        } else {
            qsizetype k = j;
            while (k < size && p[k] != ',' && p[k] != '}' && p[k] != ']' && p[k] != '"' && p[k] != '\n')
                ++k;
            const QByteArray token = QByteArray(p + j, k - j).trimmed();
            i = k;
            bool ok = false;
            const double number = token.toDouble(&ok);
            if (ok)
                value = number;
            else if (token == "true" || token == "false")
                value = token == "true";
            else if (token.isEmpty() || token == "null")
                value = QJsonValue(QJsonValue::Null);
            else
                value = QString::fromUtf8(token);
        }
        if (!object.contains(key))
            object.insert(key, value);
    }
    return object;
}

} // namespace paperboy::reply
