#include "export/DigestWriter.h"

#include "export/PaperFormat.h"
#include "export/SafeOutput.h"
#include "scoring/PromptBuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace paperboy::digest {

namespace {

struct ModelTotals
{
    TokenUsage usage;
    double promptCost = 0;
    double completionCost = 0;
};

// Tokens and cost per model over the day's runs, prompt and completion apart.
QMap<QString, ModelTotals> byModel(const Digest &d)
{
    QMap<QString, ModelTotals> totals;
    for (const RunRecord &r : d.runs) {
        ModelTotals &t = totals[r.model];
        TokenUsage u;
        u.prompt = r.promptTokens;
        u.cached = r.cachedTokens;
        u.completion = r.completionTokens;
        u.reasoning = r.reasoningTokens;
        t.usage += u;
        const ModelPrice p = d.prices.price(r.model);
        t.promptCost += (double(u.prompt - u.cached) * p.input + double(u.cached) * p.cachedInput) / 1e6;
        t.completionCost += double(u.completion) * p.output / 1e6;
    }
    return totals;
}

// Cents say nothing about a day that cost two of them: below a dollar four
// decimals ($0.0214), from a dollar on two ($1.52). The switch is on the
// value as shown, so $0.99996 reads $1.00, not $1.0000.
QString money(double usd)
{
    constexpr double kFourDecimalsBelow = 0.99995;
    return QStringLiteral("$%1").arg(usd, 0, 'f', usd < kFourDecimalsBelow ? 4 : 2);
}

int sortKey(const PaperRow &row)
{
    return row.relevance && row.novelty ? *row.relevance + *row.novelty : -1;
}

// The prompt the day's scores were made with: that criteria version's,
// or the current criteria's before any score.
QString promptOf(const Digest &d)
{
    return prompt::render(d.scoredWith ? d.scoredWith->criteria : d.criteria, true);
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
    paragraph(QStringLiteral("# ") + QCoreApplication::translate("paperboy::digest", "Paperboy digest %1")
                                         .arg(d.day.date.toString(Qt::ISODate)));
    const auto totals = byModel(d);
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        const ModelTotals &t = it.value();
        md +=
            QStringLiteral("| [%1] | %2 | %3 | %4 |\n|---|---|---|---|\n")
                .arg(markdownText(it.key()),
                     QCoreApplication::translate("paperboy::digest", "Prompt", "digest: tokens sent"),
                     QCoreApplication::translate("paperboy::digest", "Completion", "digest: tokens received"),
                     QCoreApplication::translate("paperboy::digest", "Total", "digest: prompt + completion"));
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(QCoreApplication::translate("paperboy::digest", "Token",
                                                   "digest: the row of token counts"))
                  .arg(t.usage.prompt)
                  .arg(t.usage.completion)
                  .arg(t.usage.prompt + t.usage.completion);
        paragraph(
            QStringLiteral("| %1 | %2 | %3 | %4 |")
                .arg(QCoreApplication::translate("paperboy::digest", "Cost", "digest: the row of costs"),
                     money(t.promptCost), money(t.completionCost), money(t.promptCost + t.completionCost)));
    }
    paragraph(QCoreApplication::translate("paperboy::digest", "Total arXiv papers: %1").arg(d.day.announced));
    paragraph(QCoreApplication::translate("paperboy::digest", "Total scanned papers: %1").arg(d.day.kept));
    paragraph(QCoreApplication::translate("paperboy::digest", "Total relevant papers: %1").arg(d.relevant));
    paragraph(QStringLiteral("## ") + QCoreApplication::translate("paperboy::digest", "Table of contents"));
    const QString authors = QCoreApplication::translate("paperboy::digest", "Authors: %1");
    for (qsizetype i = 0; i < d.papers.size(); ++i) {
        const Paper &p = d.papers.at(i).paper;
        md +=
            QStringLiteral("%1. %2 %3\n")
                .arg(i + 1)
                .arg(markdownText(p.title), authors.arg(markdownText(p.authors.join(QStringLiteral(", ")))));
    }
    md += QLatin1Char('\n');
    for (qsizetype i = 0; i < d.papers.size(); ++i) {
        const PaperRow &row = d.papers.at(i);
        const Paper &p = row.paper;
        paragraph(QStringLiteral("## %1. %2").arg(i + 1).arg(markdownText(p.title)));
        // absUrl() percent-encodes the id: nothing in it can end the link.
        paragraph(QCoreApplication::translate("paperboy::digest", "ArXiv ID: %1")
                      .arg(QStringLiteral("[%1](%2)").arg(markdownText(p.id), p.absUrl())));
        paragraph(authors.arg(markdownText(p.authors.join(QStringLiteral(", ")))));
        paragraph(
            QCoreApplication::translate("paperboy::digest", "Abstract: %1").arg(markdownText(p.abstract)));
        if (row.relevance && row.novelty) {
            paragraph(QCoreApplication::translate("paperboy::digest", "Comment: %1")
                          .arg(markdownText(row.scoreComment)));
            paragraph(QCoreApplication::translate("paperboy::digest", "Relevance: %1 Novelty: %2")
                          .arg(QString::number(*row.relevance), QString::number(*row.novelty)));
        } else if (row.isSetAside() && row.setAsideOffline) {
            paragraph(QCoreApplication::translate("paperboy::digest", "Set aside by the offline scorer."));
        } else if (row.isSetAside()) {
            paragraph(QCoreApplication::translate("paperboy::digest", "Set aside by its title: %1")
                          .arg(markdownText(row.scoreComment)));
        } else {
            paragraph(QCoreApplication::translate("paperboy::digest", "Not scored."));
        }
    }
    // Fenced, so the prompt's own headings do not break the digest's outline;
    // the fence is longer than any run of backticks in the prompt.
    paragraph(QStringLiteral("## ") +
              QCoreApplication::translate("paperboy::digest", "Paper selection prompt"));
    const QString prompt = promptOf(d);
    const QString fence = safe::codeFence(prompt);
    md += fence + QStringLiteral("text\n") + prompt + QLatin1Char('\n') + fence + QLatin1Char('\n');
    return md;
}

QJsonObject toJson(const Digest &d)
{
    QJsonArray models;
    const auto totals = byModel(d);
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        const ModelTotals &t = it.value();
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
        {QStringLiteral("prompt"), promptOf(d)},
    };
}

QByteArray toJsonBytes(const Digest &d)
{
    return safe::jsonBytes(QJsonDocument(toJson(d)));
}

} // namespace paperboy::digest
