#pragma once

#include "core/Criteria.h"
#include "scoring/Pricing.h"
#include "storage/PaperRepository.h"
#include "storage/ScoreRepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace paperboy {

// Everything one day's digest shows.
struct Digest
{
    DayRecord day;
    QList<RunRecord> runs;  // the day's scoring runs: tokens and cost by model
    QList<PaperRow> papers; // in digest order: relevance + novelty, highest first
    Criteria criteria;      // the current criteria: their rule judged the papers
    // The one scorer of the day's scores and the criteria version it scored
    // with (its prompt is the digest's); invalid or none before any score.
    ScoreSource source;
    std::optional<CriteriaVersion> scoredWith;
    PriceTable prices;
    int relevant = 0;
};

// The day's digest in the shape of the reference system's: date, a token and
// cost table by model, the day's totals (announced, scanned, relevant), a
// table of contents, each paper (id, authors, abstract, comment, relevance,
// novelty), and the prompt used.
namespace digest {

// Orders papers by relevance + novelty (set aside, then unscored, last) and
// counts the relevant ones (as the rows were judged when read).
Digest make(const DayRecord &day, const QList<RunRecord> &runs, QList<PaperRow> papers,
            const Criteria &criteria, const PriceTable &prices, bool relevantOnly);
QString toMarkdown(const Digest &d);
QJsonObject toJson(const Digest &d);
// toJson as the bytes of a file, safe to embed in HTML (safe::jsonBytes).
QByteArray toJsonBytes(const Digest &d);

enum class Format
{
    Markdown,
    Json,
    Html
};
// The digest as the bytes of a file of that format (Html: export/HtmlDigest.h).
QByteArray toBytes(const Digest &d, Format format);

} // namespace digest
} // namespace paperboy
