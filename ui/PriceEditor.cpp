#include "PriceEditor.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace paperboy {

namespace {

enum Column
{
    Model,
    Input,
    Cached,
    Output,
    Columns
};

QDoubleSpinBox *priceBox(double value)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(0, 1000);
    box->setDecimals(3);
    box->setSingleStep(0.05);
    box->setFrame(false);
    box->setValue(value);
    return box;
}

double priceAt(const QTableWidget *table, int row, int column)
{
    const auto *box = qobject_cast<const QDoubleSpinBox *>(table->cellWidget(row, column));
    return box ? box->value() : 0;
}

} // namespace

PriceEditor::PriceEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, Columns, this))
    , m_add(new QPushButton(tr("&Add Model"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_shipped(PriceTable::defaults().models())
{
    m_table->setObjectName(QStringLiteral("priceTable"));
    m_add->setObjectName(QStringLiteral("addPrice"));
    m_remove->setObjectName(QStringLiteral("removePrice"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Input"), tr("Cached input"), tr("Output")});
    // The price columns as wide as their headers, in every language.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Model, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *note =
        new QLabel(tr("USD per million tokens. Models without a price (local servers) cost nothing; a "
                      "dated name like gpt-4o-mini-2024-07-18 takes the price of gpt-4o-mini."),
                   this);
    note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addModel(QString()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_table->removeRow(m_table->currentRow());
        updateButtons();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &PriceEditor::updateButtons);
    updateButtons();
}

void PriceEditor::setTable(const PriceTable &table)
{
    m_table->setRowCount(0);
    for (const QString &model : table.models()) {
        const ModelPrice p = table.price(model);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(model);
        // A shipped model's name is fixed: renaming would drop its price.
        if (m_shipped.contains(model))
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Model, name);
        m_table->setCellWidget(row, Input, priceBox(p.input));
        m_table->setCellWidget(row, Cached, priceBox(p.cachedInput));
        m_table->setCellWidget(row, Output, priceBox(p.output));
    }
    updateButtons();
}

void PriceEditor::addModel(const QString &model)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Model, new QTableWidgetItem(model));
    m_table->setCellWidget(row, Input, priceBox(0));
    m_table->setCellWidget(row, Cached, priceBox(0));
    m_table->setCellWidget(row, Output, priceBox(0));
    m_table->setCurrentCell(row, Model);
    if (model.isEmpty())
        m_table->editItem(m_table->item(row, Model));
    updateButtons();
}

PriceTable PriceEditor::table() const
{
    PriceTable out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString model =
            m_table->item(row, Model) ? m_table->item(row, Model)->text().trimmed() : QString();
        if (model.isEmpty())
            continue;
        out.set(model,
                {priceAt(m_table, row, Input), priceAt(m_table, row, Cached), priceAt(m_table, row, Output)});
    }
    return out;
}

void PriceEditor::updateButtons()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *name = row >= 0 ? m_table->item(row, Model) : nullptr;
    m_remove->setEnabled(row >= 0 && !(name && m_shipped.contains(name->text())));
}

} // namespace paperboy
