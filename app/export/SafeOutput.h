#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// Paper text (titles, authors, abstracts, ids) and the model's comments are
// untrusted: they come from arXiv's feeds, a mirror, a model swayed by an
// abstract, or a cache file someone else wrote. These helpers make every
// output Paperboy writes show such text as text, and nothing more.
namespace paperboy::safe {

// Inline Markdown that a CommonMark or GitHub renderer shows as exactly the
// given text, on one line, with no HTML, no link or image and no code span:
// line breaks and other control characters become spaces (a new line could
// start a heading, a list, a raw HTML block or a link definition); & < > [
// ] ` | are written as character references, which Markdown never reads as
// syntax, and so are @, the : of :// and the . of www., which GitHub's
// renderer would otherwise turn into links of their own; a backslash before
// punctuation or at the end is doubled, so that it cannot escape what follows.
QString markdownText(const QString &text);

// A fence of backticks longer than any run of backticks in `text` (and at
// least ````), so that nothing inside can close the code block early.
QString codeFence(const QString &text);

// The document as JSON that reads back exactly, and that is also safe to
// paste into HTML (a <script> block included) and to print on a terminal:
// < > & as \u003c \u003e \u0026, U+2028 and U+2029 (line ends for
// JavaScript), DEL, the C1 controls and the bidirectional overrides as
// \uXXXX escapes. They only ever occur inside JSON strings, where an escape
// means the same character.
QByteArray jsonBytes(const QJsonDocument &document,
                     QJsonDocument::JsonFormat format = QJsonDocument::Indented);

// Text for one line of a terminal: control characters (escape sequences,
// carriage returns, bells, ...) and bidirectional overrides removed, line
// and tab characters as spaces, so a title cannot move the cursor, recolour
// or clear the screen, or reorder what is shown.
QString terminalText(const QString &text);

} // namespace paperboy::safe
