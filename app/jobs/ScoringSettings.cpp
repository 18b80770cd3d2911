#include "jobs/ScoringSettings.h"

#include "arxiv/ArxivConfig.h"
#include "jobs/ScoringRequest.h"
#include "scoring/ProviderPresets.h"

#include <QRegularExpression>

namespace paperboy {

namespace {
const QString kProvider = QStringLiteral("scoring/provider");
const QString kPreset = QStringLiteral("scoring/preset");
const QString kBaseUrl = QStringLiteral("scoring/baseUrl");
const QString kModel = QStringLiteral("scoring/model");
const QString kEffort = QStringLiteral("scoring/reasoningEffort");
const QString kConcurrency = QStringLiteral("scoring/concurrency");
const QString kBatchSize = QStringLiteral("scoring/batchSize");
const QString kMaxCost = QStringLiteral("scoring/maxCostUsd");
const QString kTimeout = QStringLiteral("scoring/timeoutSeconds");
const QString kPatience = QStringLiteral("scoring/patienceSeconds");
const QString kGiveUp = QStringLiteral("scoring/giveUpSeconds");
const QString kTitlePass = QStringLiteral("scoring/titlePass");
const QString kTitleModel = QStringLiteral("scoring/titleModel");
const QString kTitleEffort = QStringLiteral("scoring/titleEffort");
const QString kCascade = QStringLiteral("scoring/cascade");
} // namespace

ScoringSettings ScoringSettings::load(const QSettings &s)
{
    ScoringSettings out;
    out.provider = s.value(kProvider).toString() == QLatin1String("openai") ? ScoreRequest::Provider::OpenAI
                                                                            : ScoreRequest::Provider::Offline;
    out.preset = s.value(kPreset).toString();
    if (!findPreset(out.preset))
        out.preset.clear();
    out.baseUrl = QUrl(s.value(kBaseUrl).toString());
    out.model = s.value(kModel).toString().trimmed();
    out.reasoningEffort = s.value(kEffort).toString();
    // Hand-edited files get sane values, never a run that cannot start.
    out.concurrency = qBound(0, s.value(kConcurrency, 0).toInt(), ScoreRequest::kMaxConcurrency);
    out.batchSize = qBound(0, s.value(kBatchSize, 0).toInt(), ScoreRequest::kMaxBatchSize);
    const double budget = s.value(kMaxCost, 0.0).toDouble();
    out.maxCostUsd = qIsFinite(budget) ? qBound(0.0, budget, ScoreRequest::kMaxBudgetUsd) : 0.0;
    out.timeoutSeconds =
        qBound(kMinTimeoutSeconds, s.value(kTimeout, out.timeoutSeconds).toInt(), kMaxTimeoutSeconds);
    out.patienceSeconds =
        qBound(kMinPatienceSeconds, s.value(kPatience, out.patienceSeconds).toInt(), kMaxPatienceSeconds);
    out.giveUpSeconds =
        qBound(kMinGiveUpSeconds, s.value(kGiveUp, out.giveUpSeconds).toInt(), kMaxGiveUpSeconds);
    if (!parseTitlePass(s.value(kTitlePass).toString(), &out.titlePass))
        out.titlePass = ScoreRequest::TitlePass::Auto;
    out.titleModel = s.value(kTitleModel).toString().trimmed();
    out.titleEffort = s.value(kTitleEffort).toString();
    out.cascade = s.value(kCascade, false).toBool();
    return out;
}

void ScoringSettings::save(QSettings &s) const
{
    s.setValue(kProvider, provider == ScoreRequest::Provider::OpenAI ? QStringLiteral("openai")
                                                                     : QStringLiteral("offline"));
    s.setValue(kPreset, preset);
    s.setValue(kBaseUrl, baseUrl.toString());
    s.setValue(kModel, model);
    s.setValue(kEffort, reasoningEffort);
    s.setValue(kConcurrency, concurrency);
    s.setValue(kBatchSize, batchSize);
    s.setValue(kMaxCost, maxCostUsd);
    s.setValue(kTimeout, timeoutSeconds);
    s.setValue(kPatience, patienceSeconds);
    s.setValue(kGiveUp, giveUpSeconds);
    s.setValue(kTitlePass, titlePassName(titlePass));
    s.setValue(kTitleModel, titleModel);
    s.setValue(kTitleEffort, titleEffort);
    s.setValue(kCascade, cascade);
}

LlmConfig ScoringSettings::llmConfig() const
{
    LlmConfig llm;
    const ProviderPreset *chosen = findPreset(preset);
    if (chosen) {
        llm.baseUrl = chosen->baseUrl;
        llm.model = chosen->defaultModel;
        llm.structuredOutput = chosen->structuredOutput;
    }
    // A preset's address can be moved (Ollama on another host), so a saved
    // address wins over the preset's.
    if (baseUrl.isValid() && !baseUrl.isEmpty())
        llm.baseUrl = baseUrl;
    if (!model.isEmpty())
        llm.model = model;
    llm.reasoningEffort = effortFor(llm.model, reasoningEffort);
    llm.userAgent = ArxivConfig::defaultUserAgent();
    llm.timeoutMs = timeoutSeconds * 1000;
    return llm;
}

ScoreRequest ScoringSettings::request(const QDate &date, const PriceTable &prices) const
{
    ScoreRequest r;
    r.date = date;
    r.provider = provider;
    r.llm = llmConfig();
    r.prices = prices;
    r.concurrency = runConcurrency();
    r.batchSize = batchSize;
    r.maxCostUsd = maxCostUsd;
    r.patienceMs = patienceSeconds * 1000;
    r.giveUpMs = giveUpSeconds * 1000;
    r.titlePass = titlePass;
    r.titleModel = titleModel;
    r.titleEffort = titleEffort;
    r.cascade = cascade;
    return r;
}

namespace {
// Models that take a reasoning effort, with or without a provider's prefix ("openai/gpt-5").
const QRegularExpression &reasoningModel()
{
    static const QRegularExpression re(QStringLiteral("^(?:.*/)?(?:gpt-5|o\\d)"));
    return re;
}
} // namespace

int ScoringSettings::defaultConcurrency(const QUrl &baseUrl)
{
    return isLocalServer(baseUrl) ? kLocalConcurrency : kRemoteConcurrency;
}

int ScoringSettings::runConcurrency() const
{
    return concurrency > 0 ? concurrency : defaultConcurrency(llmConfig().baseUrl);
}

QString ScoringSettings::effortFor(const QString &model, const QString &configured)
{
    // Reasoning models spend most of their cost thinking; "low" is plenty to rank abstracts.
    if (!reasoningModel().match(model).hasMatch())
        return {};
    return configured.isEmpty() ? QStringLiteral("low") : configured;
}

QString ScoringSettings::titleEffortFor(const QString &model, const QString &configured)
{
    const QRegularExpressionMatch m = reasoningModel().match(model);
    if (!m.hasMatch())
        return {};
    if (!configured.isEmpty())
        return configured;
    // o-series models take no "minimal".
    return m.captured(0).endsWith(QLatin1String("gpt-5")) ? QStringLiteral("minimal") : QStringLiteral("low");
}

LlmConfig ScoringSettings::titlePassConfig(const ScoreRequest &request)
{
    LlmConfig config = request.llm;
    if (!request.titleModel.isEmpty())
        config.model = request.titleModel;
    config.reasoningEffort = titleEffortFor(config.model, request.titleEffort);
    // Titles are answered with ids only, never with the score schema.
    config.structuredOutput = false;
    return config;
}

QString ScoringSettings::titlePassName(ScoreRequest::TitlePass pass)
{
    switch (pass) {
    case ScoreRequest::TitlePass::On:
        return QStringLiteral("on");
    case ScoreRequest::TitlePass::Off:
        return QStringLiteral("off");
    case ScoreRequest::TitlePass::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool ScoringSettings::parseTitlePass(const QString &name, ScoreRequest::TitlePass *pass)
{
    for (const auto p :
         {ScoreRequest::TitlePass::Auto, ScoreRequest::TitlePass::On, ScoreRequest::TitlePass::Off})
        if (name == titlePassName(p)) {
            *pass = p;
            return true;
        }
    return false;
}

} // namespace paperboy
