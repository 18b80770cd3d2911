#pragma once

#include "jobs/ScoringRequest.h"
#include "keychain/KeyStore.h"

#include <QString>

namespace paperboy {

// Where the window finds the API key: OPENAI_API_KEY first (as on the
// command line), then a key kept for this session, then the OS keychain.
// When no keyring answers, a key the person types is kept in memory for the
// session only, never written anywhere.
class ApiKeys
{
public:
    enum class Source
    {
        None,
        Environment,
        Session,
        Keychain
    };

    explicit ApiKeys(KeyStore store = KeyStore(), QString account = KeyStore::defaultAccount());

    // The key, or empty. *keyringError says why the keychain could not be
    // asked (empty when it answered, with or without a key).
    QString key(Source *source = nullptr, QString *keyringError = nullptr);
    // The same, for completeScoringRequest().
    ScoringKey forScoring();
    // Saves to the keychain; when no keyring answers keeps the key for this
    // session and sets *sessionOnly. Returns false with *error when neither
    // worked (the keyring refused the write).
    bool save(const QString &key, bool *sessionOnly, QString *error);
    // Forgets the session key and removes the keychain entry.
    bool clear(QString *error);
    bool hasSessionKey() const { return !m_session.isEmpty(); }
    void keepForSession(const QString &key) { m_session = key; }

private:
    KeyStore m_store;
    QString m_account;
    QString m_session;
};

} // namespace paperboy
