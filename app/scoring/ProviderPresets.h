#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace paperboy {

// Servers that speak the OpenAI Chat Completions protocol, with what differs
// between them: where they live, a sensible model, whether they need a key,
// and whether they take a JSON schema in response_format.
struct ProviderPreset
{
    QString name;  // "ollama"
    QString label; // "Ollama (local)", in English
    QUrl baseUrl;  // the part before /chat/completions
    QString defaultModel;
    bool needsKey = true;
    bool structuredOutput = true;

    // The label in the window's language.
    QString displayLabel() const;
};

const QList<ProviderPreset> &providerPresets();
// The preset named `name`, or nullptr.
const ProviderPreset *findPreset(const QString &name);

} // namespace paperboy
