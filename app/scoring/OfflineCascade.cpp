#include "scoring/OfflineCascade.h"


#include <algorithm>
#include <cmath>

namespace paperboy {

namespace {

double relevanceOf(const PaperScore &s)
{
    return s.relevanceValue.value_or(double(s.relevance));
}

} // namespace

double OfflineCascade::shareFor(int starred)
{
    return starred >= kWarmFromStars ? kWarmShare : kColdShare;
}

QSet<QString> OfflineCascade::setAside(const QList<PaperScore> &scores, double share)
{
    QSet<QString> out;
    // Rounded down: a small day sets aside fewer, never more, than the share.
    const qsizetype count = qsizetype(std::floor(qBound(0.0, share, 1.0) * double(scores.size())));
    if (count == 0)
        return out;
    QList<double> values;
    values.reserve(scores.size());
    for (const PaperScore &s : scores)
        values << relevanceOf(s);
    std::sort(values.begin(), values.end());
    // The lowest relevance kept: everything strictly below it goes, so a tie
    // across the line keeps the whole tied group.
    const double lowestKept = values.at(count == scores.size() ? count - 1 : count);
    for (const PaperScore &s : scores)
        if (relevanceOf(s) < lowestKept || (count == scores.size() && relevanceOf(s) <= lowestKept))
            out.insert(s.paperId);
    return out;
}

} // namespace paperboy
