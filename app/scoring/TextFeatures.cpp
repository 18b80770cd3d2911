#include "scoring/TextFeatures.h"

#include <QSet>

#include <cmath>

namespace paperboy {

namespace {

// Longer "words" are base64, DNA or URLs run together: never criteria terms.
constexpr int kMaxWordLength = 40;
constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

const QSet<QString> &stopwords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            "about",     "above",      "across",  "after",     "again",   "against",    "all",
            "almost",    "along",      "also",    "although",  "always",  "am",         "among",
            "an",        "and",        "another", "any",       "are",     "around",     "as",
            "at",        "be",         "because", "been",      "before",  "being",      "below",
            "between",   "both",       "but",     "by",        "can",     "cannot",     "could",
            "did",       "do",         "does",    "doing",     "done",    "down",       "due",
            "during",    "each",       "either",  "else",      "et",      "al",         "etc",
            "eg",        "ie",         "even",    "ever",      "every",   "few",        "for",
            "from",      "further",    "had",     "has",       "have",    "having",     "he",
            "her",       "here",       "hers",    "herself",   "him",     "himself",    "his",
            "how",       "however",    "if",      "in",        "into",    "is",         "it",
            "its",       "itself",     "just",    "least",     "less",    "many",       "may",
            "me",        "might",      "more",    "most",      "much",    "must",       "my",
            "myself",    "neither",    "no",      "nor",       "not",     "now",        "of",
            "off",       "often",      "on",      "once",      "one",     "only",       "onto",
            "or",        "other",      "others",  "otherwise", "our",     "ours",       "ourselves",
            "out",       "over",       "own",     "per",       "perhaps", "plus",       "rather",
            "same",      "several",    "shall",   "she",       "should",  "since",      "so",
            "some",      "such",       "than",    "that",      "the",     "their",      "theirs",
            "them",      "themselves", "then",    "there",     "thereby", "therefore",  "these",
            "they",      "this",       "those",   "though",    "through", "throughout", "thus",
            "to",        "too",        "toward",  "towards",   "under",   "until",      "up",
            "upon",      "us",         "use",     "used",      "uses",    "using",      "very",
            "via",       "vs",         "was",     "we",        "well",    "were",       "what",
            "whatever",  "when",       "where",   "whereas",   "whether", "which",      "while",
            "who",       "whom",       "whose",   "why",       "will",    "with",       "within",
            "without",   "would",      "yet",     "you",       "your",    "yours",      "yourself",
            "yourselves"};
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

const QSet<QString> &genericStems()
{
    static const QSet<QString> stems = [] {
        const char *const list[] = {
            "algorithm", "algorithms",  "algorithmic", "approach",    "approaches", "analysis",
            "analyses",  "better",      "cheap",       "cheaper",     "data",       "dataset",
            "datasets",  "deep",        "design",      "designs",     "fast",       "faster",
            "feature",   "features",    "framework",   "frameworks",  "gain",       "gains",
            "improve",   "improvement", "information", "large",       "learn",      "learning",
            "learned",   "method",      "methods",     "model",       "models",     "network",
            "networks",  "new",         "novel",       "performance", "possible",   "problem",
            "problems",  "result",      "results",     "size",        "study",      "system",
            "systems",   "task",        "tasks",       "technique",   "techniques", "train",
            "training",  "way",         "ways",        "work",        "works"};
        QSet<QString> set;
        for (const char *w : list)
            set.insert(stemWord(QString::fromLatin1(w)));
        return set;
    }();
    return stems;
}

// Words that the suffix rules would turn into other words ("foundation"
// into "found", "embed" into "emb").
const QSet<QString> &keptWords()
{
    static const QSet<QString> words{QStringLiteral("foundation"), QStringLiteral("embed")};
    return words;
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

bool hasVowel(const QString &w, qsizetype end)
{
    for (qsizetype i = 0; i < end; ++i)
        if (isVowel(w.at(i)))
            return true;
    return false;
}

bool endsWith(const QString &w, const char *suffix)
{
    return w.endsWith(QLatin1String(suffix));
}

// "mapp" -> "map", "embedd" -> "embed" after -ing/-ed; l, s and z stay
// doubled as in "distill", "process", "buzz".
void undouble(QString &w)
{
    const qsizetype n = w.size();
    if (n < 4)
        return;
    const QChar last = w.at(n - 1);
    if (last == w.at(n - 2) && last.isLetter() && !isVowel(last) && last != QLatin1Char('l') &&
        last != QLatin1Char('s') && last != QLatin1Char('z'))
        w.chop(1);
}

// Scans text into lowercased words, calling sink(chars, length, hash) for
// each. TeX command names ("\emph", "\mathbf") are skipped; their arguments
// are kept. Words longer than kMaxWordLength are dropped.
template<typename Sink> void forEachWord(QStringView text, Sink &&sink)
{
    char16_t word[kMaxWordLength];
    int length = 0;
    std::uint64_t hash = kFnvOffset;
    bool inCommand = false;
    const auto flush = [&] {
        if (length > 0 && length <= kMaxWordLength)
            sink(word, length, hash);
        length = 0;
        hash = kFnvOffset;
    };
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        char16_t lower;
        bool isAsciiLetter = false;
        if (c < 128) {
            if (c >= u'a' && c <= u'z') {
                lower = c;
                isAsciiLetter = true;
            } else if (c >= u'A' && c <= u'Z') {
                lower = char16_t(c + 32);
                isAsciiLetter = true;
            } else if (c >= u'0' && c <= u'9') {
                lower = c;
            } else {
                flush();
                inCommand = c == u'\\';
                continue;
            }
        } else if (qc.isLetterOrNumber()) {
            lower = qc.toLower().unicode();
        } else {
            flush();
            inCommand = false;
            continue;
        }
        if (inCommand) {
            if (isAsciiLetter)
                continue;
            inCommand = false;
        }
        if (length < kMaxWordLength)
            word[length] = lower;
        ++length;
        hash = (hash ^ lower) * kFnvPrime;
    }
    flush();
}

// The stem of one scanned word, or an empty string when the word is not a
// content word (stopword, number, single character).
QString stemOfWord(const char16_t *chars, int length)
{
    if (length < 2)
        return {};
    const QString raw = QString::fromUtf16(chars, length);
    bool allDigits = true;
    for (const QChar c : raw)
        allDigits = allDigits && c.isDigit();
    if (allDigits || stopwords().contains(raw))
        return {};
    QString stem = stemWord(raw);
    return stem.size() < 2 ? QString() : stem;
}

std::uint64_t hashOf(QStringView s)
{
    std::uint64_t h = kFnvOffset;
    for (const QChar c : s)
        h = (h ^ c.unicode()) * kFnvPrime;
    return h;
}

} // namespace

