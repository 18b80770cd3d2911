#include "BibtexReader.h"

namespace paperboy::bib {

bool Entry::has(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

QString Entry::value(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

namespace {

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

// The characters btparse refuses in a key.
bool isKeyChar(QChar c)
{
    return !c.isSpace() && !QStringView(u",{}()\"#%'=\\").contains(c) && c.category() != QChar::Other_Control;
}

class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    {
    }

    ReadResult run()
    {
        ReadResult result;
        skipSpace();
        while (m_pos < m_text.size()) {
            Entry entry;
            if (!readEntry(entry)) {
                result.error = QStringLiteral("offset %1: %2").arg(m_pos).arg(m_error);
                return result;
            }
            result.entries << entry;
            skipSpace();
        }
        result.ok = true;
        return result;
    }

private:
    QChar at() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool expect(QChar c)
    {
        if (at() != c)
            return fail(QStringLiteral("expected '%1'").arg(c));
        ++m_pos;
        return true;
    }

    QString ident()
    {
        const qsizetype start = m_pos;
        if (!isIdentStart(at()))
            return {};
        while (m_pos < m_text.size() && isIdentChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool readEntry(Entry &entry)
    {
        if (!expect(u'@'))
            return fail(QStringLiteral("text outside an entry"));
        entry.type = ident().toLower();
        if (entry.type.isEmpty())
            return fail(QStringLiteral("no entry type after '@'"));
        skipSpace();
        if (!expect(u'{'))
            return false;
        skipSpace();
        const qsizetype keyStart = m_pos;
        while (m_pos < m_text.size() && isKeyChar(m_text.at(m_pos)))
            ++m_pos;
        entry.key = m_text.mid(keyStart, m_pos - keyStart);
        if (entry.key.isEmpty())
            return fail(QStringLiteral("empty or invalid key"));
        skipSpace();
        if (!expect(u','))
            return false;
        for (;;) {
            skipSpace();
            if (at() == u'}') {
                ++m_pos;
                return true;
            }
            const QString name = ident().toLower();
            if (name.isEmpty())
                return fail(QStringLiteral("expected a field name or '}'"));
            if (entry.has(name))
                return fail(QStringLiteral("duplicate field %1").arg(name));
            skipSpace();
            if (!expect(u'='))
                return false;
            skipSpace();
            QString value;
            if (!readValue(value))
                return false;
            entry.fields.append({name, value});
            skipSpace();
            if (at() == u'}') {
                ++m_pos;
                return true;
            }
            if (at() == u'#')
                return fail(QStringLiteral("string concatenation"));
            if (!expect(u','))
                return false;
        }
    }

    // Braces count whether escaped or not, as in BibTeX.
    bool readValue(QString &value)
    {
        const QChar open = at();
        if (open == u'{' || open == u'"') {
            const QChar close = open == u'{' ? u'}' : u'"';
            const qsizetype start = ++m_pos;
            int depth = 0;
            for (; m_pos < m_text.size(); ++m_pos) {
                const QChar c = m_text.at(m_pos);
                if (depth == 0 && c == close) {
                    value = m_text.mid(start, m_pos - start);
                    ++m_pos;
                    return true;
                }
                if (c == u'{') {
                    ++depth;
                } else if (c == u'}') {
                    if (--depth < 0)
                        return fail(QStringLiteral("unbalanced '}' in a value"));
                }
            }
            return fail(QStringLiteral("a value runs to the end of the file"));
        }
        // A number, or the name of a string macro such as the months' jan ... dec.
        const qsizetype start = m_pos;
        const bool macro = open.isLetter();
        while (m_pos < m_text.size() &&
               (macro ? m_text.at(m_pos).isLetterOrNumber() : m_text.at(m_pos).isDigit()))
            ++m_pos;
        if (m_pos == start)
            return fail(QStringLiteral("expected a braced, quoted or numeric value or a macro name"));
        value = m_text.mid(start, m_pos - start);
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

ReadResult read(const QString &text)
{
    return Reader(text).run();
}

QStringList splitNames(const QString &field)
{
    QStringList names;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            --depth;
        } else if (depth == 0 && c.isSpace() && i + 4 < field.size() &&
                   field.mid(i + 1, 3).compare(QLatin1String("and"), Qt::CaseInsensitive) == 0 &&
                   field.at(i + 4).isSpace()) {
            names << field.mid(start, i - start).trimmed();
            start = i + 5;
            i += 3;
        }
    }
    names << field.mid(start).trimmed();
    return names;
}

bool hasTopLevelComma(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'{')
            ++depth;
        else if (c == u'}')
            --depth;
        else if (depth == 0 && c == u',')
            return true;
    }
    return false;
}

} // namespace paperboy::bib
