#pragma once

#include <QString>

namespace paperboy::apikey {

// The one rule for what may be sent as an API key, wherever the key comes
// from (OPENAI_API_KEY, the keychain, a key typed in Settings, `key set`).
// Surrounding whitespace is trimmed: a key file saved with a Windows line
// end still works. A key with anything else that cannot stand in an HTTP
// header (a line break, another control character, a space, a character
// outside ASCII) is refused: sent as it is it would end the header early or
// add a second one. Returns the key to send, or an empty string with a
// one-line reason in *error ("the key contains a line break").
QString clean(const QString &raw, QString *error);

// OPENAI_API_KEY, trimmed; empty when unset. It wins over the keychain
// everywhere, for cron and scripts.
QString fromEnvironment();

} // namespace paperboy::apikey
