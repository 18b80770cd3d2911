#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace paperboy {

// Token counts of one or more requests, as the usage block reports them.
// cached is part of prompt; reasoning is part of completion: never add them
// on top.
struct TokenUsage
{
    qint64 prompt = 0;
    qint64 cached = 0;
    qint64 completion = 0;
    qint64 reasoning = 0;

    TokenUsage &operator+=(const TokenUsage &o)
    {
        prompt += o.prompt;
        cached += o.cached;
        completion += o.completion;
        reasoning += o.reasoning;
        return *this;
    }
    // Reads an OpenAI-style "usage" object; missing parts count as 0.
    static TokenUsage fromJson(const QJsonObject &usage);
};

// USD per million tokens for one model.
struct ModelPrice
{
    double input = 0;
    double cachedInput = 0;
    double output = 0;
    bool operator==(const ModelPrice &o) const = default;
};

// The editable price table: model -> price. Models not in the table (local
// servers) cost nothing. A dated model name ("gpt-4o-mini-2024-07-18") takes
// the price of its base name.
class PriceTable
{
public:
    static PriceTable defaults(); // the shipped table
    // The shipped table with the person's own prices on top: prices.json in
    // the config folder, same shape as resources/defaults/prices.json.
    static PriceTable load();
    static QString userFile();
    static PriceTable fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Writes the entries of `table` that differ from the shipped ones to
    // userFile(), aside and renamed into place. False with *error otherwise.
    static bool saveUserPrices(const PriceTable &table, QString *error);
    // The models with a price, sorted.
    QStringList models() const;

    void set(const QString &model, const ModelPrice &price) { m_prices.insert(model, price); }
    void merge(const PriceTable &other);
    bool has(const QString &model) const;
    ModelPrice price(const QString &model) const;
    double cost(const QString &model, const TokenUsage &usage) const;

private:
    QString resolve(const QString &model) const;
    QHash<QString, ModelPrice> m_prices;
};

} // namespace paperboy
