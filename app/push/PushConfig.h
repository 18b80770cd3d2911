#pragma once

#include "keychain/KeyStore.h"
#include "push/PushTarget.h"

#include <QProcessEnvironment>

#include <optional>

namespace paperboy::push {

// The one rule for where a push target comes from, for the command line,
// the window and the daily routine alike: an environment variable first (it
// overrides, as OPENAI_API_KEY does), then what the person saved: the
// secret (a webhook's address, Matrix's token) in the OS keychain, Matrix's
// homeserver and room in the settings (core/Settings.h). Secrets never pass
// through the settings, a log or the database.
class PushConfig
{
public:
    enum class Source
    {
        None,
        Environment,
        Keychain
    };

    explicit PushConfig(KeyStore store = KeyStore(),
                        QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    // The keychain account of a target's secret: "push-slack-webhook",
    // "push-webhook", "push-matrix-token".
    static QString secretAccount(Kind kind);
    // The variable that holds a target's secret.
    static QString secretVariable(Kind kind);

    // The variable's value when it is set, else nothing.
    std::optional<QString> fromEnvironment(const QString &variable) const;
    // Where the secret comes from. Reads the keychain unless the environment
    // has it; *keyringError says why the keychain could not be asked.
    Source secretSource(Kind kind, QString *keyringError = nullptr) const;
    // The saved secret (empty when none) straight from the keychain.
    KeyStore::Result savedSecret(Kind kind, QString *secret, QString *error) const;

    // The target by the rule; nothing and *error (one line, never a secret)
    // when a part is missing or wrong.
    std::optional<Target> target(Kind kind, QString *error) const;

    // Keeps a secret in the keychain, or removes it; also notes in the
    // settings which targets have one (not the secret). Matrix's token is
    // saved for `homeserver` (empty: the one target() would use), and is
    // sent to no other: a homeserver changed later, by a typo or by someone
    // else, must not receive it.
    KeyStore::Result saveSecret(Kind kind, const QString &secret, QString *error,
                                const QString &homeserver = QString()) const;

    // Whether the keychain's Matrix token may go to `homeserver`: false, with
    // one line in *error, when it was saved for another one (or for none).
    static bool savedTokenGoesTo(const QString &homeserver, QString *error);
    // "https://host:port" of an address, lowercase, without the scheme's
    // own port; empty when it has none.
    static QString origin(const QString &address);
    KeyStore::Result removeSecret(Kind kind, QString *error) const;

    // A target the person has set up: by the environment or a saved secret
    // (as noted in the settings, without asking the keychain).
    bool looksConfigured(Kind kind) const;

private:
    void noteSaved(Kind kind, bool saved) const;

    KeyStore m_store;
    QProcessEnvironment m_env;
};

} // namespace paperboy::push
