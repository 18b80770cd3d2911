#pragma once

#include "jobs/ScoringRequest.h"

#include <QString>

#include <functional>

namespace paperboy::cli {

// The command line's one way to the API key: `paperboy key` reads, writes
// and removes the OS keychain entry; a scoring run takes OPENAI_API_KEY
// first, then the keychain (ApiKeys, with no session key: a command has no
// session). read, write and remove return an empty string on success (read
// fills *key) or one line saying why not.
struct KeyAccess
{
    std::function<QString(QString *key)> read;
    std::function<QString(const QString &key)> write;
    std::function<QString()> remove;
    ScoringKeyLookup forScoring;
};

// The OS keychain's entry for the key, through KeyStore.
KeyAccess keychainAccess();

} // namespace paperboy::cli
