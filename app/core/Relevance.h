#pragma once

#include "core/Criteria.h"
#include "core/PaperRow.h"

#include <QList>

namespace paperboy::relevance {

// The one relevance rule (docs/DESIGN_NOTES.md, "The day's scores"). A paper
// is relevant when its scorer scored it (not set aside, not failed), the
// person has not marked it "not interested", and either it meets both
// cut-offs or one of its authors is followed. It is applied when scores are
// read, never stored, so a cut-off or a followed author changes the
// relevant set at once, with no re-score and no request.
bool isRelevant(const PaperRow &row, const Criteria &criteria);

// Fills row.followedAuthor and row.relevant under `criteria`. Every reader
// of scores (the list, the counts, the digest, the charts, the
// notification) goes through PaperRepository::list, which calls this.
void judge(PaperRow &row, const Criteria &criteria);

// One day's numbers as every view shows them.
struct Counts
{
    int papers = 0;
    int scored = 0;
    int setAside = 0;        // by a title pass or the offline cascade
    int setAsideOffline = 0; // ... of them by the offline cascade
    int failed = 0;
    int unscored = 0;
    int relevant = 0;
};
Counts count(const QList<PaperRow> &rows);

} // namespace paperboy::relevance