QString stemWord(const QString &lowercaseWord)
{
    QString w = lowercaseWord;
    if (w.size() <= 3 || keptWords().contains(w))
        return w;

    // Plurals. "-us", "-is", "-as" and "-ss" are singular ("corpus",
    // "analysis", "bias", "process"), but acronyms end in "-us" too ("GPUs").
    const bool acronymPlural = endsWith(w, "us") && !hasVowel(w, w.size() - 2);
    if (endsWith(w, "sses"))
        w.chop(2);
    else if (endsWith(w, "ies") && w.size() > 4)
        w.replace(w.size() - 3, 3, QLatin1String("y"));
    else if (acronymPlural || (endsWith(w, "s") && !endsWith(w, "ss") && !endsWith(w, "us") &&
                               !endsWith(w, "is") && !endsWith(w, "as")))
        w.chop(1);
    if (keptWords().contains(w))
        return w;

    bool stripped = false;
    if (endsWith(w, "ational"))
        w.chop(2); // "computational" -> "computation"
    if (endsWith(w, "ation") && w.size() - 5 >= 5) {
        w.chop(5);
        stripped = true;
    } else if (endsWith(w, "ing") && w.size() - 3 >= 3 && hasVowel(w, w.size() - 3)) {
        w.chop(3);
        undouble(w);
        stripped = true;
    } else if (endsWith(w, "ed") && !endsWith(w, "eed") && w.size() - 2 >= 3 && hasVowel(w, w.size() - 2)) {
        w.chop(2);
        undouble(w);
        stripped = true;
    } else if (endsWith(w, "ity") && w.size() - 3 >= 4) {
        w.chop(3);
        stripped = true;
    }
    if (endsWith(w, "e") && w.size() >= 4) {
        w.chop(1);
        stripped = true;
    }
    // What "-ate", "-ated" leave: "estimat" meets "estimation".
    if (stripped && endsWith(w, "at") && w.size() - 2 >= 5)
        w.chop(2);
    // British spelling: "quantis(ation)" meets "quantiz(ation)".
    if (stripped && endsWith(w, "is") && w.size() >= 5)
        w[w.size() - 1] = QLatin1Char('z');
    return w;
}

