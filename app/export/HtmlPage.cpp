#include "export/HtmlPage.h"

#include <QCoreApplication>

#include <algorithm>

namespace paperboy::webpage {

namespace {

// Light and dark by the reader's setting, both well above 4.5:1 contrast
// for text and links (tst_staticsite measures them); a column as wide as a
// book on large screens, the screen's width on a phone; on paper, black on
// white with each link's address printed after it. Holds no < or &, so it
// stays well-formed XML.
constexpr char kStyle[] = R"css(
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#4a4a4a;--link:#0645ad;--rule:#c8c8c8}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#141414;--muted:#b4b4b4;--link:#8ab4f8;--rule:#4a4a4a}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:48rem;padding:1rem;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:break-word}
a{color:var(--link)}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem;margin-bottom:.25rem}
table{border-collapse:collapse;margin:1rem 0;max-width:100%;display:block;overflow-x:auto}
caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border:1px solid var(--rule);padding:.25rem .6rem;text-align:right}
th[scope=row]{text-align:left}
.totals p{margin:.2rem 0}
.authors,.links,.up{color:var(--muted)}
article{border-top:1px solid var(--rule);margin-top:1.5rem}
pre{white-space:pre-wrap;border:1px solid var(--rule);padding:.75rem;font-size:.85rem}
@media print{:root{--fg:#000;--bg:#fff;--muted:#222;--link:#000;--rule:#888}body{max-width:none;padding:0}article{break-inside:avoid-page}.links a::after{content:" (" attr(href) ")"}}
)css";

// Whether XML allows the character alone (a surrogate needs its pair).
bool allowedAlone(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x20 || u == '\t' || u == '\n' || u == '\r') && !c.isSurrogate() && u != 0xFFFE &&
           u != 0xFFFF;
}

} // namespace

QString xmlCharacters(const QString &text)
{
    // Nearly all text is clean: the same string, not a copy.
    if (std::all_of(text.cbegin(), text.cend(), allowedAlone))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r')
            continue;
        out += c;
    }
    return out;
}

QString text(const QString &s)
{
    return xmlCharacters(s).toHtmlEscaped();
}

QString element(const char *tag, const QString &html, const QString &attributes)
{
    return QStringLiteral("<%1%2>%3</%1>\n").arg(QLatin1String(tag), attributes, html);
}

QString link(const QString &url, const QString &html)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), html);
}

QString pageStart(const QString &title, const QString &head)
{
    // The language of the words on the page: a translation says its own code.
    const QString lang = QCoreApplication::translate(
        "paperboy::digest", "en", "digest: the language code (BCP 47) of this translation, for the web page");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n").arg(text(lang));
    html += QStringLiteral("<meta charset=\"utf-8\"/>\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                           " style-src 'unsafe-inline'\"/>\n"
                           "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
                           "<meta name=\"generator\" content=\"Paperboy\"/>\n");
    html += element("title", text(title)) + head + element("style", QString::fromUtf8(kStyle));
    return html + QStringLiteral("</head>\n<body>\n");
}

QString pageEnd()
{
    return QStringLiteral("</body>\n</html>\n");
}

} // namespace paperboy::webpage
