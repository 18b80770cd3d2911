// How well the offline scorer ranks real days: the nine October 2025 days of
// the fixtures, each paper judged by a reference system (an LLM against the
// criteria of bench/data/reference-criteria.json). Everything runs the way
// the app runs it: the day stored in a real cache, the criteria saved as a
// version, scoring through ScoreController and its worker, stars written
// through MarkWriter, scores read back through the list the window shows.
//
//   bench_scoringquality [--criteria FILE] [--stars-per-day N]
//
// The cascade (OfflineCascade): per day and mode, the share of the day the
// rule sets aside and the picks it would lose, and a sweep of the shares
// it could use, from which its constants were chosen.
//
// Cold: each day alone in a fresh cache, no stars. Warm: the days in date
// order in one cache, the picks of the earlier days starred before each
// day is scored (as a person who agreed with the reference would); with
// --stars-per-day N only the first N picks of each day, as a person who
// stars little. Model-warm: the same, no stars, but each earlier day stored as a language
// model run scored it (the picks with the reference's relevance, the rest
// with a low one), as a person who scored those days with a model. Papers
// picked for a followed author are left out of every measure and never
// starred. Measures: ROC AUC and precision at k (k = the day's picks) of
// the offline relevance: its value before rounding when the scorer stores
// one (the integer 1..10 otherwise), ties counted as coin tosses
// (tests/support/RankingMeasures.h). Next to it a plain TF-IDF + linear SVM
// baseline on the same days: cosine to the criteria text when cold, trained
// on the earlier days' picks and non-picks when warm. Deterministic.
#include "core/Criteria.h"
#include "jobs/ScoreJob.h"
#include "scoring/OfflineCascade.h"
#include "scoring/OfflineScorer.h"
#include "storage/Database.h"
#include "storage/MarkWriter.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"
#include "support/CacheProbe.h"
#include "support/FakeOpenAi.h"
#include "support/RankingMeasures.h"
#include "support/RealDays.h"
#include "support/ScoringRun.h"
#include "support/TestPaths.h"

#include "BenchCriteria.h"
#include "BenchStats.h"
#include "TfIdfBaseline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace paperboy;

namespace {

// Warm figures count from the fourth day: before it the stars are few.
constexpr int kFirstWarmDay = 3;
constexpr int kSvmEpochs = 20;
constexpr std::uint32_t kSvmSeed = 1;

struct Day
{
    QDate date;
    QList<Paper> papers;
    QHash<QString, test::RealDayJudgement> judgements;