bool isGenericStem(QStringView stem)
{
    return genericStems().contains(stem.toString());
}

QStringList contentStems(QStringView text)
{
    QStringList out;
    forEachWord(text, [&](const char16_t *chars, int length, std::uint64_t) {
        QString stem = stemOfWord(chars, length);
        if (!stem.isEmpty())
            out << stem;
    });
    return out;
}

namespace {

std::size_t slotOf(std::uint64_t key, std::size_t mask)
{
    key ^= key >> 31;
    key *= 0x9E3779B97F4A7C15ULL;
    return std::size_t(key >> 17) & mask;
}

std::uint64_t nonZero(std::uint64_t key)
{
    return key == 0 ? 1 : key;
}

} // namespace

HashIndex::HashIndex()
    : m_slots(1024)
{
}

void HashIndex::reserve(int count)
{
    std::size_t capacity = m_slots.size();
    while (std::size_t(count) * 2 > capacity)
        capacity *= 2;
    if (capacity > m_slots.size()) {
        const std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot{});
        m_size = 0;
        for (const Slot &slot : old)
            if (slot.key != 0)
                insert(slot.key, slot.value);
    }
}

int HashIndex::find(std::uint64_t key) const
{
    key = nonZero(key);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
        if (m_slots[i].key == key)
            return m_slots[i].value;
        if (m_slots[i].key == 0)
            return kMissing;
    }
}

void HashIndex::insert(std::uint64_t key, int value)
{
    if (std::size_t(m_size + 1) * 2 > m_slots.size())
        grow();
    key = nonZero(key);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slotOf(key, mask);
    while (m_slots[i].key != 0)
        i = (i + 1) & mask;
    m_slots[i] = {key, value};
    ++m_size;
}

void HashIndex::grow()
{
    std::vector<Slot> grown(m_slots.size() * 2);
    const std::size_t mask = grown.size() - 1;
    for (const Slot &slot : m_slots) {
        if (slot.key == 0)
            continue;
        std::size_t i = slotOf(slot.key, mask);
        while (grown[i].key != 0)
            i = (i + 1) & mask;
        grown[i] = slot;
    }
    m_slots.swap(grown);
}

void TermAnalyzer::reserveFor(std::size_t characters)
{
    // Heaps' law for English prose: about 40 * sqrt(n) distinct words in n
    // words, a word every seven characters.
    const double words = double(characters) / 7.0;
    const int distinct = int(40.0 * std::sqrt(words));
    m_rawToId.reserve(distinct);
    m_stemToId.reserve(distinct);
    m_stemHashes.reserve(distinct);
}

void TermAnalyzer::analyze(QStringView text, std::vector<int> &out)
{
    forEachWord(text, [&](const char16_t *chars, int length, std::uint64_t hash) {
        int id = m_rawToId.find(hash);
        if (id == HashIndex::kMissing) {
            id = resolveRaw(chars, length);
            m_rawToId.insert(hash, id);
        }
        if (id >= 0)
            out.push_back(id);
    });
}

int TermAnalyzer::internStem(const QString &stem)
{
    return internStemHash(hashOf(stem));
}

int TermAnalyzer::internStemHash(std::uint64_t hash)
{
    int id = m_stemToId.find(hash);
    if (id == HashIndex::kMissing) {
        id = int(m_stemHashes.size());
        m_stemHashes.push_back(hash);
        m_stemToId.insert(hash, id);
    }
    return id;
}

int TermAnalyzer::resolveRaw(const char16_t *word, int length)
{
    const QString stem = stemOfWord(word, length);
    return stem.isEmpty() ? -1 : internStem(stem);
}

} // namespace paperboy
