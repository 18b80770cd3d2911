#pragma once

#include <QList>

#include <algorithm>

namespace paperboy {

// How many papers each request of a day carries. With a fixed size, plain
// chunks. Otherwise (size 0) enough batches to keep every connection busy,
// each big enough that the shared criteria prefix is a small part of its
// prompt (5 to 25 papers), as many as a multiple of the concurrency so the
// last round is not half empty, and even: sizes differ by one at most.
// The score worker sends these; the cost estimate counts them.
inline QList<int> planBatches(int papers, int batchSize, int concurrency)
{
    QList<int> sizes;
    if (papers <= 0)
        return sizes;
    concurrency = std::max(1, concurrency);
    int batches = 0;
    if (batchSize > 0) {
        batches = (papers + batchSize - 1) / batchSize;
    } else {
        const int target = std::clamp(papers / (concurrency * 3), 5, 25);
        batches = (papers + target - 1) / target;
        batches = ((batches + concurrency - 1) / concurrency) * concurrency;
        batches = std::min(batches, papers);
    }
    for (int i = 0; i < batches; ++i)
        sizes << papers / batches + (i < papers % batches ? 1 : 0);
    return sizes;
}

// How many titles a request of the title pass carries. A model writes about
// 12 tokens a title it keeps and reasons over every title it reads, and a
// reply is not streamed, so a title request is given no more to write than
// an abstract request of `abstractBatch` papers (60 tokens a paper plus its
// reasoning): it then fits the same request timeout. Each pass reasons at
// its own effort. At most 150.
inline int titleBatchSize(int abstractBatch, int abstractReasoning, int titleReasoning)
{
    constexpr int kMaxTitles = 150;
    constexpr int kAbstractOutput = 60;
    constexpr int kTitleOutput = 12;
    const long long budget = (long long)std::max(1, abstractBatch) * (kAbstractOutput + abstractReasoning);
    return int(std::clamp<long long>(budget / (kTitleOutput + titleReasoning), 1, kMaxTitles));
}

} // namespace paperboy
