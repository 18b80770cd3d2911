#pragma once

#include "scoring/Pricing.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace paperboy {

// The price table, USD per million tokens (input, cached input, output) for
// each model, as a table to edit. Shipped models can be changed but not
// removed (they would come back); models of one's own can be added and
// removed.
class PriceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PriceEditor(QWidget *parent = nullptr);

    void setTable(const PriceTable &table);
    // The table as edited; rows without a model name are left out.
    PriceTable table() const;
    // A row for `model` (selected, ready to type prices).
    void addModel(const QString &model);

private:
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QStringList m_shipped;
};

} // namespace paperboy
