#include "export/HtmlDigest.h"

#include "export/DigestParts.h"
#include "export/HtmlPage.h"
#include "text/TexDisplay.h"

#include <QCoreApplication>

namespace paperboy::digest {

namespace {

using webpage::element;
using webpage::link;
using webpage::text;

// Untrusted TeX as readable text: escaped, with only <sup>, <sub> and <i>.
QString tex(const QString &s)
{
    return tex::toDisplayHtml(webpage::xmlCharacters(s));
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

QString toHtml(const Digest &d, const QString &upLink)
{
    const QString title = parts::title(d);
    QString html = webpage::pageStart(title) + QStringLiteral("<header>\n");
    if (!upLink.isEmpty())
        html += element("p",
                        link(upLink, QCoreApplication::translate("paperboy::digest", "All days",
                                                                 "web site: the link from a day to the list")
                                         .toHtmlEscaped()),
                        QStringLiteral(" class=\"up\""));
    html += element("h1", text(title));
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
    return html + QStringLiteral("</main>\n") + webpage::pageEnd();
}

} // namespace paperboy::digest
