#include "cli/KeyAccess.h"

#include "keychain/ApiKeys.h"
#include "keychain/KeyStore.h"

namespace paperboy::cli {

namespace {

QString errorUnlessOk(KeyStore::Result result, const QString &error)
{
    return result == KeyStore::Result::Ok ? QString() : error;
}

} // namespace

KeyAccess keychainAccess()
{
    const KeyStore store;
    const QString account = KeyStore::defaultAccount();
    KeyAccess keys;
    keys.read = [store, account](QString *key) {
        QString error;
        return errorUnlessOk(store.read(account, key, &error), error);
    };
    keys.write = [store, account](const QString &key) {
        QString error;
        return errorUnlessOk(store.write(account, key, &error), error);
    };
    keys.remove = [store, account] {
        QString error;
        return errorUnlessOk(store.remove(account, &error), error);
    };
    keys.forScoring = [store, account] { return ApiKeys(store, account).forScoring(); };
    return keys;
}

} // namespace paperboy::cli
