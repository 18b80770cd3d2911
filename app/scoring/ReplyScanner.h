#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <vector>

// The first stage of reading a model's reply: one pass that finds the
// bracketed regions (respecting strings), skips prose and code fences, and
// cleans the text towards strict JSON. ReplyParser reads scores out of it.
namespace paperboy::reply {

// Brackets nested deeper than this are matched but not tried on their own:
// records sit at depth 1 to 4 in the shapes models write (lines, an array, a
// wrapper object, prose with a stray bracket around those), and the bound
// keeps the re-parsing of failed regions to a fixed number of passes.
constexpr int MaxSpanDepth = 16;
enum class NewlineInString
{
    Continues, // a raw newline is taken as part of the string (tolerated)
    EndsString // a raw newline ends the string, which confines a stray quote to its line
};

// A bracketed region of the cleaned text: the candidate JSON values.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    int firstChild = -1;
    int lastChild = -1;
    int nextSibling = -1;
    char opener = '{';
    bool closed = false; // ended by its own closing bracket, not by a mismatch or the end of the text
};

struct ScannedReply
{
    QByteArray text;           // the bracketed parts of the reply, cleaned towards strict JSON
    std::vector<Span> spans;   // every region up to MaxSpanDepth, parents before children
    std::vector<int> topLevel; // regions not inside another, in reply order
    bool newlineInString = false;
};

// Scans `input` once; linear in its size whatever it holds.
ScannedReply scan(const QByteArray &input, NewlineInString mode);

// The "key": value pairs of one object QJsonDocument refuses, first value of
// each key: a last resort for a record with one broken field.
QJsonObject salvageObject(const char *p, qsizetype size);

} // namespace paperboy::reply
