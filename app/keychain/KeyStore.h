#pragma once

#include <QString>

namespace paperboy {

// The LLM API key in the OS keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store) through QtKeychain. No insecure
// fallback: when no keyring answers, the caller asks the person and keeps
// the key in memory for the session. The key never passes through logs,
// settings or the database.
class KeyStore
{
public:
    enum class Result
    {
        Ok,
        NotFound,
        NoKeyring,
        Failed
    };

    // Service name = the app id; one entry per provider profile.
    explicit KeyStore(QString service = QStringLiteral(PAPERBOY_APP_ID));

    // Blocking calls (they run a local event loop): for the command line and
    // for settings dialogs, never for the hot path.
    Result read(const QString &account, QString *key, QString *error = nullptr) const;
    Result write(const QString &account, const QString &key, QString *error = nullptr) const;
    Result remove(const QString &account, QString *error = nullptr) const;

    static QString defaultAccount() { return QStringLiteral("openai-api-key"); }

    // What a job's QtKeychain error (its QKeychain::Error value) and message
    // mean, as a result and one line a person reads: a cancelled password
    // prompt, a locked keyring, no Secret Service on the bus, or a failure
    // in words, never a bare D-Bus object path.
    static Result describe(int keychainError, const QString &message, QString *text);

private:
    QString m_service;
};

} // namespace paperboy
