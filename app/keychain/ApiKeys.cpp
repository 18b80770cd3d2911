#include "keychain/ApiKeys.h"

#include "scoring/ApiKey.h"

namespace paperboy {

ApiKeys::ApiKeys(KeyStore store, QString account)
    : m_store(std::move(store))
    , m_account(std::move(account))
{
}

QString ApiKeys::key(Source *source, QString *keyringError)
{
    auto from = [source](Source s) {
        if (source)
            *source = s;
    };
    if (keyringError)
        keyringError->clear();
    if (const QString env = apikey::fromEnvironment(); !env.isEmpty()) {
        from(Source::Environment);
        return env;
    }
    if (!m_session.isEmpty()) {
        from(Source::Session);
        return m_session;
    }
    QString key;
    QString error;
    switch (m_store.read(m_account, &key, &error)) {
    case KeyStore::Result::Ok:
        from(key.isEmpty() ? Source::None : Source::Keychain);
        return key;
    case KeyStore::Result::NotFound:
        break;
    case KeyStore::Result::NoKeyring:
    case KeyStore::Result::Failed:
        if (keyringError)
            *keyringError = error;
        break;
    }
    from(Source::None);
    return {};
}

ScoringKey ApiKeys::forScoring()
{
    ScoringKey found;
    Source source = Source::None;
    found.key = key(&source, &found.keyringError);
    found.fromEnvironment = source == Source::Environment;
    return found;
}

bool ApiKeys::save(const QString &key, bool *sessionOnly, QString *error)
{
    *sessionOnly = false;
    switch (m_store.write(m_account, key, error)) {
    case KeyStore::Result::Ok:
        m_session.clear(); // the keychain holds it now
        return true;
    case KeyStore::Result::NoKeyring:
        m_session = key;
        *sessionOnly = true;
        return true;
    case KeyStore::Result::NotFound:
    case KeyStore::Result::Failed:
        break;
    }
    return false;
}

bool ApiKeys::clear(QString *error)
{
    m_session.clear();
    const KeyStore::Result r = m_store.remove(m_account, error);
    // Nothing to remove, or no keyring to remove it from: it is gone either way.
    return r != KeyStore::Result::Failed;
}

} // namespace paperboy
