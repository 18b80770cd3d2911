#include "scoring/OfflineScorer.h"

#include "scoring/FeedbackClassifier.h"
#include "scoring/NearestNeighbours.h"
#include "scoring/NoveltyClaims.h"
#include "scoring/RelevanceMatcher.h"
#include "scoring/ScoringCorpus.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace paperboy {

namespace {

// Relevance: the match score (RelevanceMatch::score) at or above the n-th
// threshold gives n + 1. One clear mention of one specific term (score
// about 0.45) lands at 5; a paper squarely on a topic, its terms in the
// title and repeated, or several of a topic's terms together, at 8-10;
// no criteria term at 1-2.
constexpr double kRelevanceThresholds[] = {0.08, 0.16, 0.25, 0.35, 0.47, 0.60, 0.75, 0.95, 1.20};

// The whole criteria text's say (ScoringCorpus::profileScore, in BM25
// units), added to the match score: p / (|p| + kProfileHalf) of
// kProfileShare, so that it orders the papers no listed term reaches and
// moves the others a little, but never by itself lifts a paper past
// borderline: one clear mention of a listed term (0.45) is worth about as
// much as the whole text can add.
constexpr double kProfileShare = 0.3;
constexpr double kProfileHalf = 8.0;
// Once stars teach the classifier, they say what the person wants more
// precisely than the criteria's general words: the text's share falls with
// the classifier's trust, to a fifth at full trust, where it only orders
// what the classifier leaves close (see blend()).
constexpr double kProfileYield = 0.8;

double profileLift(double profile)
{
    return kProfileShare * profile / (std::abs(profile) + kProfileHalf);
}

// Novelty is judged against how close papers of the history usually come to
// each other: a paper as close to the history as the median history paper is
// to the rest gets 5-6; closer ones less, further ones more. This sample of
// history papers gives that yardstick.
constexpr int kBaselineSample = 200;
constexpr int kMinBaseline = 30;

// The classifier: at most this many history papers as weak negatives,
// together weighing this many times the starred papers.
constexpr int kMaxWeakNegatives = 2000;
constexpr double kWeakNegativeShare = 2.0;
// How the classifier's calibrated probability (median starred paper 0.9,
// median other paper 0.1) moves the match score; see blend().
constexpr double kClassifierScale = 1.3; // relevance 10
constexpr double kLiftFrom = 0.15;
constexpr double kLiftFull = 0.7;
constexpr double kOrdinaryProbability = 0.1;
constexpr double kHiddenDamping = 0.5;

// The match score on the 1..10 scale before rounding down: linear between
// two thresholds, so that floor() gives the relevance above, and bounded
// curves below the first and above the last, so that every paper keeps its
// place however far out its score lies. Ranking by it breaks the ties of
// the integer without moving a paper across one.
double relevanceValueFromScore(double score)
{
    constexpr int count = int(std::size(kRelevanceThresholds));
    constexpr double below = 0.999; // stays under the next integer
    if (score < kRelevanceThresholds[0])
        return 1.0 + below * std::exp((score - kRelevanceThresholds[0]) / kRelevanceThresholds[0]);
    for (int i = 0; i + 1 < count; ++i)
        if (score < kRelevanceThresholds[i + 1])
            return 2.0 + i +
                   below * (score - kRelevanceThresholds[i]) /
                       (kRelevanceThresholds[i + 1] - kRelevanceThresholds[i]);
    return 10.0 + below * (1.0 - std::exp(-(score - kRelevanceThresholds[count - 1])));
}

int relevanceFromScore(double score)
{
    return std::clamp(int(std::floor(relevanceValueFromScore(score))), 1, 10);
}

// Without a yardstick (little or no history): what the paper claims to
// contribute (NoveltyClaims), capped by a linear map of its similarity to
// what history there is, identical text (1.0) to 1 and nothing shared to 10.
int absoluteNovelty(double similarity, int claimed)
{
    return std::clamp(int(std::lround(10.0 - 12.0 * similarity)), 1, claimed);
}

int novelty(double similarity, const std::vector<float> &baseline, int claimed)
{
    if (int(baseline.size()) < kMinBaseline)
        return absoluteNovelty(similarity, claimed);
    // Mid-rank among the yardstick's similarities: 0 when less similar to
    // the history than every sampled history paper, 1 when more than all.
    const auto lower = std::lower_bound(baseline.begin(), baseline.end(), float(similarity));
    const auto upper = std::upper_bound(baseline.begin(), baseline.end(), float(similarity));
    const double rank =
        (double(lower - baseline.begin()) + 0.5 * double(upper - lower)) / double(baseline.size());
    int value = int(std::lround(1.0 + 9.0 * (1.0 - rank)));
    // Whatever the yardstick says, a near copy is not novel and a paper that
    // shares almost nothing with the history is.
    if (similarity >= 0.85)
        value = 1;
    else if (similarity >= 0.7)
        value = std::min(value, 2);
    else if (similarity >= 0.55)
        value = std::min(value, 4);
    else if (similarity < 0.1)
        value = std::max(value, 9);
    return std::clamp(value, 1, 10);
}

double classifierTrust(qsizetype stars)
{
    // More stars, more say: a single star says little about what else the
    // person wants (0.2), five say more (0.44), full from fourteen on.
    return std::min(1.0, 0.14 + 0.06 * double(stars));
}

// The starred paper (corpus documents [firstStar, firstStar + count)) most
// like document `doc`, as an index into the starred papers.
int closestStar(const SparseCorpus &corpus, int doc, int firstStar, int count, std::vector<float> &dense)
{
    const auto terms = corpus.terms(doc);
    const auto weights = corpus.weights(doc);
    for (std::size_t k = 0; k < terms.size(); ++k)
        dense[terms[k]] = weights[k];
    int best = 0;
    float bestDot = -1;
    for (int s = 0; s < count; ++s) {
        const auto starTerms = corpus.terms(firstStar + s);
        const auto starWeights = corpus.weights(firstStar + s);
        float dot = 0;
        for (std::size_t k = 0; k < starTerms.size(); ++k)
            dot += dense[starTerms[k]] * starWeights[k];
        if (dot > bestDot) {
            bestDot = dot;
            best = s;
        }
    }
    for (const int t : terms)
        dense[t] = 0;
    return best;
}

// A title short enough for a one-line comment.
QString shortTitle(const QString &title)
{
    constexpr int kMaxTitle = 60;
    const QString simple = title.simplified();
    return simple.size() <= kMaxTitle ? simple : simple.left(kMaxTitle - 1).trimmed() + QChar(0x2026);
}

// Joins the classifier's calibrated probability p to the keyword match
// score and the criteria text's lift (profileLift). Unseen papers on a
// starred subject typically read 0.35-0.5, as they share less with the
// starred ones than those share with each other; from 0.15 (just above the
// ordinary paper) to 0.7 the lift grows to relevance 10 at full trust, and
// the more the keywords already say, the less it adds. Below the ordinary
// paper, like the hidden ones, a paper keeps less of what its text earned.
// The text's lift joins after the learned one, which would otherwise read it
// as keyword evidence and hold back.
double blend(double keywords, double textLift, double p, double trust)
{
    const double hiddenLike = std::clamp((kOrdinaryProbability - p) / kOrdinaryProbability, 0.0, 1.0);
    const double kept = 1 - kHiddenDamping * trust * hiddenLike;
    const double base = keywords * kept;
    const double learned = kClassifierScale * std::clamp((p - kLiftFrom) / (kLiftFull - kLiftFrom), 0.0, 1.0);
    return base + trust * learned * std::clamp(1 - base / kClassifierScale, 0.0, 1.0) +
           (1 - kProfileYield * trust) * textLift * (textLift > 0 ? kept : 1.0);
}

// Every k-th of n items, k chosen so that at most `limit` are picked: a
// fixed, spread-out sample.
std::vector<int> spreadSample(int n, int limit)
{
    std::vector<int> sample;
    const int stride = std::max(1, (n + limit - 1) / limit);
    for (int i = 0; i < n; i += stride)
        sample.push_back(i);
    return sample;
}

// A model's relevance r as a label: 1 from the cut-off up, 0 three below it
// and under, linear between, so that "borderline" teaches half a label.
constexpr int kModelLabelSpan = 3;

float modelLabel(int relevance, int cutoff)
{
    return float(std::clamp(double(relevance - (cutoff - kModelLabelSpan)) / kModelLabelSpan, 0.0, 1.0));
}

// Trains on the starred papers (positives), the hidden ones (strong
// negatives), the papers a model scored (labels from its relevance) and a
// sample of the rest of the history (weak negatives: what the person did
// not star, though some of it they might). The feedback papers are the
// corpus documents from `firstFeedbackDoc` on, starred then hidden;
// `judgedDoc[j]` is the document of modelJudged[j], -1 when a star or hide
// already says more about it.
FeedbackClassifier learnFromFeedback(const SparseCorpus &corpus, const QList<Paper> &history,
                                     const OfflineScorer::Feedback &feedback, int firstFeedbackDoc,
                                     const std::vector<int> &judgedDoc, int cutoff, int positives)
{
    std::vector<FeedbackClassifier::Example> examples;
    QSet<QString> marked;
    int doc = firstFeedbackDoc;
    for (const Paper &p : feedback.starred) {
        examples.push_back({doc++, 1.0f, 1.0f});
        marked.insert(p.id);
    }
    for (const Paper &p : feedback.hidden) {
        examples.push_back({doc++, 0.0f, 1.0f});
        marked.insert(p.id);
    }
    // The model's clear negatives far outnumber the rest: a spread sample of
    // them, weighing as much as all would, keeps the training short.
    std::vector<int> judgedNegatives;
    for (qsizetype j = 0; j < feedback.modelJudged.size(); ++j) {
        if (judgedDoc[j] < 0)
            continue;
        marked.insert(feedback.modelJudged[j].first.id);
        const float label = modelLabel(feedback.modelJudged[j].second, cutoff);
        if (label > 0)
            examples.push_back({judgedDoc[j], label, 1.0f});
        else
            judgedNegatives.push_back(judgedDoc[j]);
    }
    const std::vector<int> negativeSample = spreadSample(int(judgedNegatives.size()), kMaxWeakNegatives);
    for (const int n : negativeSample)
        examples.push_back({judgedNegatives[n], 0.0f,
                            float(double(judgedNegatives.size()) / double(negativeSample.size()))});
    std::vector<int> weak;
    for (const int h : spreadSample(int(history.size()), kMaxWeakNegatives))
        if (!marked.contains(history.at(h).id))
            weak.push_back(h);
    const float weakWeight =
        weak.empty() ? 0.0f
                     : float(std::min(1.0, kWeakNegativeShare * double(positives) / double(weak.size())));
    for (const int h : weak)
        examples.push_back({h, 0.0f, weakWeight});
    FeedbackClassifier classifier;
    classifier.train(corpus, examples);
    return classifier;
}

// The largest similarity to the history (the first historyCount corpus
// documents) of each day paper (the documents after them), skipping its
// own copies; then the same for a sample of history papers, the yardstick.
std::vector<float> similarities(const SparseCorpus &corpus, int historyCount,
                                const std::vector<std::vector<int>> &historyCopies)
{
    std::vector<NearestNeighbours::Query> queries;
    for (int i = 0; i < int(historyCopies.size()); ++i)
        queries.push_back({historyCount + i, historyCopies[i]});
    const std::vector<int> sample = spreadSample(historyCount, kBaselineSample);
    for (const int &h : sample)
        queries.push_back({h, std::span<const int>(&h, 1)});
    return NearestNeighbours(corpus, 0, historyCount).maxSimilarities(queries);
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}

} // namespace

