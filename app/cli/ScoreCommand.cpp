#include "arxiv/ArxivConfig.h"
#include "cli/Cli.h"
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/Interrupts.h"
#include "jobs/ScoreController.h"
#include "jobs/ScoringRequest.h"
#include "jobs/ScoringSettings.h"
#include "scoring/ApiKey.h"
#include "scoring/ProviderPresets.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace paperboy::cli {

namespace {

// The bounds of the run's options (docs/DESIGN_NOTES.md, "Limits").
constexpr int kMaxConcurrency = ScoreRequest::kMaxConcurrency;
constexpr int kMaxBatchSize = ScoreRequest::kMaxBatchSize;
constexpr double kMaxBudgetUsd = ScoreRequest::kMaxBudgetUsd;
constexpr int kMaxModelName = 200;

// A model name goes into the request's JSON and into messages: printable,
// without spaces, of a sane length.
bool isModelName(const QString &name)
{
    if (name.isEmpty() || name.size() > kMaxModelName)
        return false;
    return std::none_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.isSpace() || !ch.isPrint(); });
}

// A number of seconds within bounds (--timeout, --patience, --give-up-after).
struct SecondsOption
{
    SecondsOption(const QString &name, const QString &what, int low, int high, int fallback)
        : option(name,
                 QStringLiteral("%1 (%2 to %3, default %4).").arg(what).arg(low).arg(high).arg(fallback),
                 QStringLiteral("SECONDS"))
        , low(low)
        , high(high)
    {
    }
    // Into `ms` when set. Returns -1 to go on, or the exit status (2).
    int read(CommandContext &c, const QCommandLineParser &parser, int *ms) const
    {
        if (!parser.isSet(option))
            return -1;
        int seconds = 0;
        const int status =
            parseSeconds(c, option.names().constFirst(), parser.value(option), low, high, &seconds);
        if (status < 0)
            *ms = seconds * 1000;
        return status;
    }

    QCommandLineOption option;
    int low;
    int high;
};

} // namespace

