#pragma once

#include <QString>

namespace paperboy {

// `text` cut to at most `longest` characters, the last of them an ellipsis
// when anything was cut: what a server or a feed says goes into a one-line
// message, and a message is not worth a screen.
QString shortened(const QString &text, qsizetype longest);

} // namespace paperboy
