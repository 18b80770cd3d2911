#pragma once

#include <QString>

// What every web page Paperboy writes shares (the day's digest, the site's
// index): one shell with the same inline style, Content-Security-Policy and
// language, and the escaping that keeps untrusted text as text. Pages are
// also well-formed XML (void elements closed with />).
namespace paperboy::webpage {

// Drops what XML 1.0 does not allow (C0 controls but tab and line ends,
// lone surrogates, U+FFFE and U+FFFF).
QString xmlCharacters(const QString &text);

// Untrusted text as text: XML characters only, & < > " escaped.
QString text(const QString &s);

// <tag attributes>html</tag> and a line end; `html` is already markup.
QString element(const char *tag, const QString &html, const QString &attributes = QString());

// <a href="url">html</a>; the url is escaped for the attribute.
QString link(const QString &url, const QString &html);

// The page up to and including <body>: doctype, the translation's language,
// the policy that forbids loading anything, the viewport, `title` (plain
// text, escaped here) and the style. `head` adds elements (already markup).
QString pageStart(const QString &title, const QString &head = QString());

// </body></html>.
QString pageEnd();

} // namespace paperboy::webpage
