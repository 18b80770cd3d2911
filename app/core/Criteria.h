#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace paperboy {

// What the person is looking for: the document every score is made against.
// Stored as canonical JSON; its hash names the version a score was made with.
struct Criteria
{
    struct Topic
    {
        QString name;       // "Model compression and efficiency"
        QString relevant;   // what counts: "pruning, quantization, low-rank ..."
        QString irrelevant; // what does not: "applying existing compression to a new task"
    };
    // One band of a 1-10 rubric, e.g. 9-10 "Completely relevant".
    struct Band
    {
        int low = 1;
        int high = 2;
        QString label;
        QString definition;
        QString examples;
    };

    QList<Topic> topics;
    QStringList relevantKeywords;
    QStringList irrelevantKeywords;
    QList<Band> relevanceRubric; // five bands, highest first
    QList<Band> noveltyRubric;   // five bands, highest first
    QStringList followedAuthors; // a paper by one of them always counts as relevant
    int relevanceCutoff = 8;     // "relevant" = relevance >= cutoff and novelty >= cutoff
    int noveltyCutoff = 7;

    // The shipped default: foundational ML (architecture, compression and
    // efficiency, high-performance computing, representation learning).
    static Criteria defaults();

    QJsonObject toJson() const;
    // Reads what toJson() wrote; missing fields take the defaults' values.
    static Criteria fromJson(const QJsonObject &json);
    // Canonical (sorted keys, compact) JSON bytes.
    QByteArray canonicalJson() const;
    // Two hashes, named apart (SHA-256 of canonical JSON, hex, first 16
    // characters):
    // - the content hash names a saved version: every field counts;
    // - the scoring hash names what a score depends on: what the scorer is
    //   told, everything but the cut-offs and the followed authors. Scores
    //   are keyed by it, so moving a cut-off or following an author
    //   re-scores nothing: the relevance rule (core/Relevance.h) applies
    //   them when scores are read.
    QString contentHash() const;
    QString scoringHash() const;
    static QString hashOf(const QJsonObject &json);

    // Both cut-offs met: one half of the relevance rule (core/Relevance.h).
    bool meetsCutoffs(int relevance, int novelty) const
    {
        return relevance >= relevanceCutoff && novelty >= noveltyCutoff;
    }
    // The followed author among `authors`, if any (case and accents ignored).
    QString followedAuthorIn(const QStringList &authors) const;
};

} // namespace paperboy
