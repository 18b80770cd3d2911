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
    // The most one reply can use of each kind: no request uses more than its
    // model's context, a few million tokens at the very largest today.
    static constexpr qint64 kMaxPerReply = 100'000'000;

    qint64 prompt = 0;
    qint64 cached = 0;
    qint64 completion = 0;
    qint64 reasoning = 0;

    // Saturates rather than overflows.
    TokenUsage &operator+=(const TokenUsage &o);
    // Reads an OpenAI-style "usage" object. The server is not trusted: a
    // missing, negative or fractional count is 0, a larger one
    // kMaxPerReply.
    static TokenUsage fromJson(const QJsonObject &usage);
};

// USD per million tokens for one model.
struct ModelPrice
{
    // Far above any model's price today: above it, a typo.
    static constexpr double kMaxPerMillion = 10000;

    double input = 0;
    double cachedInput = 0;
    double output = 0;
    bool operator==(const ModelPrice &o) const = default;
    // Every price a finite number from 0 to kMaxPerMillion.
    bool isValid() const;
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

    // An invalid price is refused (false): the model keeps the price it had.
    bool set(const QString &model, const ModelPrice &price);
    void merge(const PriceTable &other);
    bool has(const QString &model) const;
    ModelPrice price(const QString &model) const;
    // Finite and at least 0.
    double cost(const QString &model, const TokenUsage &usage) const;

private:
    QString resolve(const QString &model) const;
    QHash<QString, ModelPrice> m_prices;
};

} // namespace paperboy
