#include "arxiv/UnusableItems.h"

#include "core/ShortText.h"

#include <QCoreApplication>

namespace paperboy {

namespace {

QString lacksOf(const Paper &p)
{
    QStringList lacks;
    if (p.id.isEmpty())
        lacks << QCoreApplication::translate("paperboy::UnusableItems", "no arXiv identifier");
    if (p.title.isEmpty())
        lacks << QCoreApplication::translate("paperboy::UnusableItems", "no title");
    if (p.authors.isEmpty())
        lacks << QCoreApplication::translate("paperboy::UnusableItems", "no authors");
    if (p.abstract.isEmpty())
        lacks << QCoreApplication::translate("paperboy::UnusableItems", "no abstract");
    return lacks.join(QStringLiteral(", "));
}

QString nameOf(const Paper &p, qsizetype index)
{
    if (!p.id.isEmpty())
        return p.id;
    if (!p.title.isEmpty()) // collapsed by the parsers: one line
        return QLatin1Char('"') + shortened(p.title, 60) + QLatin1Char('"');
    return QCoreApplication::translate("paperboy::UnusableItems", "item %1").arg(index + 1);
}

} // namespace

QString setAsideUnusable(QList<Paper> &papers, QList<SkippedItem> *skipped)
{
    const qsizetype items = papers.size();
    QList<Paper> usable;
    usable.reserve(items);
    for (qsizetype i = 0; i < items; ++i) {
        const QString lacks = lacksOf(papers.at(i));
        if (lacks.isEmpty())
            usable << std::move(papers[i]);
        else
            skipped->append({nameOf(papers.at(i), i), lacks});
    }
    papers = std::move(usable);
    if (2 * skipped->size() <= items)
        return {};
    const QString why = QCoreApplication::translate(
                            "paperboy::UnusableItems",
                            "%1 of %2 items lack an arXiv identifier, a title, authors or an abstract (%3)")
                            .arg(skipped->size())
                            .arg(items)
                            .arg(listSkipped(*skipped));
    papers.clear();
    skipped->clear();
    return why;
}

QString listSkipped(const QList<SkippedItem> &skipped)
{
    constexpr qsizetype kNamed = 5;
    QStringList parts;
    for (qsizetype i = 0; i < qMin(kNamed, skipped.size()); ++i)
        parts << QStringLiteral("%1 (%2)").arg(skipped.at(i).name, skipped.at(i).lacks);
    const int rest = int(skipped.size() - parts.size());
    if (rest > 0)
        parts << QCoreApplication::translate("paperboy::UnusableItems", "and %1 more").arg(rest);
    return parts.join(QStringLiteral(", "));
}

} // namespace paperboy