    // The papers the measures rank: all but those picked for their author.
    bool measured(const Paper &p) const { return !judgements.value(p.id).byAuthor; }
    bool picked(const Paper &p) const { return judgements.value(p.id).picked; }
};

struct Measure
{
    double auc = NAN;
    double precision = NAN;
    double ties = NAN;
};

struct Scored
{
    QHash<QString, double> relevance;
    QStringList atTen; // the papers at relevance 10
    QList<int> novelty;
    double ms = 0;
};

[[noreturn]] void fail(const QString &line)
{
    std::fprintf(stderr, "bench_scoringquality: %s\n", qPrintable(line));
    std::exit(2);
}

QList<Day> realDays()
{
    QList<Day> days;
    const QDir dir(test::fixturePath(QStringLiteral("arxiv-days-2025-10")));
    for (const QString &file : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        const QDate date = QDate::fromString(file.chopped(6), Qt::ISODate);
        if (date.isValid())
            days.append({date, test::realDay(date), test::realDayJudgements(date)});
    }
    if (days.isEmpty())
        fail(QStringLiteral("no real days in %1").arg(dir.path()));
    return days;
}

// No scores (a baseline with nothing to learn from yet): no measure.
Measure measure(const Day &day, const QHash<QString, double> &scores)
{
    if (scores.isEmpty())
        return {};
    std::vector<double> s;
    std::vector<bool> positive;
    int k = 0;
    for (const Paper &p : day.papers) {
        if (!day.measured(p))
            continue;
        s.push_back(scores.value(p.id, NAN));
        positive.push_back(day.picked(p));
        k += day.picked(p) ? 1 : 0;
    }
    return {test::rocAuc(s, positive), test::precisionAtK(s, positive, k), test::tiedPairShare(s, positive)};
}

void storeDayWithCriteria(const QString &dbPath, const Day &day, const Criteria &criteria)
{
    QString error;
    if (!test::storeDay(dbPath, day.date, day.papers, &error))
        fail(QStringLiteral("cannot store %1: %2").arg(day.date.toString(Qt::ISODate), error));
    Database db(dbPath);
    if (!db.open(&error) || !ScoreRepository(db.connection()).saveCriteria(criteria, &error))
        fail(QStringLiteral("cannot save the criteria: %1").arg(error));
}

// Scores the day offline as the window's "Score" does, and reads the scores
// back as the window's list shows them.
Scored scoreOffline(const QString &dbPath, const Day &day, const Criteria &criteria)
{
    ScoreRequest request;
    request.date = day.date;
    request.provider = ScoreRequest::Provider::Offline;
    QElapsedTimer timer;
    timer.start();
    const test::ScoringRun run = test::runScoring(dbPath, request);
    Scored out;
    out.ms = double(timer.nsecsElapsed()) / 1e6;
    if (run.outcome.status != ScoreOutcome::Status::Done || run.outcome.scored != day.papers.size())
        fail(QStringLiteral("scoring %1 offline: %2")
                 .arg(day.date.toString(Qt::ISODate), run.outcome.message));

    Database db(dbPath);
    QString error;
    if (!db.open(&error))
        fail(error);
    ListQuery query;
    query.date = day.date;
    query.criteria = criteria;
    const QList<PaperRow> rows = PaperRepository(db.connection()).list(query, &error);
    if (!error.isEmpty() || rows.size() != day.papers.size())
        fail(QStringLiteral("reading the scores of %1: %2").arg(day.date.toString(Qt::ISODate), error));
    for (const PaperRow &row : rows) {
        if (!row.relevance || !row.novelty)
            fail(QStringLiteral("%1 has no offline score").arg(row.paper.id));
        out.relevance.insert(row.paper.id, row.relevanceValue.value_or(*row.relevance));
        out.novelty << *row.novelty;
        if (*row.relevance == 10)
            out.atTen << row.paper.id;
    }
    return out;
}

// The first `limit` picks of a day in its listing order (0: all of them).
QStringList picksToStar(const Day &day, int limit)
{
    QStringList ids;
    for (const Paper &p : day.papers)
        if (day.measured(p) && day.picked(p) && (limit == 0 || ids.size() < limit))
            ids << p.id;
    return ids;
}

// Stars `ids` through the writer the window uses, and checks the cache now
// holds `expected` starred papers.
void starPicks(const QString &dbPath, const Day &day, const QStringList &ids, int expected)
{
    {
        MarkWriter writer(dbPath);
        writer.write(PaperMark::Star, ids, true);
        writer.flush();
    }
    Database db(dbPath);
    QString error;
    if (!db.open(&error) || PaperRepository(db.connection()).starredPapers(&error).size() != expected)
        fail(QStringLiteral("starring the picks of %1 failed %2").arg(day.date.toString(Qt::ISODate), error));
}

// Stores a day as scored by a language model agreeing with the reference:
// its picks with the reference's relevance and novelty, every other paper
// relevance 1-4 (a stable hash of its id), as a model turning it down would.
void storeModelRun(const QString &dbPath, const Day &day, const Criteria &criteria)
{
    Database db(dbPath);
    QString error;
    if (!db.open(&error))
        fail(error);
    ScoreRepository repo(db.connection());
    RunRecord run;
    run.date = day.date;
    run.provider = QStringLiteral("openai");
    run.model = QStringLiteral("reference-model");
    run.scoringHash = criteria.scoringHash();
    run.id = repo.startRun(run, &error);
    QList<PaperScore> scores;
    for (const Paper &p : day.papers) {
        const test::RealDayJudgement j = day.judgements.value(p.id);
        if (j.byAuthor)
            continue;
        const int low = 1 + int(test::FakeOpenAi::stableHash(p.id) % 4);
        scores.append({p.id, p.version, j.picked ? j.relevance : low, j.picked ? j.novelty : low,
                       QStringLiteral("reference"), false});
    }
    run.status = QStringLiteral("done");
    if (run.id <= 0 || !repo.storeScores(scores, run.scoringHash, run.model, run.id, &error) ||
        !repo.finishRun(run, &error))
        fail(QStringLiteral("storing the model run of %1: %2").arg(day.date.toString(Qt::ISODate), error));
}

int picksOf(const Day &day)
{
    int picks = 0;
    for (const Paper &p : day.papers)
        picks += day.measured(p) && day.picked(p) ? 1 : 0;
    return picks;
}

QString textOf(const Paper &p)
{
    return p.title + QLatin1Char(' ') + p.abstract;
}

// What the criteria say counts: topic names, their descriptions, the
// relevant keywords (what does not count would only add its words).
QString criteriaText(const Criteria &criteria)
{
    QStringList parts;
    for (const Criteria::Topic &t : criteria.topics)
        parts << t.name << t.relevant;
    parts << criteria.relevantKeywords;
    return parts.join(QLatin1Char(' '));
}

QHash<QString, double> baselineCold(const Day &day, const Criteria &criteria)
{
    QStringList docs;
    for (const Paper &p : day.papers)
        docs << textOf(p);
    const bench::TfIdfSpace space(docs);
    const bench::TfIdfSpace::Vector query = space.vectorOf(criteriaText(criteria));
    QHash<QString, double> scores;
    for (const Paper &p : day.papers)
        scores.insert(p.id, bench::TfIdfSpace::dot(query, space.vectorOf(textOf(p))));
    return scores;
}

// Trained on the days before `d`: their picks positive, the rest negative.
QHash<QString, double> baselineWarm(const QList<Day> &days, int d)
{
    QStringList docs;
    QList<const Paper *> training;
    std::vector<bool> labels;
    for (int e = 0; e < d; ++e)
        for (const Paper &p : days[e].papers)
            if (days[e].measured(p)) {
                training << &p;
                labels.push_back(days[e].picked(p));
                docs << textOf(p);
            }
    QHash<QString, double> scores;
    if (training.isEmpty())
        return scores;
    for (const Paper &p : days[d].papers)
        docs << textOf(p);
    const bench::TfIdfSpace space(docs);
    std::vector<bench::TfIdfSpace::Vector> examples;
    for (const Paper *p : std::as_const(training))
        examples.push_back(space.vectorOf(textOf(*p)));
    const bench::LinearSvm svm(examples, labels, space.dimensions(), kSvmEpochs, kSvmSeed);
    for (const Paper &p : days[d].papers)
        scores.insert(p.id, svm.decision(space.vectorOf(textOf(p))));
    return scores;
}

// What the cascade sets aside of a day at `share`, and the picks among them.
struct Cascade
{
    int aside = 0;
    int lost = 0;
};

Cascade cascadeOf(const Day &day, const QHash<QString, double> &relevance, double share)
{
    QList<PaperScore> scores;
    for (const Paper &p : day.papers) {
        PaperScore s;
        s.paperId = p.id;
        s.relevanceValue = relevance.value(p.id);
        scores << s;
    }
    const QSet<QString> aside = OfflineCascade::setAside(scores, share);
    Cascade out;
    out.aside = int(aside.size());
    for (const Paper &p : day.papers)
        out.lost += aside.contains(p.id) && day.measured(p) && day.picked(p) ? 1 : 0;
    return out;
}

QString fixed(double v, int width = 6)
{
    return std::isnan(v) ? QStringLiteral("-").rightJustified(width)
                         : QString::number(v, 'f', 3).rightJustified(width);
}

double mean(const QList<double> &values)
{
    double sum = 0;
    int n = 0;
    for (const double v : values)
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    return n ? sum / n : NAN;
}

QString spread(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return QStringLiteral("min %1, median %2, max %3").arg(values.first()).arg(median).arg(values.last());
}

QString percent(int part, int whole)
{
    return QString::number(whole ? 100.0 * part / whole : 0.0, 'f', 1);
}

// The cascade at its constants (the share each mode's stars give), then a
// sweep of shares: picks lost of all picks, cold and on the warm days the
// scorer learned from.
void printCascade(QTextStream &out, const QList<Day> &days, const QList<QHash<QString, double>> &cold,
                  const QList<QHash<QString, double>> &warm, const QList<int> &starsBefore)
{
    out << "\ncascade (OfflineCascade: cold share " << OfflineCascade::kColdShare << ", warm share "
        << OfflineCascade::kWarmShare << " once " << OfflineCascade::kWarmFromStars << "+ stars)\n";
    out << "day           n picks | cold aside%  lost | warm stars aside%  lost\n";
    int n = 0, picks = 0, coldAside = 0, coldLost = 0, warmAside = 0, warmLost = 0;
    for (int d = 0; d < days.size(); ++d) {
        const Cascade c = cascadeOf(days[d], cold[d], OfflineCascade::shareFor(0));
        const Cascade w = cascadeOf(days[d], warm[d], OfflineCascade::shareFor(starsBefore[d]));
        const int size = int(days[d].papers.size());
        n += size;
        picks += picksOf(days[d]);
        coldAside += c.aside;
        coldLost += c.lost;
        warmAside += w.aside;
        warmLost += w.lost;
        out << days[d].date.toString(Qt::ISODate) << QString::number(size).rightJustified(5)
            << QString::number(picksOf(days[d])).rightJustified(6) << " |"
            << percent(c.aside, size).rightJustified(11) << QString::number(c.lost).rightJustified(6) << " |"
            << QString::number(starsBefore[d]).rightJustified(11) << percent(w.aside, size).rightJustified(7)
            << QString::number(w.lost).rightJustified(6) << "\n";
    }
    out << "total   " << QString::number(n).rightJustified(8) << QString::number(picks).rightJustified(6)
        << " |" << percent(coldAside, n).rightJustified(11) << QString::number(coldLost).rightJustified(6)
        << " |" << QStringLiteral("").rightJustified(11) << percent(warmAside, n).rightJustified(7)
        << QString::number(warmLost).rightJustified(6) << "\n";
    out << "picks lost: cold " << percent(coldLost, picks) << "%, warm " << percent(warmLost, picks) << "%\n";

    out << "\nsweep: share | cold lost (% of picks, worst day %) | warm lost on days with stars (% of their "
           "picks, worst day %)\n";
    for (int step = 1; step <= 14; ++step) {
        const double share = 0.05 * step;
        int cl = 0, wl = 0, wp = 0;
        double coldWorst = 0, warmWorst = 0;
        for (int d = 0; d < days.size(); ++d) {
            const int dayPicks = picksOf(days[d]);
            const Cascade c = cascadeOf(days[d], cold[d], share);
            cl += c.lost;
            coldWorst = qMax(coldWorst, 100.0 * c.lost / qMax(1, dayPicks));
            if (OfflineCascade::shareFor(starsBefore[d]) == OfflineCascade::kWarmShare) {
                const Cascade w = cascadeOf(days[d], warm[d], share);
                wl += w.lost;
                wp += dayPicks;
                warmWorst = qMax(warmWorst, 100.0 * w.lost / qMax(1, dayPicks));
            }
        }
        out << QString::number(share, 'f', 2).rightJustified(12) << " | "
            << QString::number(cl).rightJustified(4) << " (" << percent(cl, picks) << "%, "
            << QString::number(coldWorst, 'f', 1) << "%) | " << QString::number(wl).rightJustified(4) << " ("
            << percent(wl, wp) << "%, " << QString::number(warmWorst, 'f', 1) << "%)\n";
    }
    out << "\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption criteriaOpt(
        QStringLiteral("criteria"), QStringLiteral("The criteria file to score against."),
        QStringLiteral("FILE"), QStringLiteral(PAPERBOY_BENCH_DATA "/reference-criteria.json"));
    const QCommandLineOption starsOpt(
        QStringLiteral("stars-per-day"),
        QStringLiteral("Warm: star only the first N picks of each earlier day (0: all)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addHelpOption();
    parser.addOptions({criteriaOpt, starsOpt});
    parser.process(app);
    bool starsOk = false;
    const int starsPerDay = parser.value(starsOpt).toInt(&starsOk);
    if (!starsOk || starsPerDay < 0)
        fail(QStringLiteral("--stars-per-day takes a whole number from 0 on, not %1")
                 .arg(parser.value(starsOpt)));
    const Criteria criteria = bench::readCriteria(parser.value(criteriaOpt), "bench_scoringquality");
    const QList<Day> days = realDays();
    const int dayCount = int(days.size());

    // Cold: each day in a cache of its own.
    QList<Measure> cold, warm, baseCold, baseWarm;
    QList<double> coldMs, warmMs;
    QString firstDayNovelty, lastDayNovelty;
    // Relevance 10 on the warm days in the means: how many papers, how many picks.
    QList<int> tenPapers, tenPicks;
    // The offline relevance of each day, cold and warm, and the stars before it.
    QList<QHash<QString, double>> coldRelevance, warmRelevance;
    QList<int> starsBefore;
    for (const Day &day : days) {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("cache.sqlite"));
        storeDayWithCriteria(dbPath, day, criteria);
        const Scored scored = scoreOffline(dbPath, day, criteria);
        cold << measure(day, scored.relevance);
        coldRelevance << scored.relevance;
        coldMs << scored.ms;
        if (firstDayNovelty.isEmpty())
            firstDayNovelty = spread(scored.novelty);
        baseCold << measure(day, baselineCold(day, criteria));
    }

    // Warm: one cache, the days in order, the earlier picks starred.
    QTemporaryDir warmDir;
    const QString warmPath = warmDir.filePath(QStringLiteral("cache.sqlite"));
    int starred = 0;
    for (int d = 0; d < dayCount; ++d) {
        if (d > 0) {
            const QStringList ids = picksToStar(days[d - 1], starsPerDay);
            starred += int(ids.size());
            starPicks(warmPath, days[d - 1], ids, starred);
        }
        storeDayWithCriteria(warmPath, days[d], criteria);
        const Scored scored = scoreOffline(warmPath, days[d], criteria);
        warm << measure(days[d], scored.relevance);
        warmRelevance << scored.relevance;
        starsBefore << starred;
        warmMs << scored.ms;
        lastDayNovelty = spread(scored.novelty);
        if (d >= kFirstWarmDay) {
            int picks = 0;
            for (const Paper &p : days[d].papers)
                picks += scored.atTen.contains(p.id) && days[d].measured(p) && days[d].picked(p) ? 1 : 0;
            tenPapers << int(scored.atTen.size());
            tenPicks << picks;
        }
        baseWarm << measure(days[d], baselineWarm(days, d));
    }

    // Model-warm: one cache, the days in order, the earlier days scored by a model.
    QList<Measure> modelWarm;
    QTemporaryDir modelDir;
    const QString modelPath = modelDir.filePath(QStringLiteral("cache.sqlite"));
    for (int d = 0; d < dayCount; ++d) {
        if (d > 0)
            storeModelRun(modelPath, days[d - 1], criteria);
        storeDayWithCriteria(modelPath, days[d], criteria);
        modelWarm << measure(days[d], scoreOffline(modelPath, days[d], criteria).relevance);
    }

    QTextStream out(stdout);
    out << "Offline scorer on " << dayCount << " real days, reference criteria; AUC and P@k of the "
        << "relevance (its value before rounding when stored), ties counted half\n"
        << "(by-author picks left out; baseline: TF-IDF 1-2 grams, sublinear tf, l2; cold: cosine to the "
        << "criteria text, warm: Pegasos linear SVM on the earlier days)\n\n";
    out << "day           n picks | cold  AUC    P@k   ties | warm  AUC    P@k   ties | base cold AUC  P@k"
        << " | base warm AUC  P@k | model-warm AUC  P@k\n";
    for (int d = 0; d < dayCount; ++d) {
        int n = 0;
        for (const Paper &p : days[d].papers)
            n += days[d].measured(p) ? 1 : 0;
        out << days[d].date.toString(Qt::ISODate) << QString::number(n).rightJustified(5)
            << QString::number(picksOf(days[d])).rightJustified(6) << (d < kFirstWarmDay ? "*" : " ") << "|"
            << fixed(cold[d].auc, 10) << fixed(cold[d].precision, 7) << fixed(cold[d].ties, 7) << " |"
            << fixed(warm[d].auc, 10) << fixed(warm[d].precision, 7) << fixed(warm[d].ties, 7) << " |"
            << fixed(baseCold[d].auc, 14) << fixed(baseCold[d].precision, 6) << " |"
            << fixed(baseWarm[d].auc, 14) << fixed(baseWarm[d].precision, 6) << " |"
            << fixed(modelWarm[d].auc, 15) << fixed(modelWarm[d].precision, 6) << "\n";
    }
    const auto meanOf = [](const QList<Measure> &list, double Measure::*field, int from) {
        QList<double> values;
        for (int i = from; i < list.size(); ++i)
            values << list[i].*field;
        return mean(values);
    };
    out << "* not in the warm means: fewer than three earlier days starred\n\n";
    out << "mean, all days     cold AUC " << fixed(meanOf(cold, &Measure::auc, 0), 0) << "  P@k "
        << fixed(meanOf(cold, &Measure::precision, 0), 0) << "  tied pairs "
        << fixed(meanOf(cold, &Measure::ties, 0), 0) << "   | baseline cold AUC "
        << fixed(meanOf(baseCold, &Measure::auc, 0), 0) << "  P@k "
        << fixed(meanOf(baseCold, &Measure::precision, 0), 0) << "\n";
    out << "mean, days 4-" << dayCount << "     warm AUC "
        << fixed(meanOf(warm, &Measure::auc, kFirstWarmDay), 0) << "  P@k "
        << fixed(meanOf(warm, &Measure::precision, kFirstWarmDay), 0) << "  tied pairs "
        << fixed(meanOf(warm, &Measure::ties, kFirstWarmDay), 0) << "   | baseline warm AUC "
        << fixed(meanOf(baseWarm, &Measure::auc, kFirstWarmDay), 0) << "  P@k "
        << fixed(meanOf(baseWarm, &Measure::precision, kFirstWarmDay), 0) << "\n";
    out << "mean, days 4-" << dayCount << "     model-warm AUC "
        << fixed(meanOf(modelWarm, &Measure::auc, kFirstWarmDay), 0) << "  P@k "
        << fixed(meanOf(modelWarm, &Measure::precision, kFirstWarmDay), 0) << "\n\n";
    out << "novelty, first day (empty cache): " << firstDayNovelty << "\n";
    out << "novelty, last day (warm, " << dayCount - 1 << " days of history): " << lastDayNovelty << "\n";
    out << "relevance 10 on warm days " << kFirstWarmDay + 1 << "-" << dayCount << ": papers "
        << spread(tenPapers) << "; picks among them " << spread(tenPicks) << "\n";
    printCascade(out, days, coldRelevance, warmRelevance, starsBefore);
    const bench::Stats c = bench::summarize(coldMs), w = bench::summarize(warmMs);
    out << QStringLiteral("offline score run per day: cold median %1 ms (min %2, max %3); warm median %4 ms "
                          "(min %5, max %6)\n")
               .arg(c.median, 0, 'f', 0)
               .arg(c.min, 0, 'f', 0)
               .arg(c.max, 0, 'f', 0)
               .arg(w.median, 0, 'f', 0)
               .arg(w.min, 0, 'f', 0)
               .arg(w.max, 0, 'f', 0);
    return 0;
}
