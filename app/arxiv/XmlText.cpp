#include "arxiv/XmlText.h"

#include "text/TexToUnicode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace paperboy::xmltext {

QString repairDoubleEncoding(const QString &text)
{
    // Only text made entirely of Latin-1 characters can be UTF-8 bytes read
    // as Latin-1 ("AzaÃ¯s" for "Azaïs", as some proxies and recorders
    // write it). It is repaired only when its bytes are valid UTF-8 with at
    // least one multi-byte sequence, so real Latin-1 text ("Müller")
    // stays as it is: "ü" alone is not a valid UTF-8 lead and trail.
    bool high = false;
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return text;
        high = high || c.unicode() >= 0x80;
    }
    if (!high)
        return text;
    const QByteArray bytes = text.toLatin1();
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    return utf8.hasError() ? text : decoded;
}

QString collapse(const QString &text)
{
    return repairDoubleEncoding(text).simplified();
}

QDate rfc822Date(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{4})"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    if (month <= 0)
        return {};
    return QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
}

QDate isoDateInNewYork(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!dt.isValid()) {
        // Python's isoformat() writes microseconds, which Qt does not read.
        QString t = text.trimmed();
        static const QRegularExpression frac(QStringLiteral("\\.(\\d+)"));
        t.replace(frac, QString());
        dt = QDateTime::fromString(t, Qt::ISODate);
    }
    if (!dt.isValid())
        return {};
    static const QTimeZone newYork("America/New_York");
    if (newYork.isValid())
        return dt.toTimeZone(newYork).date();
    // Without tz data, -4 h is right for most of the year and never off by
    // more than the hour arXiv's midnight stamps leave as margin.
    return dt.toUTC().addSecs(-4 * 3600).date();
}

QStringList splitCreators(const QString &raw)
{
    const QString text = repairDoubleEncoding(raw);
    QStringList names;
    auto flush = [&names](QStringView piece) {
        QString name = piece.toString().simplified();
        if (name.startsWith(QLatin1String("and ")))
            name = name.mid(4).trimmed();
        if (!name.isEmpty())
            names << tex::accentsToUnicode(name);
    };
    // Walk once: commas at depth 0 end a name, parentheses hold affiliations.
    QString current;
    int depth = 0;
    qsizetype runStart = 0; // start of the current run of name characters
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            if (depth == 0)
                current += QStringView(text).mid(runStart, i - runStart);
            ++depth;
        } else if (c == QLatin1Char(')')) {
            depth = qMax(0, depth - 1);
            runStart = i + 1;
        } else if (c == QLatin1Char(',') && depth == 0) {
            current += QStringView(text).mid(runStart, i - runStart);
            flush(current);
            current.clear();
            runStart = i + 1;
        }
    }
    if (depth == 0)
        current += QStringView(text).mid(runStart);
    flush(current);
    return names;
}

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
}

XmlInput::XmlInput(const QByteArray &bytes)
    : m_bytes(bytes)
{
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_reader.setDevice(&m_buffer);
}

QString xmlErrorPlace(const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("paperboy::XmlText", "line %1, column %2")
        .arg(xml.lineNumber())
        .arg(xml.columnNumber());
}

} // namespace paperboy::xmltext
