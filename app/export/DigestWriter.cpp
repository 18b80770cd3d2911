#include "export/DigestWriter.h"

#include "export/DigestParts.h"
#include "export/HtmlDigest.h"
#include "export/PaperFormat.h"
#include "export/SafeOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace paperboy::digest {

namespace {

int sortKey(const PaperRow &row)
{
    return row.relevance && row.novelty ? *row.relevance + *row.novelty : -1;
}

} // namespace

Digest make(const DayRecord &day, const QList<RunRecord> &runs, QList<PaperRow> papers,
            const Criteria &criteria, const PriceTable &prices, bool relevantOnly)
{
    Digest d;
    d.day = day;
    d.runs = runs;
    d.criteria = criteria;
    d.prices = prices;
    std::stable_sort(papers.begin(), papers.end(), [](const PaperRow &a, const PaperRow &b) {
        if (sortKey(a) != sortKey(b))
            return sortKey(a) > sortKey(b);
        return a.relevance.value_or(0) > b.relevance.value_or(0);
    });
    for (const PaperRow &row : papers) {
        d.relevant += row.relevant;
        if (row.relevant || !relevantOnly)
            d.papers << row;
    }
    return d;
}

// The Markdown digest is written in the window's language (the command line
// has no translator, so its digests stay English). Only the words change: the
// Markdown around them, and the JSON digest, are the same in every language.
// Every piece of paper text, the model's comment and the model's name go
// through safe::markdownText, so none of it can add HTML, a link or a block;
// the only links are the ones built here, to arXiv.
QString toMarkdown(const Digest &d)
{
    using safe::markdownText;
    QString md;
    const auto paragraph = [&md](const QString &text) { md += text + QStringLiteral("\n\n"); };
    paragraph(QStringLiteral("# ") + parts::title(d));
    const QStringList columns = parts::costColumns();
    const auto totals = parts::byModel(d);
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        const parts::ModelTotals &t = it.value();
        md += QStringLiteral("| [%1] | %2 | %3 | %4 |\n|---|---|---|---|\n")
                  .arg(markdownText(it.key()), columns.at(0), columns.at(1), columns.at(2));
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(parts::tokenRow())
                  .arg(t.usage.prompt)
                  .arg(t.usage.completion)
                  .arg(t.usage.prompt + t.usage.completion);
        paragraph(QStringLiteral("| %1 | %2 | %3 | %4 |")
                      .arg(parts::costRow(), parts::money(t.promptCost), parts::money(t.completionCost),
                           parts::money(t.promptCost + t.completionCost)));
    }
    for (const QString &line : parts::totals(d))
        paragraph(line);
    paragraph(QStringLiteral("## ") + parts::contentsHeading());
    for (qsizetype i = 0; i < d.papers.size(); ++i) {
        const Paper &p = d.papers.at(i).paper;
        md += QStringLiteral("%1. %2 %3\n")
                  .arg(i + 1)
                  .arg(markdownText(p.title),
                       parts::authorsLine(markdownText(p.authors.join(QStringLiteral(", ")))));
    }
    md += QLatin1Char('\n');
    for (qsizetype i = 0; i < d.papers.size(); ++i) {
        const PaperRow &row = d.papers.at(i);
        const Paper &p = row.paper;
        paragraph(QStringLiteral("## %1. %2").arg(i + 1).arg(markdownText(p.title)));
        // absUrl() percent-encodes the id: nothing in it can end the link.
        paragraph(parts::idLine(QStringLiteral("[%1](%2)").arg(markdownText(p.id), p.absUrl())));
        paragraph(parts::authorsLine(markdownText(p.authors.join(QStringLiteral(", ")))));
        paragraph(parts::abstractLine(markdownText(p.abstract)));
        for (const QString &line : parts::verdict(row, markdownText))
            paragraph(line);
    }
    // Fenced, so the prompt's own headings do not break the digest's outline;
    // the fence is longer than any run of backticks in the prompt.
    paragraph(QStringLiteral("## ") + parts::promptHeading());
    const QString prompt = parts::promptOf(d);
    const QString fence = safe::codeFence(prompt);
    md += fence + QStringLiteral("text\n") + prompt + QLatin1Char('\n') + fence + QLatin1Char('\n');
    return md;
}

QJsonObject toJson(const Digest &d)
{
    QJsonArray models;
    const auto totals = parts::byModel(d);
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        const parts::ModelTotals &t = it.value();
        models.append(QJsonObject{{QStringLiteral("model"), it.key()},
                                  {QStringLiteral("prompt_tokens"), t.usage.prompt},
                                  {QStringLiteral("cached_tokens"), t.usage.cached},
                                  {QStringLiteral("completion_tokens"), t.usage.completion},
                                  {QStringLiteral("reasoning_tokens"), t.usage.reasoning},
                                  {QStringLiteral("prompt_cost_usd"), t.promptCost},
                                  {QStringLiteral("completion_cost_usd"), t.completionCost},
                                  {QStringLiteral("cost_usd"), t.promptCost + t.completionCost}});
    }
    return QJsonObject{
        {QStringLiteral("date"), d.day.date.toString(Qt::ISODate)},
        {QStringLiteral("models"), models},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("announced"), d.day.announced},
                                               {QStringLiteral("scanned"), d.day.kept},
                                               {QStringLiteral("relevant"), d.relevant}}},
        {QStringLiteral("papers"), papersToJson(d.papers)},
        {QStringLiteral("scored_by"), d.source.isValid() ? QJsonValue(d.source.model) : QJsonValue()},
        {QStringLiteral("criteria_version"), d.scoredWith ? QJsonValue(d.scoredWith->id) : QJsonValue()},
        {QStringLiteral("criteria_hash"), (d.scoredWith ? d.scoredWith->criteria : d.criteria).contentHash()},
        {QStringLiteral("scoring_hash"), (d.scoredWith ? d.scoredWith->criteria : d.criteria).scoringHash()},
        {QStringLiteral("relevance_cutoff"), d.criteria.relevanceCutoff},
        {QStringLiteral("novelty_cutoff"), d.criteria.noveltyCutoff},
        {QStringLiteral("prompt"), parts::promptOf(d)},
    };
}

QByteArray toJsonBytes(const Digest &d)
{
    return safe::jsonBytes(QJsonDocument(toJson(d)));
}

QByteArray toBytes(const Digest &d, Format format)
{
    switch (format) {
    case Format::Json:
        return toJsonBytes(d);
    case Format::Html:
        return toHtml(d).toUtf8();
    case Format::Markdown:
        break;
    }
    return toMarkdown(d).toUtf8();
}

} // namespace paperboy::digest
