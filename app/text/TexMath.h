#pragma once

#include <QString>
#include <QStringView>

namespace paperboy::tex {

// One math span rendered for reading, in both forms at once: the plain form
// decides the layout (a script that has Unicode characters, parentheses
// around a fraction's parts) and the HTML form follows it.
struct MathRendering
{
    QString text; // plain Unicode: 𝒪(√N), x², x_(i,j), (a+b)/2
    QString html; // escaped, with <sup>, <sub> and <i> only
};

// Renders the inside of one math span (what stands between $ and $, \( and
// \), ...). Total and linear: unknown commands stay as written, and nesting
// deeper than a fixed bound is copied as it is.
MathRendering renderMath(QStringView math);

} // namespace paperboy::tex
