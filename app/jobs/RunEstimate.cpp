#include "jobs/RunEstimate.h"

#include "core/Translation.h"
#include "jobs/ScoringSettings.h"
#include "storage/ScoreRepository.h"

#include <QLocale>

#include <cmath>

namespace paperboy {

std::optional<RunHistory> RunHistory::read(const ScoreRepository &scores, const ScoreRequest &request,
                                           QString *error)
{
    const LlmConfig title = ScoringSettings::titlePassConfig(request);
    RunHistory h;
    error->clear();
    h.abstracts = scores.measuredUsage(request.llm.model, request.llm.reasoningEffort, error);
    if (error->isEmpty())
        h.titles = scores.measuredTitleUsage(title.model, title.reasoningEffort, error);
    if (error->isEmpty())
        h.kept = scores.measuredKeptShare(error);
    if (!error->isEmpty())
        return std::nullopt;
    return h;
}

QString RunEstimate::sentence(int setAside, int dayPapers) const
{
    return chosen().describe(model, effort) + QLatin1Char(' ') + passesSentence(setAside, dayPapers);
}

QString RunEstimate::passesSentence(int setAside, int dayPapers) const
{
    QString text = describe();
    if (const QString cascade = cascadeSentence(setAside, dayPapers); !cascade.isEmpty())
        text += QLatin1Char(' ') + cascade;
    return text;
}

QString RunEstimate::cascadeSentence(int setAside, int dayPapers)
{
    if (setAside <= 0)
        return {};
    return i18n::plural(tr("The offline scorer sets aside %n of the %1 paper(s) unsent (far below the day's "
                           "cut); the estimate is for the rest.",
                           nullptr, setAside),
                        setAside)
        .arg(i18n::locale().toString(dayPapers));
}

CostEstimate RunEstimate::chosen() const
{
    if (!titlePass)
        return allAbstracts;
    CostEstimate e = keptAbstracts;
    e.papers = titles.papers;
    e.requests += titles.requests;
    e.usage += titles.usage;
    e.costUsd += titles.costUsd;
    return e;
}

RunEstimate RunEstimate::estimate(const Criteria &criteria, const QList<Paper> &papers,
                                  const ScoreRequest &request, const MeasuredUsage &measured,
                                  const MeasuredUsage &measuredTitles, const MeasuredKeptShare &keptShare)
{
    RunEstimate r;
    r.setting = request.titlePass;
    r.model = request.llm.model;
    r.effort = request.llm.reasoningEffort;
    const LlmConfig title = ScoringSettings::titlePassConfig(request);
    r.titleModel = title.model;
    r.titleEffort = title.reasoningEffort;
    if (keptShare.runs > 0 && keptShare.asked > 0) {
        r.keptShare = std::clamp(double(keptShare.kept) / keptShare.asked, 0.0, 1.0);
        r.keptShareRuns = keptShare.runs;
    }
    r.allAbstracts = CostEstimate::estimate(criteria, papers, request.batchSize, request.concurrency, r.model,
                                            r.effort, request.prices, measured);
    r.titles = CostEstimate::estimateTitles(criteria, papers, request.batchSize, request.concurrency,
                                            r.effort, r.titleModel, r.titleEffort, r.keptShare,
                                            request.prices, measuredTitles);
    const qsizetype kept = qsizetype(std::lround(r.keptShare * double(papers.size())));
    r.keptAbstracts =
        CostEstimate::estimate(criteria, papers.mid(0, kept), request.batchSize, request.concurrency, r.model,
                               r.effort, request.prices, measured);
    switch (request.titlePass) {
    case ScoreRequest::TitlePass::On:
        r.titlePass = true;
        break;
    case ScoreRequest::TitlePass::Off:
        r.titlePass = false;
        break;
    case ScoreRequest::TitlePass::Auto:
        r.titlePass = r.withTitlePassUsd() < r.abstractsOnlyUsd();
        break;
    }
    // Papers sent again for what the title pass set aside have had their title pass.
    if (request.setAsideOnly)
        r.titlePass = false;
    return r;
}

QString RunEstimate::describe() const
{
    const QLocale c = i18n::locale();
    const auto money = [&](double usd) { return c.toString(usd, 'f', usd < 0.01 ? 4 : usd < 1 ? 3 : 2); };
    const QString who =
        titleEffort.isEmpty() ? titleModel : QStringLiteral("%1, %2").arg(titleModel, titleEffort);
    const QString why = setting == ScoreRequest::TitlePass::Auto
                            ? tr("auto", "title pass chosen by the estimate")
                            : tr("as set", "title pass chosen by the person");
    const QString share =
        keptShareRuns > 0
            ? i18n::plural(tr("about %1% kept in the last %n title pass(es)", nullptr, keptShareRuns),
                           keptShareRuns)
                  .arg(c.toString(std::lround(keptShare * 100)))
            : tr("about %1% kept (a default: no title pass measured yet)")
                  .arg(c.toString(std::lround(keptShare * 100)));
    const double saved = abstractsOnlyUsd() - withTitlePassUsd();
    const QString balance = saved >= 0 ? tr("saves about $%1 against abstracts only").arg(money(saved))
                                       : tr("costs about $%1 more than abstracts only").arg(money(-saved));
    const QString titlesText = i18n::plural(tr("%n title(s)", nullptr, titles.papers), titles.papers);
    if (titlePass)
        return tr("Title pass on (%1; %2): %3, %4; %5.").arg(why, who, titlesText, share, balance);
    return tr("Title pass off (%1): one over %2 (%3), %4, %5.").arg(why, titlesText, who, share, balance);
}

} // namespace paperboy
