#include "scoring/Pricing.h"

#include "core/FileOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace paperboy {

TokenUsage TokenUsage::fromJson(const QJsonObject &usage)
{
    TokenUsage u;
    u.prompt = usage.value(QStringLiteral("prompt_tokens")).toInteger();
    u.completion = usage.value(QStringLiteral("completion_tokens")).toInteger();
    u.cached = usage.value(QStringLiteral("prompt_tokens_details"))
                   .toObject()
                   .value(QStringLiteral("cached_tokens"))
                   .toInteger();
    u.reasoning = usage.value(QStringLiteral("completion_tokens_details"))
                      .toObject()
                      .value(QStringLiteral("reasoning_tokens"))
                      .toInteger();
    // Some servers report nonsense; no count below zero, and the parts
    // inside their wholes (qBound needs its bounds in order).
    u.prompt = qMax<qint64>(0, u.prompt);
    u.completion = qMax<qint64>(0, u.completion);
    u.cached = qBound<qint64>(0, u.cached, u.prompt);
    u.reasoning = qBound<qint64>(0, u.reasoning, u.completion);
    return u;
}

PriceTable PriceTable::defaults()
{
    QFile file(QStringLiteral(":/defaults/prices.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default price table resource is missing");
    return fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

QString PriceTable::userFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("prices.json"));
}

PriceTable PriceTable::load()
{
    PriceTable table = defaults();
    QFile file(userFile());
    if (file.open(QIODevice::ReadOnly)) {
        // A broken file changes nothing: the shipped prices stay.
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (doc.isObject())
            table.merge(fromJson(doc.object()));
    }
    return table;
}

void PriceTable::merge(const PriceTable &other)
{
    for (auto it = other.m_prices.begin(); it != other.m_prices.end(); ++it)
        m_prices.insert(it.key(), it.value());
}

PriceTable PriceTable::fromJson(const QJsonObject &json)
{
    PriceTable table;
    const QJsonObject models = json.value(QStringLiteral("models")).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ModelPrice p;
        p.input = qMax(0.0, o.value(QStringLiteral("input")).toDouble());
        p.cachedInput = qMax(0.0, o.value(QStringLiteral("cached_input")).toDouble(p.input));
        p.output = qMax(0.0, o.value(QStringLiteral("output")).toDouble());
        table.m_prices.insert(it.key(), p);
    }
    return table;
}

QJsonObject PriceTable::toJson() const
{
    QJsonObject models;
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it)
        models.insert(it.key(), QJsonObject{{QStringLiteral("input"), it->input},
                                            {QStringLiteral("cached_input"), it->cachedInput},
                                            {QStringLiteral("output"), it->output}});
    return QJsonObject{{QStringLiteral("models"), models}};
}

bool PriceTable::saveUserPrices(const PriceTable &table, QString *error)
{
    const PriceTable shipped = defaults();
    PriceTable own;
    for (auto it = table.m_prices.begin(); it != table.m_prices.end(); ++it)
        if (!shipped.m_prices.contains(it.key()) || !(shipped.m_prices.value(it.key()) == it.value()))
            own.m_prices.insert(it.key(), it.value());
    QJsonObject json = own.toJson();
    json.insert(QStringLiteral("_note"),
                QStringLiteral("USD per 1M tokens; these entries add to or replace the shipped table."));
    const QString path = userFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeFileAtomically(path, QJsonDocument(json).toJson(QJsonDocument::Indented), error);
}

QStringList PriceTable::models() const
{
    QStringList names = m_prices.keys();
    names.sort();
    return names;
}

QString PriceTable::resolve(const QString &model) const
{
    if (m_prices.contains(model))
        return model;
    // "gpt-4o-mini-2024-07-18" -> "gpt-4o-mini"; "openai/gpt-4o" -> "gpt-4o".
    static const QRegularExpression dated(QStringLiteral("-\\d{4}-\\d{2}-\\d{2}$"));
    QString base = model.section(QLatin1Char('/'), -1);
    base.remove(dated);
    return m_prices.contains(base) ? base : QString();
}

bool PriceTable::has(const QString &model) const
{
    return !resolve(model).isEmpty();
}

ModelPrice PriceTable::price(const QString &model) const
{
    const QString key = resolve(model);
    return key.isEmpty() ? ModelPrice() : m_prices.value(key);
}

double PriceTable::cost(const QString &model, const TokenUsage &usage) const
{
    const ModelPrice p = price(model);
    return (double(usage.prompt - usage.cached) * p.input + double(usage.cached) * p.cachedInput +
            double(usage.completion) * p.output) /
           1e6;
}

} // namespace paperboy
