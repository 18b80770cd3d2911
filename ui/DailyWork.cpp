#include "DailyWork.h"

#include "Prompts.h"
#include "core/Settings.h"
#include "jobs/FetchController.h"
#include "jobs/ScoreController.h"
#include "jobs/ScoringRequest.h"
#include "jobs/ScoringSettings.h"
#include "keychain/ApiKeys.h"
#include "scoring/ProviderPresets.h"

#include <QLocale>
#include <QSettings>
#include <QWidget>

namespace paperboy {

DailyWork::DailyWork(const QString &databasePath, ApiKeys *keys, QWidget *window)
    : RoutineWork(window)
    , m_databasePath(databasePath)
    , m_keys(keys)
    , m_window(window)
{
    QSettings settings;
    const ArxivConfig config = ArxivConfig::load(settings, &m_configError);
    m_fetch = new FetchController(config, databasePath, this);
    m_score = new ScoreController(databasePath, this);

    connect(m_fetch, &FetchController::progress, this, &DailyWork::progress);
    connect(m_fetch, &FetchController::finished, this, [this](const FetchOutcome &outcome) {
        setBusy(false);
        emit fetched(outcome);
    });
    connect(m_score, &ScoreController::progress, this,
            [this](int done, int total, qint64 tokens, double cost) {
                m_scoreText =
                    tr("Scoring: %1 of %2 papers \u00b7 %3 tokens \u00b7 $%4")
                        .arg(QLocale().toString(done), QLocale().toString(total), QLocale().toString(tokens),
                             QLocale().toString(cost, 'f', cost < 1 ? 4 : 2));
                m_scoreDone = done;
                m_scoreTotal = total;
                showScoring();
                // Scores are committed batch by batch: show them as they land, but
                // not more often than the table can be refreshed without notice.
                // The last batch is shown by the run's end, not twice.
                if (done > m_lastDone && done < total &&
                    (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= kRefreshMs)) {
                    m_sinceRefresh.start();
                    m_lastDone = done;
                    emit scoresArrived();
                }
            });
    connect(m_score, &ScoreController::waiting, this, [this](const QString &text, int waitMs) {
        m_waitText = text;
        m_waitUntil = QDeadlineTimer(waitMs);
        showScoring();
    });
    connect(m_score, &ScoreController::finished, this, [this](const ScoreOutcome &outcome) {
        setBusy(false);
        emit scored(outcome);
    });
}

DailyWork::~DailyWork() = default;

bool DailyWork::isScoring() const
{
    return m_score->isRunning();
}

void DailyWork::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void DailyWork::fetchToday()
{
    FetchRequest request;
    request.kind = FetchRequest::Kind::Today;
    startFetch(request);
}

void DailyWork::fetchDay(const QDate &date)
{
    FetchRequest request;
    request.kind = FetchRequest::Kind::Date;
    request.date = date;
    startFetch(request);
}

void DailyWork::startFetch(FetchRequest request)
{
    if (m_busy)
        return;
    if (!m_configError.isEmpty()) {
        emit cannotStart(m_configError, false);
        return;
    }
    QSettings settings;
    request.categories = settings::categories(settings);
    request.keep = settings::announceTypes(settings);
    setBusy(true);
    emit progress(
        request.kind == FetchRequest::Kind::Today
            ? tr("Fetching today's announcement for %1").arg(request.categories.join(QStringLiteral(", ")))
            : tr("Fetching %1 from the arXiv API")
                  .arg(QLocale().toString(request.date, QLocale::ShortFormat)),
        0, 0);
    m_fetch->start(request);
}

bool DailyWork::requestFor(const QDate &day, ScoreRequest *request)
{
    QSettings settings;
    const ScoringSettings scoring = ScoringSettings::load(settings);
    *request = scoring.request(day, PriceTable::load());
    ScoringProblem problem =
        completeScoringRequest(request, findPreset(scoring.preset), [this] { return m_keys->forScoring(); });
    bool typed = false;
    if (problem.kind == ScoringProblem::Kind::KeyringUnavailable) {
        // No keyring answers: ask, and keep the key for this session only.
        const QString key = prompts::secret(m_window, tr("API key"),
                                            tr("The keyring cannot be reached (%1).\nPaste the API key for "
                                               "%2. It is kept for this session only, "
                                               "never written anywhere.")
                                                .arg(problem.reason, problem.host));
        if (key.isEmpty())
            return false;
        typed = true;
        problem = useScoringKey(request, key);
    }
    switch (problem.kind) {
    case ScoringProblem::Kind::None:
        break;
    case ScoringProblem::Kind::NoPrice:
        emit cannotStart(tr("There is no price for %1, so the budget of $%2 per run cannot be kept: add the "
                            "model's price in Settings, or remove the budget.")
                             .arg(problem.model, QLocale().toString(request->maxCostUsd, 'f', 2)),
                         true);
        return false;
    case ScoringProblem::Kind::NoKey:
    case ScoringProblem::Kind::KeyringUnavailable:
        emit cannotStart(tr("No API key for %1: add one in Settings, or score offline.").arg(problem.host),
                         true);
        return false;
    case ScoringProblem::Kind::BadKey:
        emit cannotStart(
            typed ? tr("The API key cannot be sent: %1.").arg(problem.reason)
                  : tr("The API key cannot be sent: %1. Enter it again in Settings.").arg(problem.reason),
            !typed);
        return false;
    }
    if (typed)
        m_keys->keepForSession(request->llm.apiKey);
    return true;
}

void DailyWork::score(const QDate &day, Papers papers, const QString &model)
{
    if (m_busy)
        return;
    ScoreRequest request;
    if (!requestFor(day, &request))
        return;
    if (papers == Papers::SetAside) {
        const QString current = request.provider == ScoreRequest::Provider::Offline
                                    ? QStringLiteral("offline")
                                    : request.llm.model;
        if (current != model) {
            emit cannotStart(
                tr("These papers were set aside by %1, and Settings now score with %2: choose %1 in "
                   "Settings to score them fully.")
                    .arg(model, current),
                true);
            return;
        }
        request.setAsideOnly = true;
    }
    setBusy(true);
    m_lastDone = 0;
    m_sinceRefresh.invalidate();
    m_scoreText = request.provider == ScoreRequest::Provider::Offline
                      ? tr("Scoring offline")
                      : tr("Scoring with %1 at %2").arg(request.llm.model, request.llm.baseUrl.host());
    m_scoreDone = 0;
    m_scoreTotal = 0;
    m_waitUntil = QDeadlineTimer(0);
    showScoring();
    m_score->start(request);
}

// The run's progress and, while it waits, why: batches that land meanwhile
// do not hide the wait.
void DailyWork::showScoring()
{
    emit progress(
        m_waitUntil.hasExpired()
            ? m_scoreText
            : tr("%1 \u00b7 %2", "scoring progress, then why it waits").arg(m_scoreText, m_waitText),
        m_scoreDone, m_scoreTotal);
}

void DailyWork::stop()
{
    m_fetch->cancel();
    m_score->cancel();
}

} // namespace paperboy
