#include "export/SafeOutput.h"

namespace paperboy::safe {

namespace {

// Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): they
// reorder the text after them on screen.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreak(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
           c == QChar::ParagraphSeparator;
}

// What a backslash escapes in Markdown.
bool isAsciiPunctuation(QChar c)
{
    return QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c);
}

} // namespace

QString markdownText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'[':
            out += QStringLiteral("&#91;");
            break;
        case u']':
            out += QStringLiteral("&#93;");
            break;
        case u'`':
            out += QStringLiteral("&#96;");
            break;
        case u'|':
            out += QStringLiteral("&#124;");
            break;
        case u'\\':
            out += c;
            if (i + 1 == text.size() || isAsciiPunctuation(text.at(i + 1)))
                out += c;
            break;
        case u'@': // an e-mail address would become a mailto: link
            out += QStringLiteral("&#64;");
            break;
        case u':': // https://... would become a link
            out += QStringView(text).sliced(i + 1).startsWith(u"//") ? QStringLiteral("&#58;") : QString(c);
            break;
        case u'.': // and so would www.example.org
            out += i >= 3 && QStringView(text).sliced(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0
                       ? QStringLiteral("&#46;")
                       : QString(c);
            break;
        default:
            out += isLineBreak(c) ? QChar(u' ') : c;
        }
    }
    return out;
}

QString codeFence(const QString &text)
{
    qsizetype longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax<qsizetype>(4, longest + 1), u'`');
}

QByteArray jsonBytes(const QJsonDocument &document, QJsonDocument::JsonFormat format)
{
    const QByteArray raw = document.toJson(format);
    QByteArray out;
    out.reserve(raw.size() + raw.size() / 16);
    const auto escaped = [&out](uint code) {
        out += "\\u" + QByteArray::number(code, 16).rightJustified(4, '0');
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto byte = uchar(raw.at(i));
        const auto next = [&raw, i](qsizetype k) { return i + k < raw.size() ? uchar(raw.at(i + k)) : 0; };
        if (byte == '<' || byte == '>' || byte == '&' || byte == 0x7F) {
            escaped(byte);
        } else if (byte == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
            escaped(next(1)); // U+0080-U+009F, the C1 controls
            ++i;
        } else if (byte == 0xE2 && (next(1) == 0x80 || next(1) == 0x81) && next(2) >= 0x80 &&
                   next(2) <= 0xBF) {
            // U+2000-U+207F: escape the line ends and the bidi controls only.
            const uint code = 0x2000 | uint(next(1) & 0x3F) << 6 | uint(next(2) & 0x3F);
            if (code == 0x2028 || code == 0x2029 || isBidiControl(code)) {
                escaped(code);
                i += 2;
            } else {
                out += char(byte);
            }
        } else {
            out += char(byte);
        }
    }
    return out;
}

QString terminalText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() && isLineBreak(c))
            out += u' ';
        else if (!isLineBreak(c) && !isBidiControl(c.unicode()))
            out += c;
    }
    return out;
}

} // namespace paperboy::safe
