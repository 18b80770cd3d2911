#include "scoring/ProviderPresets.h"

#include <QCoreApplication>

namespace paperboy {

const QList<ProviderPreset> &providerPresets()
{
    static const QList<ProviderPreset> presets = {
        {QStringLiteral("openai"), QStringLiteral("OpenAI"),
         QUrl(QStringLiteral("https://api.openai.com/v1")), QStringLiteral("gpt-5-mini"), true, true},
        {QStringLiteral("openrouter"), QStringLiteral("OpenRouter"),
         QUrl(QStringLiteral("https://openrouter.ai/api/v1")), QStringLiteral("openai/gpt-4o-mini"), true,
         true},
        {QStringLiteral("deepseek"), QStringLiteral("DeepSeek"),
         QUrl(QStringLiteral("https://api.deepseek.com/v1")), QStringLiteral("deepseek-chat"), true,
         false}, // JSON mode, not JSON schemas
        {QStringLiteral("gemini"),
         QLatin1String(QT_TRANSLATE_NOOP("paperboy::ProviderPreset", "Google Gemini (OpenAI endpoint)")),
         QUrl(QStringLiteral("https://generativelanguage.googleapis.com/v1beta/openai")),
         QStringLiteral("gemini-2.5-flash"), true, true},
        {QStringLiteral("ollama"),
         QLatin1String(QT_TRANSLATE_NOOP("paperboy::ProviderPreset", "Ollama (local)")),
         QUrl(QStringLiteral("http://localhost:11434/v1")), QStringLiteral("llama3.1"), false, true},
        {QStringLiteral("llamacpp"),
         QLatin1String(QT_TRANSLATE_NOOP("paperboy::ProviderPreset", "llama.cpp server (local)")),
         QUrl(QStringLiteral("http://localhost:8080/v1")), QStringLiteral("local-model"), false, true},
        {QStringLiteral("vllm"), QLatin1String(QT_TRANSLATE_NOOP("paperboy::ProviderPreset", "vLLM (local)")),
         QUrl(QStringLiteral("http://localhost:8000/v1")), QStringLiteral("Qwen/Qwen2.5-7B-Instruct"), false,
         true},
        {QStringLiteral("lmstudio"),
         QLatin1String(QT_TRANSLATE_NOOP("paperboy::ProviderPreset", "LM Studio (local)")),
         QUrl(QStringLiteral("http://localhost:1234/v1")), QStringLiteral("local-model"), false, true},
    };
    return presets;
}

QString ProviderPreset::displayLabel() const
{
    return QCoreApplication::translate("paperboy::ProviderPreset", label.toUtf8().constData());
}

const ProviderPreset *findPreset(const QString &name)
{
    for (const ProviderPreset &p : providerPresets())
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

} // namespace paperboy
