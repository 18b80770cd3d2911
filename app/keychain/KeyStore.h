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

private:
    QString m_service;
};

} // namespace paperboy
