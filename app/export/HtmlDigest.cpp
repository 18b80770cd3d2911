#include "export/HtmlDigest.h"

#include "export/DigestParts.h"
#include "text/TexDisplay.h"

#include <QCoreApplication>

namespace paperboy::digest {

namespace {

// Light and dark by the reader's setting, both well above 4.5:1 contrast
// for text and links; a column as wide as a book on large screens, the
// screen's width on a phone; on paper, black on white with each link's
// address printed after it. Holds no < or &, so it stays well-formed XML.
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
.authors,.links{color:var(--muted)}
article{border-top:1px solid var(--rule);margin-top:1.5rem}
pre{white-space:pre-wrap;border:1px solid var(--rule);padding:.75rem;font-size:.85rem}
@media print{:root{--fg:#000;--bg:#fff;--muted:#222;--link:#000;--rule:#888}body{max-width:none;padding:0}article{break-inside:avoid-page}.links a::after{content:" (" attr(href) ")"}}
)css";

// Drops what XML 1.0 does not allow (C0 controls but tab and line ends,
// lone surrogates, U+FFFE and U+FFFF): browsers would show them as
// replacement boxes at best, and an XML reader would stop there.
QString xmlCharacters(const QString &text)
{
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

// Untrusted text as text.
QString text(const QString &s)
{
    return xmlCharacters(s).toHtmlEscaped();
}

// Untrusted TeX as readable text: escaped, with only <sup>, <sub> and <i>.
QString tex(const QString &s)
{
    return tex::toDisplayHtml(xmlCharacters(s));
}

QString element(const char *tag, const QString &html, const QString &attributes = QString())
{
    return QStringLiteral("<%1%2>%3</%1>\n").arg(QLatin1String(tag), attributes, html);
}

QString link(const QString &url, const QString &html)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), html);
}

QString costTable(const QString &model, const parts::ModelTotals &t)
{
    const QStringList columns = parts::costColumns();
    QString html = QStringLiteral("<table>\n") + element("caption", text(model));
    html += QStringLiteral("<thead><tr><td></td>");
    for (const QString &c : columns)
        html += QStringLiteral("<th scope=\"col\">%1</th>").arg(c.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    const auto row = [&html](const QString &name, const QStringList &cells) {
        html += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(name.toHtmlEscaped());
        for (const QString &cell : cells)
            html += element("td", cell.toHtmlEscaped()).chopped(1);
        html += QStringLiteral("</tr>\n");
    };
    row(parts::tokenRow(), {QString::number(t.usage.prompt), QString::number(t.usage.completion),
                            QString::number(t.usage.prompt + t.usage.completion)});
    row(parts::costRow(), {parts::money(t.promptCost), parts::money(t.completionCost),
                           parts::money(t.promptCost + t.completionCost)});
    return html + QStringLiteral("</tbody>\n</table>\n");
}

QString paperArticle(qsizetype index, const PaperRow &row)
{
    const Paper &p = row.paper;
    const QString id = QStringLiteral("paper-%1").arg(index + 1);
    QString html = QStringLiteral("<article id=\"%1\">\n").arg(id);
    html += element("h3", QStringLiteral("%1. %2").arg(index + 1).arg(tex(p.title)));
    // absUrl() and pdfUrl() percent-encode the id: it cannot leave the attribute.
    html += element("p",
                    parts::idLine(link(p.absUrl(), text(p.id))) + QStringLiteral(" · ") +
                        link(p.pdfUrl(), QCoreApplication::translate("paperboy::digest", "PDF",
                                                                     "digest: the link to a paper's PDF")),
                    QStringLiteral(" class=\"links\""));
    html += element("p", parts::authorsLine(tex(p.authors.join(QStringLiteral(", ")))),
                    QStringLiteral(" class=\"authors\""));
    html += element("p", parts::abstractLine(tex(p.abstract)));
    for (const QString &line : parts::verdict(row, text))
        html += element("p", line);
    return html + QStringLiteral("</article>\n");
}

} // namespace

QString toHtml(const Digest &d)
{
    // The language of the words on the page: a translation says its own code.
    const QString lang = QCoreApplication::translate(
        "paperboy::digest", "en", "digest: the language code (BCP 47) of this translation, for the web page");
    const QString title = parts::title(d).toHtmlEscaped();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n").arg(text(lang));
    html += QStringLiteral("<meta charset=\"utf-8\"/>\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                           " style-src 'unsafe-inline'\"/>\n"
                           "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
                           "<meta name=\"generator\" content=\"Paperboy\"/>\n");
    html += element("title", title) + element("style", QString::fromUtf8(kStyle));
    html += QStringLiteral("</head>\n<body>\n<header>\n") + element("h1", title);
    const auto totals = parts::byModel(d);
    for (auto it = totals.begin(); it != totals.end(); ++it)
        html += costTable(it.key(), it.value());
    html += QStringLiteral("<div class=\"totals\">\n");
    for (const QString &line : parts::totals(d))
        html += element("p", line.toHtmlEscaped());
    html += QStringLiteral("</div>\n</header>\n<main>\n");

    html += QStringLiteral("<nav aria-labelledby=\"contents\">\n") +
            element("h2", parts::contentsHeading().toHtmlEscaped(), QStringLiteral(" id=\"contents\"")) +
            QStringLiteral("<ol>\n");
    for (qsizetype i = 0; i < d.papers.size(); ++i) {
        const Paper &p = d.papers.at(i).paper;
        html += element("li", link(QStringLiteral("#paper-%1").arg(i + 1), tex(p.title)) + QLatin1Char(' ') +
                                  parts::authorsLine(tex(p.authors.join(QStringLiteral(", ")))));
    }
    html += QStringLiteral("</ol>\n</nav>\n");

    html += QStringLiteral("<section aria-labelledby=\"papers\">\n") +
            element("h2",
                    QCoreApplication::translate("paperboy::digest", "Papers",
                                                "digest: the heading above the papers")
                        .toHtmlEscaped(),
                    QStringLiteral(" id=\"papers\""));
    for (qsizetype i = 0; i < d.papers.size(); ++i)
        html += paperArticle(i, d.papers.at(i));
    html += QStringLiteral("</section>\n");

    html += QStringLiteral("<section aria-labelledby=\"prompt\">\n") +
            element("h2", parts::promptHeading().toHtmlEscaped(), QStringLiteral(" id=\"prompt\"")) +
            element("pre", text(parts::promptOf(d))) + QStringLiteral("</section>\n");
    return html + QStringLiteral("</main>\n</body>\n</html>\n");
}

} // namespace paperboy::digest
