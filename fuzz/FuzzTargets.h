#pragma once

#include "core/Paper.h"
#include "storage/PaperRepository.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <cstddef>
#include <cstdint>

// The fuzz targets as plain functions: the libFuzzer entry points in
// fuzz_*.cpp call them, and tst_fuzzregressions replays saved inputs
// through the very same code. Each one feeds the bytes to a parser or
// converter of the core and checks invariants of the result; a violated
// invariant prints what failed and calls abort(), which libFuzzer records
// as a crash and a test run reports as a failed test.
namespace paperboy::fuzz {

int fuzzListingFeed(const uint8_t *data, size_t size);   // parseListingFeed: RSS and Atom listings
int fuzzApiFeed(const uint8_t *data, size_t size);       // parseApiFeed
int fuzzScoreReply(const uint8_t *data, size_t size);    // parseScoreReply and the reply scanner
int fuzzChatEnvelope(const uint8_t *data, size_t size);  // LlmClient::interpret: status, headers, body
int fuzzTexDisplay(const uint8_t *data, size_t size);    // accentsToUnicode, toDisplayText, toDisplayHtml
int fuzzBibtexWriter(const uint8_t *data, size_t size);  // BibtexWriter read back by bib::read
int fuzzExportFormats(const uint8_t *data, size_t size); // Markdown and JSON digest, list JSON, the table

struct Target
{
    const char *name; // the folder name under fuzz/seeds and tests/data/fuzz-regressions
    int (*run)(const uint8_t *data, size_t size);
};
const QList<Target> &targets();

// Names the input being replayed, so that an abort() says which file it was.
void setInputLabel(const QString &label);

// The BibTeX and export targets' input: papers separated by 0x1E, fields by
// 0x1F in the order id, title, authors, categories, doi, updated,
// announced, abstract, score comment; authors and categories separated by
// 0x1D; dates as YYYY-MM-DD. A paper with a comment field is scored.
QList<Paper> decodePapers(const QByteArray &bytes);
QByteArray encodePapers(const QList<Paper> &papers);
QList<PaperRow> decodeRows(const QByteArray &bytes);
QByteArray encodeRows(const QList<PaperRow> &rows);
// The export target's input: the scoring model's name (also added to the
// criteria, so it reaches the fenced prompt), 0x1C, then rows as above.
constexpr char ModelSeparator = '\x1c';

// The seed inputs a target gets from the captured fixtures and tests/data
// (file name, bytes); fuzz/seeds/<target>/ adds hand-made ones.
QList<QPair<QString, QByteArray>> fixtureSeeds(const QString &target, const QString &fixturesDir,
                                               const QString &testDataDir);

} // namespace paperboy::fuzz