int runScore(CommandContext &c)
{
    QSettings settings;
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The day (default: the latest)."),
                                  QStringLiteral("D"));
    const QCommandLineOption provider(
        QStringLiteral("provider"),
        QStringLiteral("offline, or openai for any OpenAI-compatible server (default:"
                       " openai when OPENAI_API_KEY is set, else from settings)."),
        QStringLiteral("NAME"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("The model (default gpt-5-mini)."),
                                   QStringLiteral("M"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QStringLiteral("The server, e.g. http://localhost:11434/v1 (default:"
                                                    " OPENAI_BASE_URL, else https://api.openai.com/v1)."),
                                     QStringLiteral("URL"));
    QStringList presetNames;
    for (const ProviderPreset &p : providerPresets())
        presetNames << p.name;
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        QStringLiteral("A known OpenAI-compatible server: %1 (sets the address and a"
                       " default model; implies --provider openai).")
            .arg(presetNames.join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        QStringLiteral("Requests in flight (default 8; 4 for a server on this machine)."),
        QStringLiteral("N"));
    const QCommandLineOption batch(
        QStringLiteral("batch-size"),
        QStringLiteral("Papers per request (default: chosen from the day's size)."), QStringLiteral("N"));
    const QCommandLineOption maxCost(QStringLiteral("max-cost"),
                                     QStringLiteral("Stop sending when the run has cost this much."),
                                     QStringLiteral("USD"));
    const QCommandLineOption effort(
        QStringLiteral("reasoning-effort"),
        QStringLiteral("For reasoning models: minimal, low, medium or high (default"
                       " low for gpt-5 and o-series models)."),
        QStringLiteral("E"));
    const QCommandLineOption titleFilter(QStringLiteral("title-filter"),
                                         QStringLiteral("auto, on or off: a title-only pass first, at its own"
                                                        " model and effort (default auto: on when the"
                                                        " estimate says it saves money)."),
                                         QStringLiteral("auto|on|off"));
    const QCommandLineOption cascade(
        QStringLiteral("cascade"),
        QStringLiteral("Leave unsent the papers the offline scorer ranks at the bottom of the day (5%, 30%"
                       " once you have starred papers), stored as set aside (default: the setting)."));
    const QCommandLineOption noCascade(QStringLiteral("no-cascade"),
                                       QStringLiteral("Send every paper, whatever the setting."));
    const QCommandLineOption rescore(QStringLiteral("rescore"),
                                     QStringLiteral("Score again papers that already have a score."));
    const QCommandLineOption setAside(
        QStringLiteral("set-aside"),
        QStringLiteral("Score fully, abstract and all, the papers this model's title pass set aside (the"
                       " window's Score These Fully)."));
    const QCommandLineOption estimateOnly(QStringLiteral("estimate"),
                                          QStringLiteral("Print what the run would cost and send nothing."));
    const SecondsOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral(
            "Fail a request after this many seconds without a byte from the server, then retry it"),
        ScoringSettings::kMinTimeoutSeconds, ScoringSettings::kMaxTimeoutSeconds,
        ScoringSettings().timeoutSeconds);
    const SecondsOption patience(
        QStringLiteral("patience"),
        QStringLiteral("Stop when requests keep failing and none has succeeded for this many "
                       "seconds, or when the server asks to wait longer"),
        ScoringSettings::kMinPatienceSeconds, ScoringSettings::kMaxPatienceSeconds,
        ScoringSettings().patienceSeconds);
    const SecondsOption giveUp(
        QStringLiteral("give-up-after"),
        QStringLiteral("Stop when the server has not answered at all (connection refused, host not "
                       "found, silent) for this many seconds"),
        ScoringSettings::kMinGiveUpSeconds, ScoringSettings::kMaxGiveUpSeconds,
        ScoringSettings().giveUpSeconds);
    parser.addOptions({date, provider, preset, model, baseUrl, concurrency, batch, maxCost, effort,
                       titleFilter, cascade, noCascade, rescore, setAside, estimateOnly, timeout.option,
                       patience.option, giveUp.option});
    if (const int status =
            parse(c, parser,
                  QStringLiteral("Score a day's papers for relevance and novelty against your criteria."));
        status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return complain(c, ExitUsage,
                        QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    // The saved settings are the defaults; options and the environment win.
    const ScoringSettings saved = ScoringSettings::load(settings);
    ScoreRequest request = saved.request({}, PriceTable::load());
    if (parser.isSet(date))
        if (const int status = parseDate(c, QStringLiteral("date"), parser.value(date), &request.date);
            status >= 0)
            return status;
    QString providerName = parser.value(provider);
    if (providerName.isEmpty() && !apikey::fromEnvironment().isEmpty())
        providerName = QStringLiteral("openai");
    if (providerName == QLatin1String("offline"))
        request.provider = ScoreRequest::Provider::Offline;
    else if (providerName == QLatin1String("openai"))
        request.provider = ScoreRequest::Provider::OpenAI;
    else if (!providerName.isEmpty())
        return complain(c, ExitUsage, QStringLiteral("--provider takes offline or openai"));

    LlmConfig &llm = request.llm;
    const ProviderPreset *chosen = findPreset(saved.preset);
    if (parser.isSet(preset)) {
        chosen = findPreset(parser.value(preset));
        if (!chosen)
            return complain(c, ExitUsage,
                            QStringLiteral("--preset takes %1").arg(presetNames.join(QStringLiteral(", "))));
        if (parser.value(provider) == QLatin1String("offline"))
            return complain(c, ExitUsage, QStringLiteral("--preset is for --provider openai"));
        request.provider = ScoreRequest::Provider::OpenAI;
        llm.baseUrl = chosen->baseUrl;
        llm.model = chosen->defaultModel;
        llm.structuredOutput = chosen->structuredOutput;
    }
    if (parser.isSet(model)) {
        llm.model = parser.value(model);
        if (!isModelName(llm.model))
            return complain(
                c, ExitUsage,
                QStringLiteral("--model takes a model name, like gpt-5-mini (at most %1 characters,"
                               " no spaces)")
                    .arg(kMaxModelName));
    }
    QString base = parser.value(baseUrl);
    if (base.isEmpty() && !parser.isSet(preset))
        base = qEnvironmentVariable("OPENAI_BASE_URL");
    if (!base.isEmpty()) {
        llm.baseUrl = QUrl(base);
        const QString scheme = llm.baseUrl.scheme();
        if (!llm.baseUrl.isValid() || llm.baseUrl.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return complain(
                c, ExitUsage,
                QStringLiteral("'%1' is not a server address (like http://host:port/v1)").arg(base));
        if (!parser.isSet(preset))
            chosen = nullptr; // another server than the saved preset's
    }
    llm.reasoningEffort = parser.isSet(effort) ? parser.value(effort)
                                               : ScoringSettings::effortFor(llm.model, saved.reasoningEffort);
    if (!llm.reasoningEffort.isEmpty() && !QStringList{QStringLiteral("minimal"), QStringLiteral("low"),
                                                       QStringLiteral("medium"), QStringLiteral("high")}
                                               .contains(llm.reasoningEffort))
        return complain(c, ExitUsage,
                        QStringLiteral("--reasoning-effort takes minimal, low, medium or high"));
    // The server's default follows the server the options chose.
    if (saved.concurrency == 0)
        request.concurrency = ScoringSettings::defaultConcurrency(llm.baseUrl);
    if (parser.isSet(concurrency) &&
        !parseInRange(parser.value(concurrency), 1, kMaxConcurrency, &request.concurrency))
        return complain(c, ExitUsage,
                        QStringLiteral("--concurrency takes a number from 1 to %1").arg(kMaxConcurrency));
    if (parser.isSet(batch) && !parseInRange(parser.value(batch), 1, kMaxBatchSize, &request.batchSize))
        return complain(c, ExitUsage,
                        QStringLiteral("--batch-size takes a number from 1 to %1").arg(kMaxBatchSize));
    if (parser.isSet(maxCost)) {
        bool ok = false;
        request.maxCostUsd = parser.value(maxCost).toDouble(&ok);
        if (!ok || !qIsFinite(request.maxCostUsd) || request.maxCostUsd <= 0 ||
            request.maxCostUsd > kMaxBudgetUsd)
            return complain(
                c, ExitUsage,
                QStringLiteral("--max-cost takes an amount in USD above 0 and up to %1, like 0.50")
                    .arg(kMaxBudgetUsd));
    }
    if (parser.isSet(titleFilter)) {
        if (!ScoringSettings::parseTitlePass(parser.value(titleFilter), &request.titlePass))
            return complain(c, ExitUsage, QStringLiteral("--title-filter takes auto, on or off"));
    }
    if (parser.isSet(cascade) && parser.isSet(noCascade))
        return complain(c, ExitUsage, QStringLiteral("--cascade and --no-cascade exclude each other"));
    if (parser.isSet(cascade) || parser.isSet(noCascade))
        request.cascade = parser.isSet(cascade);
    for (const auto &[option, ms] :
         {std::pair{&timeout, &llm.timeoutMs}, std::pair{&patience, &request.patienceMs},
          std::pair{&giveUp, &request.giveUpMs}}) {
        if (const int status = option->read(c, parser, ms); status >= 0)
            return status;
    }
    request.rescore = parser.isSet(rescore);
    request.setAsideOnly = parser.isSet(setAside);
    if (request.rescore && request.setAsideOnly)
        return complain(c, ExitUsage, QStringLiteral("--rescore and --set-aside exclude each other"));
    request.estimateOnly = parser.isSet(estimateOnly);
    // An estimate writes nothing, not even a new empty cache.
    if (request.estimateOnly && !QFileInfo::exists(c.databasePath))
        return complain(c, ExitFailure,
                        QStringLiteral("there is no cache at %1 yet: fetch a day first").arg(c.databasePath));
    const ScoringProblem problem = completeScoringRequest(&request, chosen, c.keys.forScoring);
    switch (problem.kind) {
    case ScoringProblem::Kind::None:
        break;
    case ScoringProblem::Kind::NoPrice:
        return complain(c, ExitUsage,
                        QStringLiteral("no price for %1, so --max-cost cannot be kept: add it to %2")
                            .arg(problem.model, PriceTable::userFile()));
    case ScoringProblem::Kind::BadKey:
        return complain(c, ExitUsage,
                        QStringLiteral("the API key in %1 cannot be sent: %2; nothing was sent")
                            .arg(problem.fromEnvironment ? QStringLiteral("OPENAI_API_KEY")
                                                         : QStringLiteral("the keychain"),
                                 problem.reason));
    case ScoringProblem::Kind::NoKey:
    case ScoringProblem::Kind::KeyringUnavailable: // no keyring: same as no key
        return complain(
            c, ExitFailure,
            QStringLiteral("no API key: set OPENAI_API_KEY or save one with 'paperboy key set', or"
                           " score with --provider offline"));
    }

    ScoreController controller(c.databasePath);
    ScoreOutcome outcome;
    QEventLoop loop;
    const bool tty = isatty(fileno(stderr));
    int lastShown = -1;
    QObject::connect(&controller, &ScoreController::progress, &loop,
                     [&](int done, int total, qint64 tokens, double cost) {
                         // On a terminal, a running line; in logs, every tenth of the way.
                         const int tenth = total > 0 ? done * 10 / total : 0;
                         if (!tty && tenth == lastShown)
                             return;
                         lastShown = tenth;
                         c.err << QStringLiteral("%1scored %2/%3, %4 tokens, $%5%6")
                                      .arg(tty ? QStringLiteral("\r") : QString())
                                      .arg(done)
                                      .arg(total)
                                      .arg(QLocale::c().toString(tokens))
                                      .arg(cost, 0, 'f', 4)
                                      .arg(tty ? QString() : QStringLiteral("\n"))
                               << Qt::flush;
                     });
    if (!request.estimateOnly)
        QObject::connect(&controller, &ScoreController::estimated, &loop, [&](const QString &text, double) {
            c.err << text << "\n" << Qt::flush;
        });
    // A wait gets a line of its own; on a terminal it replaces the running line.
    QObject::connect(&controller, &ScoreController::waiting, &loop, [&](const QString &text, int) {
        c.err << (tty ? QStringLiteral("\r\033[K") : QString()) << text << "\n" << Qt::flush;
    });
    QObject::connect(&controller, &ScoreController::finished, &loop, [&](const ScoreOutcome &o) {
        outcome = o;
        loop.quit();
    });
    const Interrupts interrupts([&](int) { controller.cancel(); });
    controller.start(request);
    loop.exec();
    if (tty)
        c.err << "\n";
    if (outcome.status == ScoreOutcome::Status::Cancelled)
        outcome.message = interrupts.explain(outcome.message);

    for (const QString &failure : std::as_const(outcome.failures))
        c.err << "paperboy: not scored: " << failure << "\n";
    switch (outcome.status) {
    case ScoreOutcome::Status::Done:
    case ScoreOutcome::Status::NothingToDo:
    case ScoreOutcome::Status::Stopped:
        c.out << outcome.message << "\n";
        return outcome.failed > 0 ? ExitFailure : ExitOk;
    case ScoreOutcome::Status::Cancelled:
        return complain(c, ExitFailure, outcome.message);
    case ScoreOutcome::Status::Failed:
        break;
    }
    const int code = outcome.failure == ScoreOutcome::Failure::Storage ? ExitStorage
                     : outcome.failure == ScoreOutcome::Failure::Provider ||
                             outcome.failure == ScoreOutcome::Failure::KeyRejected
                         ? ExitNetwork
                         : ExitFailure;
    return complain(c, code, outcome.message);
}

int runKey(CommandContext &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("set (reads the key from standard input), clear, or status."));
    if (const int status = parse(c, parser, QStringLiteral("Keep the LLM API key in the OS keychain."));
        status >= 0)
        return status;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 ||
        !QStringList{QStringLiteral("set"), QStringLiteral("clear"), QStringLiteral("status")}.contains(
            action))
        return complain(c, ExitUsage, QStringLiteral("key takes set, clear or status"));
    if (!c.keys.read)
        return complain(c, ExitFailure, QStringLiteral("this build has no keychain support"));
    if (action == QLatin1String("set")) {
        // From stdin, so the key never shows in the process list or shell history.
        QTextStream in(stdin);
        // One line; a key is far shorter than this.
        const QString line = in.readLine(4096);
        if (line.trimmed().isEmpty())
            return complain(c, ExitUsage,
                            QStringLiteral("no key on standard input (try: paperboy key set < keyfile)"));
        QString why;
        const QString key = apikey::clean(line, &why);
        if (key.isEmpty())
            return complain(c, ExitUsage, QStringLiteral("%1; the keychain was left as it was").arg(why));
        if (const QString why = c.keys.write(key); !why.isEmpty())
            return complain(c, ExitFailure, QStringLiteral("the keychain did not take the key: %1").arg(why));
        c.out << "The API key is in the keychain.\n";
        return ExitOk;
    }
    if (action == QLatin1String("clear")) {
        if (const QString why = c.keys.remove(); !why.isEmpty())
            return complain(c, ExitFailure,
                            QStringLiteral("the keychain did not remove the key: %1").arg(why));
        c.out << "The API key was removed from the keychain.\n";
        return ExitOk;
    }
    QString key;
    const QString why = c.keys.read(&key);
    c.out << (key.isEmpty() ? QStringLiteral("No API key in the keychain%1.\n")
                                  .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why))
                            : QStringLiteral("An API key is in the keychain.\n"));
    return ExitOk;
}

} // namespace paperboy::cli
