#pragma once

#include <QString>

namespace paperboy::tex {

// Arxiv titles and abstracts keep their raw TeX; these make it readable.
// Both convert the accents outside math with accentsToUnicode(), the dashes
// (-- and ---) with dashesToUnicode(), and render the math ($...$, \(...\),
// $$...$$, \[...\]): \mu -> μ, \mathcal{O} -> 𝒪, \mathbb{R} -> ℝ,
// \sqrt{n+1} -> √(n+1), \frac{a+b}{2} -> (a+b)/2.
// A $ without a closing partner ("costs $5", "$5 and $10") stays a dollar.
// Unknown commands stay as written. Total and linear on any input.

// Plain Unicode text, for the paper table, tooltips and window titles:
// x^2 -> x², x_{i} -> xᵢ, 10^{-3} -> 10⁻³, and x^(ab)-style scripts where
// Unicode has no superscript or subscript for every character.
QString toDisplayText(const QString &tex);

// HTML for a QTextBrowser: everything from the input is escaped, and the only
// tags are the converter's own <sup>, <sub> and <i> (math variables).
QString toDisplayHtml(const QString &tex);

} // namespace paperboy::tex
