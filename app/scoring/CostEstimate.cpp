#include "scoring/CostEstimate.h"

#include "core/Translation.h"
#include "scoring/BatchPlan.h"
#include "scoring/PromptBuilder.h"

#include <QLocale>

namespace paperboy {

namespace {

constexpr int kCharsPerToken = 4;
constexpr int kOutputTokensPerPaper = 60; // id, a one-line comment, two numbers
constexpr int kOutputTokensPerTitle = 12; // {"ARXIVID": "..."} of a kept title

qint64 tokens(qsizetype chars)
{
    return (chars + kCharsPerToken - 1) / kCharsPerToken;
}

// The prompt is counted from the text, so it follows edited criteria and
// the day's abstracts; what the provider cached, what the model wrote and
// how long it reasoned are taken from what it did before.
void applyMeasured(CostEstimate *e, const MeasuredUsage &measured)
{
    if (measured.runs <= 0 || measured.papers <= 0)
        return;
    const auto perPaper = [&](qint64 total) {
        return qint64(double(total) * e->papers / measured.papers + 0.5);
    };
    if (measured.promptTokens > 0)
        e->usage.cached =
            qint64(double(measured.cachedTokens) / double(measured.promptTokens) * double(e->usage.prompt));
    e->usage.completion = perPaper(measured.completionTokens);
    e->usage.reasoning = perPaper(measured.reasoningTokens);
    e->measuredRuns = measured.runs;
}

} // namespace

int CostEstimate::reasoningTokensPerPaper(const QString &effort)
{
    // Orders of magnitude seen with gpt-5-class models ranking abstracts;
    // the point is the ratio between efforts, which is what a person chooses.
    if (effort == QLatin1String("minimal"))
        return 10;
    if (effort == QLatin1String("low"))
        return 120;
    if (effort == QLatin1String("medium"))
        return 450;
    if (effort == QLatin1String("high"))
        return 1400;
    return 0;
}

CostEstimate CostEstimate::estimate(const Criteria &criteria, const QList<Paper> &papers, int batchSize,
                                    int concurrency, const QString &model, const QString &reasoningEffort,
                                    const PriceTable &prices, const MeasuredUsage &measured)
{
    CostEstimate e;
    e.papers = int(papers.size());
    if (papers.isEmpty())
        return e;
    e.requests = int(planBatches(int(papers.size()), batchSize, concurrency).size());
    const ChatPrompt empty = prompt::build(criteria, {}, true);
    const qint64 prefix = tokens(empty.system.size() + empty.user.size());
    qint64 paperTokens = 0;
    for (const Paper &p : papers)
        paperTokens += tokens(p.id.size() + p.title.size() + p.abstract.size() +
                              p.authors.join(QStringLiteral(", ")).size() + 40);
    e.usage.prompt = prefix * e.requests + paperTokens;
    // Providers cache a repeated prefix of 1,024 tokens or more; the first request pays in full.
    e.usage.cached = prefix >= 1024 ? prefix * (e.requests - 1) : 0;
    e.usage.reasoning = qint64(reasoningTokensPerPaper(reasoningEffort)) * e.papers;
    e.usage.completion = qint64(kOutputTokensPerPaper) * e.papers + e.usage.reasoning;
    applyMeasured(&e, measured);
    e.costUsd = prices.cost(model, e.usage);
    return e;
}

CostEstimate CostEstimate::estimateTitles(const Criteria &criteria, const QList<Paper> &papers,
                                          int abstractBatchSize, int concurrency,
                                          const QString &abstractEffort, const QString &titleModel,
                                          const QString &titleEffort, double keptShare,
                                          const PriceTable &prices, const MeasuredUsage &measured)
{
    CostEstimate e;
    e.papers = int(papers.size());
    if (papers.isEmpty())
        return e;
    const int abstractBatch = planBatches(e.papers, abstractBatchSize, concurrency).value(0);
    const int size = titleBatchSize(abstractBatch, reasoningTokensPerPaper(abstractEffort),
                                    reasoningTokensPerPaper(titleEffort));
    e.requests = int(planBatches(e.papers, size, concurrency).size());
    const ChatPrompt empty = prompt::buildTitleFilter(criteria, {});
    const qint64 prefix = tokens(empty.system.size() + empty.user.size());
    qint64 titleTokens = 0;
    for (const Paper &p : papers)
        titleTokens += tokens(p.id.size() + p.title.size() + 20);
    e.usage.prompt = prefix * e.requests + titleTokens;
    e.usage.cached = prefix >= 1024 ? prefix * (e.requests - 1) : 0;
    e.usage.reasoning = qint64(reasoningTokensPerPaper(titleEffort)) * e.papers;
    e.usage.completion = qint64(kOutputTokensPerTitle * keptShare * e.papers + 0.5) + e.usage.reasoning;
    applyMeasured(&e, measured);
    e.costUsd = prices.cost(titleModel, e.usage);
    return e;
}

QString CostEstimate::describe(const QString &model, const QString &effort) const
{
    const QLocale c = i18n::locale();
    const QString sent =
        i18n::plural(tr("%n request(s)", "Estimate: ... in 3 requests to gpt-5", requests), requests);
    QString text =
        i18n::plural(tr("Estimate: %n paper(s) in %1 to %2", nullptr, papers), papers).arg(sent, model);
    if (!effort.isEmpty())
        text += tr(" (reasoning %1)", "after the model: reasoning effort").arg(effort);
    text += tr(": about %1 prompt and %2 completion tokens")
                .arg(c.toString(usage.prompt), c.toString(usage.completion));
    if (usage.reasoning > 0)
        text += tr(" (%1 of them reasoning)", "completion tokens").arg(c.toString(usage.reasoning));
    if (measuredRuns > 0)
        text += i18n::plural(
            tr(", as the last %n run(s) of this model spent per paper", nullptr, measuredRuns), measuredRuns);
    text += tr(", about $%1.").arg(c.toString(costUsd, 'f', costUsd < 1 ? 3 : 2));
    return text;
}

} // namespace paperboy