OfflineScorer::OfflineScorer(Criteria criteria)
    : m_criteria(std::move(criteria))
{
}

QList<PaperScore> OfflineScorer::score(const QList<Paper> &papers, const QList<Paper> &history,
                                       const Feedback &feedback) const
{
    QList<PaperScore> scores;
    if (papers.isEmpty())
        return scores;

    const int historyCount = int(history.size());
    const int dayCount = int(papers.size());
    // A model's relevant papers teach as stars do, unless starred already.
    QSet<QString> starredIds, markedIds;
    for (const Paper &p : feedback.starred)
        starredIds.insert(p.id);
    markedIds = starredIds;
    for (const Paper &p : feedback.hidden)
        markedIds.insert(p.id);
    qsizetype positives = feedback.starred.size();
    for (const auto &[paper, relevance] : feedback.modelJudged)
        positives += relevance >= m_criteria.relevanceCutoff && !starredIds.contains(paper.id) ? 1 : 0;
    const bool learn = positives >= kMinStarsToLearn;

    // Corpus order: history, the day, then (when learning) starred and
    // hidden papers and the model-scored papers the history does not hold.
    std::vector<const Paper *> all;
    all.reserve(historyCount + dayCount + feedback.starred.size() + feedback.hidden.size() +
                feedback.modelJudged.size());
    for (const QList<Paper> *list : {&history, &papers})
        for (const Paper &p : *list)
            all.push_back(&p);
    std::vector<int> judgedDoc(feedback.modelJudged.size(), -1);
    if (learn) {
        for (const QList<Paper> *list : {&feedback.starred, &feedback.hidden})
            for (const Paper &p : *list)
                all.push_back(&p);
        QHash<QString, int> historyIndex;
        if (!feedback.modelJudged.isEmpty())
            for (int h = 0; h < historyCount; ++h)
                historyIndex.insert(history.at(h).id, h);
        for (qsizetype j = 0; j < feedback.modelJudged.size(); ++j) {
            const Paper &p = feedback.modelJudged[j].first;
            if (markedIds.contains(p.id))
                continue;
            judgedDoc[j] = historyIndex.value(p.id, -1);
            if (judgedDoc[j] < 0) {
                judgedDoc[j] = int(all.size());
                all.push_back(&p);
            }
        }
    }

    // A day paper the history already holds is not counted twice in
    // document frequencies, nor compared with itself for novelty.
    // (Lookups only: QHash's iteration order is never relied on.)
    QHash<QString, int> dayIndex;
    dayIndex.reserve(dayCount);
    for (int i = 0; i < dayCount; ++i)
        dayIndex.insert(papers.at(i).id, i);
    std::vector<std::vector<int>> historyCopies(dayCount);
    for (int h = 0; h < historyCount; ++h) {
        const auto it = dayIndex.constFind(history.at(h).id);
        if (it != dayIndex.constEnd())
            historyCopies[it.value()].push_back(h);
    }
    std::vector<bool> countInDf(all.size(), false);
    for (int i = 0; i < historyCount + dayCount; ++i)
        countInDf[i] = i < historyCount || historyCopies[i - historyCount].empty();

    const ScoringCorpus text(m_criteria, all, historyCount, historyCount + dayCount, countInDf);
    const SparseCorpus &corpus = text.corpus();

    FeedbackClassifier classifier;
    if (learn)
        classifier = learnFromFeedback(corpus, history, feedback, historyCount + dayCount, judgedDoc,
                                       m_criteria.relevanceCutoff, int(positives));
    const std::vector<float> similarity = similarities(corpus, historyCount, historyCopies);
    std::vector<float> baseline(similarity.begin() + dayCount, similarity.end());
    std::sort(baseline.begin(), baseline.end());

    const RelevanceMatcher matcher(m_criteria, text.terms(), corpus, text.termDf());
    std::optional<NoveltyClaims> claims;
    if (int(baseline.size()) < kMinBaseline)
        claims.emplace();
    const double trust = classifierTrust(positives);
    scores.reserve(papers.size());
    std::vector<float> dense; // for closestStar, filled only when needed
    for (int i = 0; i < papers.size(); ++i) {
        const Paper &paper = papers.at(i);
        const RelevanceMatch match = matcher.match(text.counts(i));
        const double profile = text.profileScore(i);
        double relevanceScore = match.score + profileLift(profile);
        QString comment = match.comment;
        if (classifier.isTrained()) {
            relevanceScore = blend(match.score, profileLift(profile),
                                   classifier.probability(corpus, historyCount + i), trust);
            const int before = relevanceFromScore(match.score + profileLift(profile)),
                      after = relevanceFromScore(relevanceScore);
            if (after > before && feedback.starred.isEmpty()) {
                comment =
                    QStringLiteral("Like papers rated relevant on earlier days; %1").arg(lowerFirst(comment));
            } else if (after > before) {
                if (dense.empty())
                    dense.assign(corpus.termCount(), 0.0f);
                const int star = closestStar(corpus, historyCount + i, historyCount + dayCount,
                                             int(feedback.starred.size()), dense);
                comment = QStringLiteral("Like papers you starred, most of all \u201c%1\u201d; %2")
                              .arg(shortTitle(feedback.starred.at(star).title), lowerFirst(comment));
            } else if (after < before)
                comment = QStringLiteral("Like papers you hid; %1").arg(lowerFirst(comment));
        }

        PaperScore s;
        s.paperId = paper.id;
        s.version = paper.version;
        s.relevanceValue = relevanceValueFromScore(relevanceScore);
        s.relevance = relevanceFromScore(relevanceScore);
        s.novelty = novelty(similarity[i], baseline, claims ? claims->novelty(paper) : 10);
        s.comment = comment;
        const QString followed = m_criteria.followedAuthorIn(paper.authors);
        if (!followed.isEmpty()) {
            // Recorded, not added to the scores: the relevance rule makes the
            // paper relevant when read, for as long as the author is followed.
            s.authorMatch = true;
            s.comment = QStringLiteral("Followed author: %1; %2").arg(followed, lowerFirst(comment));
        }
        scores.append(s);
    }
    return scores;
}

} // namespace paperboy
