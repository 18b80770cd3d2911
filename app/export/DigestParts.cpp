#include "export/DigestParts.h"

#include "scoring/PromptBuilder.h"

#include <QCoreApplication>

namespace paperboy::digest::parts {

QMap<QString, ModelTotals> byModel(const Digest &d)
{
    QMap<QString, ModelTotals> totals;
    for (const RunRecord &r : d.runs) {
        ModelTotals &t = totals[r.model];
        TokenUsage u;
        u.prompt = r.promptTokens;
        u.cached = r.cachedTokens;
        u.completion = r.completionTokens;
        u.reasoning = r.reasoningTokens;
        t.usage += u;
        const ModelPrice p = d.prices.price(r.model);
        t.promptCost += (double(u.prompt - u.cached) * p.input + double(u.cached) * p.cachedInput) / 1e6;
        t.completionCost += double(u.completion) * p.output / 1e6;
    }
    return totals;
}

// Cents say nothing about a day that cost two of them: below a dollar four
// decimals ($0.0214), from a dollar on two ($1.52). The switch is on the
// value as shown, so $0.99996 reads $1.00, not $1.0000.
QString money(double usd)
{
    constexpr double kFourDecimalsBelow = 0.99995;
    return QStringLiteral("$%1").arg(usd, 0, 'f', usd < kFourDecimalsBelow ? 4 : 2);
}

QString promptOf(const Digest &d)
{
    return prompt::render(d.scoredWith ? d.scoredWith->criteria : d.criteria, true);
}

// Each string is a direct translate() call in the context the translations
// already use, so lupdate finds it and every language keeps its words.
QString title(const Digest &d)
{
    return QCoreApplication::translate("paperboy::digest", "Paperboy digest %1")
        .arg(d.day.date.toString(Qt::ISODate));
}

QStringList costColumns()
{
    return {QCoreApplication::translate("paperboy::digest", "Prompt", "digest: tokens sent"),
            QCoreApplication::translate("paperboy::digest", "Completion", "digest: tokens received"),
            QCoreApplication::translate("paperboy::digest", "Total", "digest: prompt + completion")};
}

QString tokenRow()
{
    return QCoreApplication::translate("paperboy::digest", "Token", "digest: the row of token counts");
}

QString costRow()
{
    return QCoreApplication::translate("paperboy::digest", "Cost", "digest: the row of costs");
}

QStringList totals(const Digest &d)
{
    return {QCoreApplication::translate("paperboy::digest", "Total arXiv papers: %1").arg(d.day.announced),
            QCoreApplication::translate("paperboy::digest", "Total scanned papers: %1").arg(d.day.kept),
            QCoreApplication::translate("paperboy::digest", "Total relevant papers: %1").arg(d.relevant)};
}

QString contentsHeading()
{
    return QCoreApplication::translate("paperboy::digest", "Table of contents");
}

QString authorsLine(const QString &names)
{
    return QCoreApplication::translate("paperboy::digest", "Authors: %1").arg(names);
}

QString idLine(const QString &link)
{
    return QCoreApplication::translate("paperboy::digest", "ArXiv ID: %1").arg(link);
}

QString abstractLine(const QString &text)
{
    return QCoreApplication::translate("paperboy::digest", "Abstract: %1").arg(text);
}

QStringList verdict(const PaperRow &row, const Escape &escape)
{
    if (row.relevance && row.novelty)
        return {QCoreApplication::translate("paperboy::digest", "Comment: %1").arg(escape(row.scoreComment)),
                QCoreApplication::translate("paperboy::digest", "Relevance: %1 Novelty: %2")
                    .arg(QString::number(*row.relevance), QString::number(*row.novelty))};
    if (row.isSetAside() && row.setAsideOffline)
        return {QCoreApplication::translate("paperboy::digest", "Set aside by the offline scorer.")};
    if (row.isSetAside())
        return {QCoreApplication::translate("paperboy::digest", "Set aside by its title: %1")
                    .arg(escape(row.scoreComment))};
    return {QCoreApplication::translate("paperboy::digest", "Not scored.")};
}

QString promptHeading()
{
    return QCoreApplication::translate("paperboy::digest", "Paper selection prompt");
}

} // namespace paperboy::digest::parts
