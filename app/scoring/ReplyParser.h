#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace paperboy {

// A score as read from a model's reply, before it is tied to a paper version.
struct ParsedScore
{
    QString id; // arXiv id without version, as in the batch
    int relevance = 0;
    int novelty = 0;
    QString comment;
};

struct ReplyParseResult
{
    QList<ParsedScore> scores; // at most one per id of the batch, in reply order
    int rejected = 0;          // records that were read but refused (foreign id, bad score, ...)
    QStringList problems;      // one short line per refused record, for logs
};

// Reads the scores out of a model's reply, defensively: code fences, prose
// around the JSON, trailing commas, a JSON array, an object holding an array
// ("papers", "scores", "results", ...), or one object per line (JSON lines);
// field names in any letter case ("ARXIVID", "arxiv_id", "id"; "RELEVANCE";
// "NOVELTY"; "COMMENT"). Only ids in `batchIds` are accepted (versions and
// "arXiv:" prefixes stripped); relevance and novelty must be integers 1..10
// (an integral number like 8.0 or a string "8" counts; 8.5, 0, 11, "high" do
// not). The first record for an id wins. Never throws, total on any input.
ReplyParseResult parseScoreReply(const QString &content, const QSet<QString> &batchIds);

} // namespace paperboy
