#include "scoring/Pricing.h"

#include "core/FileOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtNumeric>

#include <cmath>
#include <limits>

namespace paperboy {

namespace {

qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    return qAddOverflow(a, b, &sum)
               ? (b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min())
               : sum;
}

// One token count as the server wrote it: a whole number, at most kMaxPerReply.
qint64 tokenCount(const QJsonValue &value)
{
    const double n = value.toDouble(-1); // not a number: -1
    if (!(n >= 0) || n != std::floor(n))
        return 0;
    return n >= double(TokenUsage::kMaxPerReply) ? TokenUsage::kMaxPerReply : qint64(n);
}

// A price as written: `missing` when it is not, NaN (refused) when it is not a number.
double priceField(const QJsonValue &value, double missing)
{
    return value.isUndefined() ? missing : value.isDouble() ? value.toDouble() : qQNaN();
}

} // namespace

TokenUsage &TokenUsage::operator+=(const TokenUsage &o)
{
    prompt = saturatingAdd(prompt, o.prompt);
    cached = saturatingAdd(cached, o.cached);
    completion = saturatingAdd(completion, o.completion);
    reasoning = saturatingAdd(reasoning, o.reasoning);
    return *this;
}

TokenUsage TokenUsage::fromJson(const QJsonObject &usage)
{
    TokenUsage u;
    u.prompt = tokenCount(usage.value(QStringLiteral("prompt_tokens")));
    u.completion = tokenCount(usage.value(QStringLiteral("completion_tokens")));
    // The parts inside their wholes.
    u.cached = qMin(u.prompt, tokenCount(usage.value(QStringLiteral("prompt_tokens_details"))
                                             .toObject()
                                             .value(QStringLiteral("cached_tokens"))));
    u.reasoning = qMin(u.completion, tokenCount(usage.value(QStringLiteral("completion_tokens_details"))
                                                    .toObject()
                                                    .value(QStringLiteral("reasoning_tokens"))));
    return u;
}

bool ModelPrice::isValid() const
{
    for (const double p : {input, cachedInput, output}) {
        if (!(p >= 0 && p <= kMaxPerMillion)) // NaN fails both
            return false;
    }
    return true;
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

bool PriceTable::set(const QString &model, const ModelPrice &price)
{
    if (!price.isValid())
        return false;
    m_prices.insert(model, price);
    return true;
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
        p.input = priceField(o.value(QStringLiteral("input")), 0);
        p.cachedInput = priceField(o.value(QStringLiteral("cached_input")), p.input);
        p.output = priceField(o.value(QStringLiteral("output")), 0);
        // prices.json is edited by hand: an entry with a price that cannot
        // be is left out, so the shipped price (or none) stands.
        table.set(it.key(), p);
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
    const double usd = (double(qMax<qint64>(0, usage.prompt - usage.cached)) * p.input +
                        double(qMax<qint64>(0, usage.cached)) * p.cachedInput +
                        double(qMax<qint64>(0, usage.completion)) * p.output) /
                       1e6;
    // Valid prices and saturated counts keep it finite; a budget must never see a NaN.
    return std::isfinite(usd) && usd > 0 ? usd : 0;
}

} // namespace paperboy
