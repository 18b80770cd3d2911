#pragma once

#include "arxiv/UnusableItems.h"
#include "core/Paper.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paperboy {

// What one export.arxiv.org/api/query response holds.
struct ApiParseResult
{
    bool ok = false;
    QString error;           // one sentence: why this is not a usable answer
    bool isApiError = false; // the API's own error feed (an entry titled "Error")
    int totalResults = -1;   // opensearch:totalResults, -1 when absent
    int startIndex = 0;
    QList<Paper> papers;
    // Entries left out of papers for lacking what the cache needs; when they
    // are most of the answer, it is refused instead.
    QList<SkippedItem> skipped;
};

// Parses both the current and the legacy (namespaces declared inline) API
// response styles. An error entry is reported as an error, never as a paper.
ApiParseResult parseApiFeed(const QByteArray &bytes);

} // namespace paperboy
