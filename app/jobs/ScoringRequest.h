#pragma once

#include "jobs/ScoreJob.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace paperboy {

struct ProviderPreset;

// Whether the server runs on this machine (localhost, 127.0.0.1, ::1): its
// model costs nothing, so a budget needs no price for it.
bool isLocalServer(const QUrl &baseUrl);

// Whether a server wants a key: a preset says so; of other servers only
// OpenAI's own does.
bool serverNeedsKey(const ProviderPreset *preset, const QUrl &baseUrl);

// The key for a scoring run as a front end finds it: OPENAI_API_KEY first,
// then a key kept for the session or the OS keychain (ApiKeys). A callback,
// so the core does not link the keychain.
struct ScoringKey
{
    QString key;                  // as found, not yet cleaned; empty: none
    bool fromEnvironment = false; // OPENAI_API_KEY, not the keychain or the session
    QString keyringError;         // why no keyring answered; empty when one did
};
using ScoringKeyLookup = std::function<ScoringKey()>;

// Why a scoring run cannot start, with what each front end needs to say so
// in its own words.
struct ScoringProblem
{
    enum class Kind
    {
        None,
        NoPrice,            // a budget, but no price for the model on a paid server
        BadKey,             // the key found cannot stand in an HTTP header
        NoKey,              // the server wants a key and there is none
        KeyringUnavailable, // the same, and no keyring answered to say whether it holds one
    };
    Kind kind = Kind::None;
    QString model;  // NoPrice
    QString host;   // NoKey, KeyringUnavailable: the server that wants the key
    QString reason; // BadKey: why the key cannot be sent; KeyringUnavailable: the keyring's error
    bool fromEnvironment = false; // BadKey: the key came from OPENAI_API_KEY

    bool ok() const { return kind == Kind::None; }
};

// Checks and completes a request built from the settings (and, on the
// command line, the options): a budget on a paid server needs a price for
// the model; the key is looked up, cleaned (apikey::clean) and set; a
// server that wants a key gets one, except for an estimate, which sends
// nothing. `preset` is the chosen ProviderPreset or nullptr. An offline
// request passes as it is, and the key is not looked up for it.
ScoringProblem completeScoringRequest(ScoreRequest *request, const ProviderPreset *preset,
                                      const ScoringKeyLookup &lookup);

// Cleans `raw` and sets it as the request's key: for a key found
// elsewhere (typed by the person). BadKey when it cannot be sent.
ScoringProblem useScoringKey(ScoreRequest *request, const QString &raw, bool fromEnvironment = false);

} // namespace paperboy
