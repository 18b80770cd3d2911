#include "RunEstimate.h"

namespace paperboy {

CostEstimate RunEstimate::estimate(const Criteria &criteria, const QList<Paper> &papers,
                                   const ScoreRequest &run, const MeasuredUsage &measured)
{
    // The abstract pass alone, until an estimate that weighs the title pass
    // and the cascade takes this call's place.
    return CostEstimate::estimate(criteria, papers, run.batchSize, run.concurrency, run.llm.model,
                                  run.llm.reasoningEffort, run.prices, measured);
}

QString RunEstimate::stagesSentence(const ScoreRequest &run)
{
    if (run.provider != ScoreRequest::Provider::OpenAI)
        return {};
    const QString titleModel = run.titleModel.isEmpty() ? run.llm.model : run.titleModel;
    const QString reader = run.titleEffort.isEmpty()
                               ? titleModel
                               : tr("%1 at %2 reasoning effort").arg(titleModel, run.titleEffort);
    QString sentence;
    switch (run.titlePass) {
    case ScoreRequest::TitlePass::Auto:
        sentence = tr("Title pass automatic: on a day where %1 reading the titles first costs less than "
                      "sending every abstract, only the papers it keeps reach %2.")
                       .arg(reader, run.llm.model);
        break;
    case ScoreRequest::TitlePass::On:
        sentence = tr("Title pass on: %1 reads the titles first, and only the papers it keeps reach %2.")
                       .arg(reader, run.llm.model);
        break;
    case ScoreRequest::TitlePass::Off:
        sentence = tr("Title pass off: every abstract goes to %1.").arg(run.llm.model);
        break;
    }
    if (run.cascade)
        sentence += QLatin1Char(' ') +
                    tr("The offline scorer sets aside, unsent, the papers it ranks far below the day's cut, "
                       "as far as its measured recall allows.");
    return sentence;
}

} // namespace paperboy
