#pragma once

#include "export/DigestWriter.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// What every digest format (Markdown, HTML) says, so that they say the same:
// the numbers of the cost table and the words around the papers. Each format
// only adds its own markup and its own escaping.
namespace paperboy::digest::parts {

struct ModelTotals
{
    TokenUsage usage;
    double promptCost = 0;
    double completionCost = 0;
};

// Tokens and cost per model over the day's runs, prompt and completion apart.
QMap<QString, ModelTotals> byModel(const Digest &d);

// A cost as the digest shows it ($0.0214, $1.52).
QString money(double usd);

// The prompt the day's scores were made with: that criteria version's, or
// the current criteria's before any score.
QString promptOf(const Digest &d);

// Escapes one piece of untrusted text for the format at hand.
using Escape = std::function<QString(const QString &)>;

QString title(const Digest &d);            // Paperboy digest 2026-04-27
QStringList costColumns();                 // Prompt, Completion, Total
QString tokenRow();                        // Token
QString costRow();                         // Cost
QStringList totals(const Digest &d);       // announced, scanned, relevant
QString contentsHeading();                 // Table of contents
QString authorsLine(const QString &names); // Authors: %1 (names already escaped)
QString idLine(const QString &link);       // ArXiv ID: %1 (the link already made)
QString abstractLine(const QString &text); // Abstract: %1 (text already escaped)
// What the scorer said of a paper: its comment and scores, or why it has none.
QStringList verdict(const PaperRow &row, const Escape &escape);
QString promptHeading(); // Paper selection prompt

} // namespace paperboy::digest::parts
