#include "scoring/NoveltyClaims.h"

#include <algorithm>

namespace paperboy {

namespace {

// A cue and what it says about the paper, in steps of the novelty scale.
struct Cue
{
    const char *pattern;
    int step;
};

// Read from the default novelty rubric: breakthroughs are new methods or
// theory opening directions; improvements modify methods; a new benchmark
// or dataset is "tangential"; applying standard approaches is "low". A
// paper that says so in its abstract is placed there; each cue counts once.
// An abstract that claims nothing either way reads as the usual paper, an
// improvement (7, the default cut-off: the first day's list is then decided
// by relevance and by what the abstracts say, as it was by relevance alone).
const Cue kCues[] = {
    {"\\b(?:we|this (?:paper|work)) (?:propose|introduce|present|develop)s?\\b", 1},
    {"\\bnovel\\b|\\bnew (?:method|approach|framework|architecture|algorithm|paradigm|class|family)\\b", 1},
    {"\\b(?:we (?:prove|derive|establish|show theoretically)|theorem|provabl[ey]|theoretical (?:analysis|"
     "framework|guarantee)s?)\\b",
     1},
    {"\\b(?:first|paradigm|fundamental(?:ly)?)\\b", 1},
    {"\\b(?:benchmark|dataset|corpus|leaderboard)s?\\b", -2},
    {"\\b(?:case study|applied to|we apply|application to|real-world deployment)\\b", -2},
    // Often a step of a method rather than the paper itself: weaker.
    {"\\bfine-?tun(?:e|es|ed|ing)\\b", -1},
    {"\\b(?:empirical (?:study|evaluation|comparison)|we (?:evaluate|compare|investigate whether)|"
     "reproduc(?:e|ibility|tion) study)\\b",
     -1},
    {"\\b(?:survey|review|overview|tutorial|position paper|systematic literature)\\b", -3},
};
constexpr int kNeutral = 7;

} // namespace

NoveltyClaims::NoveltyClaims()
{
    for (const Cue &cue : kCues)
        m_patterns.emplace_back(QString::fromLatin1(cue.pattern), QRegularExpression::CaseInsensitiveOption);
}

int NoveltyClaims::novelty(const Paper &paper) const
{
    const QString text = paper.title + QLatin1Char('\n') + paper.abstract;
    int value = kNeutral;
    for (std::size_t i = 0; i < m_patterns.size(); ++i)
        if (m_patterns[i].match(text).hasMatch())
            value += kCues[i].step;
    return std::clamp(value, 1, 10);
}

} // namespace paperboy
