#include "scoring/CriteriaTerms.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace paperboy {

namespace {

// Phrases up to this many content words match exactly (adjacent words);
// longer items are descriptions that match on most of their words.
constexpr int kMaxPhraseWords = 3;
// The share of a description's words a paper must have.
constexpr double kDescriptionShare = 0.6;
// How far apart (in content words) a phrase's words may be to match near.
constexpr int kNearWindow = 5;
// How much a term counts, relative to a keyword or a listed phrase.
constexpr float kDescriptiveWeight = 0.7f;
constexpr float kLoneWordWeight = 0.6f;
constexpr float kLoneAdjectiveWeight = 0.4f;
constexpr float kTopicAgainstWeight = 0.6f;

struct Item
{
    QString text;
    QString acronym; // "MoE" of "Mixture-of-Experts (MoE)"
    float weight = 1;
};

// "conditional" in "conditional or dynamic computation": a lone adjective
// that shares the last part's noun.
bool looksLikeAdjective(const QString &word)
{
    static const char *const endings[] = {"al",  "ed",  "ive", "ic",   "ous",  "ful",
                                          "ent", "ant", "ar",  "less", "able", "ible"};
    const QString w = word.toLower();
    for (const char *ending : endings)
        if (w.endsWith(QLatin1String(ending)))
            return true;
    return false;
}

// Splits "distributed and parallel training" into its parts, but only when
// every part is a short phrase: "algorithms and systems that make training
// cheaper" stays one description. A lone word among the parts says less
// than a phrase ("efficiency" of "model compression and efficiency"), and a
// lone adjective mostly means the shared noun ("conditional or dynamic
// computation" is "conditional computation" too).
QList<Item> splitConjunctions(const QString &segment)
{
    static const QRegularExpression conjunction(QStringLiteral("\\b(?:and|or)\\b|&"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    for (const QString &part : segment.split(conjunction, Qt::SkipEmptyParts)) {
        const qsizetype words = contentStems(part).size();
        if (words > kMaxPhraseWords)
            return {{segment.simplified(), {}, 1.0f}};
        if (words > 0)
            parts << part.simplified();
    }
    QList<Item> items;
    if (parts.size() < 2) {
        for (const QString &part : parts)
            items.append({part, {}, 1.0f});
        return items;
    }
    const QStringList lastWords = parts.last().split(QLatin1Char(' '));
    const QString sharedNoun = lastWords.size() > 1 ? lastWords.last() : QString();
    for (const QString &part : parts) {
        if (contentStems(part).size() > 1) {
            items.append({part, {}, 1.0f});
        } else if (!sharedNoun.isEmpty() && part != parts.last() && looksLikeAdjective(part)) {
            items.append({part + QLatin1Char(' ') + sharedNoun, {}, 1.0f});
            items.append({part, {}, kLoneAdjectiveWeight});
        } else {
            items.append({part, {}, kLoneWordWeight});
        }
    }
    return items;
}

bool isAcronymLike(const QString &inner)
{
    if (inner.isEmpty() || inner.size() > 12)
        return false;
    for (const QChar c : inner)
        if (c.isSpace() || c == QLatin1Char(','))
            return false;
    return true;
}

// A description as a list of items: split on punctuation, then on "and" /
// "or" where that yields short phrases; a one-word parenthetical after a
// phrase is its acronym, a longer one is a list of its own.
QList<Item> splitItems(const QString &text, bool conjunctions)
{
    QList<Item> items;
    QString current;
    bool currentEmitted = false; // the last item came from the text right before a "("
    const auto emitCurrent = [&] {
        const QList<Item> parts =
            conjunctions ? splitConjunctions(current) : QList<Item>{{current.simplified(), {}, 1.0f}};
        currentEmitted = false;
        for (const Item &part : parts) {
            if (!part.text.isEmpty()) {
                items.append(part);
                currentEmitted = true;
            }
        }
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(')) {
            qsizetype close = text.indexOf(QLatin1Char(')'), i + 1);
            if (close < 0)
                close = text.size();
            const QString inner = text.mid(i + 1, close - i - 1).trimmed();
            emitCurrent();
            if (isAcronymLike(inner) && currentEmitted)
                items.last().acronym = inner;
            else
                items.append(splitItems(inner, conjunctions));
            currentEmitted = false;
            i = close;
        } else if (QStringLiteral(",;:.!?/").contains(c)) {
            emitCurrent();
        } else {
            current += c;
        }
    }
    emitCurrent();
    return items;
}

// "Mixture-of-Experts" -> "mixture-of-experts", "KV-cache" stays: words
// with capitals past their first letter are acronyms and keep their case.
QString displayLabel(const Item &item)
{
    QStringList words = item.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        bool innerCapital = false;
        for (qsizetype i = 1; i < w.size(); ++i)
            innerCapital = innerCapital || w.at(i).isUpper();
        if (!innerCapital)
            w = w.toLower();
    }
    QString label = words.join(QLatin1Char(' '));
    if (!item.acronym.isEmpty())
        label += QStringLiteral(" (%1)").arg(item.acronym);
    return label;
}

std::vector<int> idsOf(const QStringList &stems, TermAnalyzer &analyzer)
{
    std::vector<int> ids;
    ids.reserve(stems.size());
    for (const QString &s : stems)
        ids.push_back(analyzer.internStem(s));
    return ids;
}

} // namespace

CriteriaTerms::CriteriaTerms(const Criteria &criteria, TermAnalyzer &analyzer)
    : m_topicCount(int(criteria.topics.size()))
{
    // Keywords first: the person typed them, so their wording labels a term
    // that a topic's description repeats.
    for (const QString &keyword : criteria.relevantKeywords)
        for (const Item &item : splitItems(keyword, false))
            addTerm(m_terms, item.text, item.acronym, analyzer, {true, -1, -1, 1.0f});
    for (int t = 0; t < m_topicCount; ++t) {
        const Criteria::Topic &topic = criteria.topics.at(t);
        for (const QString &text : {topic.name, topic.relevant})
            for (const Item &item : splitItems(text, true))
                addTerm(m_terms, item.text, item.acronym, analyzer, {true, t, -1, item.weight});
    }
    std::vector<CriteriaTerm> negative;
    for (const QString &keyword : criteria.irrelevantKeywords)
        for (const Item &item : splitItems(keyword, false))
            addTerm(negative, item.text, item.acronym, analyzer, {false, -1, -1, 1.0f});
    // What a topic excludes is said in sentences; those only weaken that
    // topic's own match, and only when most of their words are there.
    for (int t = 0; t < m_topicCount; ++t)
        for (const Item &item : splitItems(criteria.topics.at(t).irrelevant, false))
            addTerm(negative, item.text, item.acronym, analyzer, {false, -1, t, kTopicAgainstWeight});

    m_positiveCount = int(m_terms.size());
    for (CriteriaTerm &term : negative)
        m_terms.push_back(std::move(term));

    m_wordLimit = analyzer.termCount();
    m_formsStartingWith.resize(m_wordLimit);
    m_nearAnchoredAt.resize(m_wordLimit);
    for (int t = 0; t < int(m_terms.size()); ++t) {
        for (int f = 0; f < int(m_terms[t].forms.size()); ++f)
            m_formsStartingWith[m_terms[t].forms[f].front()].push_back({t, f});
        if (m_terms[t].near)
            m_nearAnchoredAt[m_terms[t].forms.front().front()].push_back(t);
    }
}

void CriteriaTerms::addTerm(std::vector<CriteriaTerm> &list, const QString &text, const QString &acronym,
                            TermAnalyzer &analyzer, const Role &role)
{
    const QStringList stems = contentStems(text);
    if (stems.isEmpty() || (stems.size() == 1 && isGenericStem(stems.first())))
        return;
    CriteriaTerm term;
    term.label = displayLabel({text, acronym});
    const std::vector<int> phrase = idsOf(stems, analyzer);
    term.words = phrase;
    std::sort(term.words.begin(), term.words.end());
    term.words.erase(std::unique(term.words.begin(), term.words.end()), term.words.end());
    const int distinct = int(term.words.size());
    if (stems.size() <= kMaxPhraseWords) {
        term.forms.push_back(phrase);
        const QStringList acronymStems = contentStems(acronym);
        if (!acronymStems.isEmpty())
            term.forms.push_back(idsOf(acronymStems, analyzer));
        term.near = role.positive && distinct > 1;
        term.weight = role.weight;
    } else {
        term.wordsNeeded = int(std::ceil(kDescriptionShare * distinct));
        term.weight = role.weight * kDescriptiveWeight;
    }
    term.againstTopic = role.againstTopic;
    if (role.topic >= 0)
        term.topics.push_back(role.topic);

    // The same phrase said twice (a keyword and a topic item) is one term
    // that belongs to both.
    for (CriteriaTerm &existing : list) {
        const bool same = existing.forms.empty() || term.forms.empty() ? existing.words == term.words
                                                                       : existing.forms[0] == term.forms[0];
        if (!same || existing.againstTopic != term.againstTopic)
            continue;
        for (const auto &form : term.forms)
            if (std::find(existing.forms.begin(), existing.forms.end(), form) == existing.forms.end())
                existing.forms.push_back(form);
        if (role.topic >= 0 &&
            std::find(existing.topics.begin(), existing.topics.end(), role.topic) == existing.topics.end())
            existing.topics.push_back(role.topic);
        existing.weight = std::max(existing.weight, term.weight);
        return;
    }
    list.push_back(std::move(term));
}

void CriteriaTerms::count(std::span<const int> tokens, float *termTf, float *nearTf, float *wordTf) const
{
    std::fill(termTf, termTf + m_terms.size(), 0.0f);
    if (nearTf)
        std::fill(nearTf, nearTf + m_terms.size(), 0.0f);
    std::fill(wordTf, wordTf + m_wordLimit, 0.0f);
    const int n = int(tokens.size());
    const auto separator = std::find(tokens.begin(), tokens.end(), -1);
    const int titleEnd = int(separator - tokens.begin());
    for (int i = 0; i < n; ++i) {
        const int id = tokens[i];
        if (id < 0 || id >= m_wordLimit)
            continue;
        const float weight = i < titleEnd ? 2.0f : 1.0f;
        wordTf[id] += weight;
        for (const auto &[term, form] : m_formsStartingWith[id]) {
            const std::vector<int> &ids = m_terms[term].forms[form];
            const int len = int(ids.size());
            if (i + len > n)
                continue;
            bool match = true;
            for (int k = 1; k < len && match; ++k)
                match = tokens[i + k] == ids[k];
            if (match)
                termTf[term] += weight;
        }
        if (!nearTf)
            continue;
        // The window stays inside the title or the abstract.
        const int begin = std::max(i < titleEnd ? 0 : titleEnd + 1, i - kNearWindow);
        const int end = std::min(i < titleEnd ? titleEnd : n, i + kNearWindow + 1);
        for (const int term : m_nearAnchoredAt[id]) {
            bool all = true;
            for (const int word : m_terms[term].words)
                if (word != id &&
                    std::find(tokens.begin() + begin, tokens.begin() + end, word) == tokens.begin() + end)
                    all = false;
            if (all)
                nearTf[term] += weight;
        }
    }
}

} // namespace paperboy
