#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace paperboy {

// The English text analysis the offline scorer matches with: lowercase,
// split on anything that is not a letter or digit, skip TeX command names,
// drop stopwords, pure numbers and one-letter tokens, then a light stemmer.

// Reduces a lowercased word to a light stem so that the forms a paper and a
// criterion use meet: "quantized", "quantization", "quantizes" and the
// British "quantisation" all give "quantiz"; "sparse" and "sparsity" give
// "spars". Plurals, -ing, -ed, -ation, -ity, -ate and a final -e are
// stripped only when enough of the word is left, so short words keep their
// meaning ("used", "speed", "string" stay as they are).
QString stemWord(const QString &lowercaseWord);

// Stems too general to stand for a criterion on their own ("method",
// "performance"): they count inside a phrase, never alone.
bool isGenericStem(QStringView stem);

// The stems of a text's content words, in order: what the criteria are
// parsed with and what tests look at. Papers go through TermAnalyzer, which
// gives the same stems as ids.
QStringList contentStems(QStringView text);

// Open-addressing map from a 64-bit key to an int, for the hot paths where
// QHash's per-entry allocations and per-process seed do not fit. Keys are
// hashes; 0 is remapped so it can mark empty slots.
class HashIndex
{
public:
    static constexpr int kMissing = -2;

    HashIndex();
    // Sizes the table for `count` keys without growing on the way.
    void reserve(int count);
    int find(std::uint64_t key) const;
    void insert(std::uint64_t key, int value); // the key must be new
    int size() const { return m_size; }

private:
    void grow();

    struct Slot
    {
        std::uint64_t key = 0; // 0: empty
        int value = 0;
    };
    // Key and value side by side: one cache miss per lookup.
    std::vector<Slot> m_slots;
    int m_size = 0;
};

// Maps text to dense term ids, one per distinct stem, assigned on first
// sight. Each distinct raw word is analysed once and remembered, which is
// what keeps tokenizing a 20,000-paper history cheap.
class TermAnalyzer
{
public:
    // Prepares for about this many characters of text.
    void reserveFor(std::size_t characters);
    // Appends the ids of the content words of `text` to `out`, in order.
    void analyze(QStringView text, std::vector<int> &out);
    // The id of a stem as contentStems() gives it, interned if new.
    int internStem(const QString &stem);
    int termCount() const { return int(m_stemHashes.size()); }
    // A stem's identity across analyzers: analyzers that worked on separate
    // papers merge their ids through it.
    std::uint64_t stemHash(int id) const { return m_stemHashes[id]; }
    int internStemHash(std::uint64_t hash);

private:
    int resolveRaw(const char16_t *word, int length);

    HashIndex m_rawToId; // hash of the lowercased raw word -> term id, or -1 when dropped
    HashIndex m_stemToId;
    std::vector<std::uint64_t> m_stemHashes; // by id
};

} // namespace paperboy
