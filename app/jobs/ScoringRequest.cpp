#include "jobs/ScoringRequest.h"

#include "scoring/ApiKey.h"
#include "scoring/ProviderPresets.h"

namespace paperboy {

bool isLocalServer(const QUrl &baseUrl)
{
    const QString host = baseUrl.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

bool serverNeedsKey(const ProviderPreset *preset, const QUrl &baseUrl)
{
    if (preset)
        return preset->needsKey;
    return baseUrl.host() == QLatin1String("api.openai.com");
}

ScoringProblem useScoringKey(ScoreRequest *request, const QString &raw, bool fromEnvironment)
{
    ScoringProblem problem;
    QString why;
    request->llm.apiKey = apikey::clean(raw, &why);
    if (!why.isEmpty()) {
        problem.kind = ScoringProblem::Kind::BadKey;
        problem.reason = why;
        problem.fromEnvironment = fromEnvironment;
    }
    return problem;
}

ScoringProblem completeScoringRequest(ScoreRequest *request, const ProviderPreset *preset,
                                      const ScoringKeyLookup &lookup)
{
    ScoringProblem problem;
    if (request->provider != ScoreRequest::Provider::OpenAI)
        return problem;
    const LlmConfig &llm = request->llm;
    // A budget needs a price: an unknown model on a paid server would cost "$0" for ever.
    if (request->maxCostUsd > 0 && !isLocalServer(llm.baseUrl) && !request->prices.has(llm.model)) {
        problem.kind = ScoringProblem::Kind::NoPrice;
        problem.model = llm.model;
        return problem;
    }
    const ScoringKey found = lookup ? lookup() : ScoringKey();
    // Wherever it came from, a key that cannot stand in a header is not sent.
    problem = useScoringKey(request, found.key, found.fromEnvironment);
    if (!problem.ok())
        return problem;
    if (request->estimateOnly || !llm.apiKey.isEmpty() || !serverNeedsKey(preset, llm.baseUrl))
        return problem;
    problem.kind =
        found.keyringError.isEmpty() ? ScoringProblem::Kind::NoKey : ScoringProblem::Kind::KeyringUnavailable;
    problem.host = llm.baseUrl.host();
    problem.reason = found.keyringError;
    return problem;
}

} // namespace paperboy
