#pragma once

#include <QString>

namespace paperboy {

// An arXiv identifier split into its id and version.
// Accepts new-style ids ("2609.26811", "0704.0001"), old-style ids
// ("astro-ph/0601001", "math.GT/0309136"), with or without "vN", and the
// prefixes arXiv puts around them: "arXiv:", "oai:arXiv.org:",
// "http(s)://arxiv.org/abs/", ".../pdf/".
struct ArxivId
{
    QString id;      // without version; empty when the input is not an arXiv id
    int version = 0; // 0 when the input carried no version

    bool isValid() const { return !id.isEmpty(); }
    static ArxivId parse(const QString &text);
};

} // namespace paperboy
