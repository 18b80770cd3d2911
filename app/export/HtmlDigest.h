#pragma once

#include "export/DigestWriter.h"

#include <QString>

namespace paperboy::digest {

// The day's digest as one self-contained web page: the Markdown digest's
// words and order (export/DigestParts.h), with its math rendered as Unicode
// text (tex::toDisplayHtml), so that it reads without a network. No script,
// no font, no image, no stylesheet from elsewhere: the style is inline and a
// Content-Security-Policy forbids loading anything; the only links are to
// arXiv's abstract and PDF pages and to the page's own sections. Readable on
// a phone, in dark mode and on paper.
//
// Every piece of paper text, the comments and the model names are escaped;
// characters XML does not allow are dropped. The page is also well-formed
// XML (void elements closed with />), so any XML reader can check it.
// `upLink`, when given (the site's pages: export/StaticSite.h), adds a link
// to it above the title.
QString toHtml(const Digest &d, const QString &upLink = QString());

} // namespace paperboy::digest
