#pragma once

#include "core/Criteria.h"

#include <QAbstractTableModel>
#include <QTableView>

namespace paperboy {

// The bands of one 1-10 rubric, one row each, every cell editable.
class RubricModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Low,
        High,
        Label,
        Definition,
        Examples,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setBands(QList<Criteria::Band> bands);
    const QList<Criteria::Band> &bands() const { return m_bands; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Criteria::Band> m_bands;
};

// A rubric as a table: scores in spin boxes, text wrapped in full, each
// keystroke reaching the model so the prompt preview follows the typing.
class RubricEditor : public QTableView
{
    Q_OBJECT
public:
    explicit RubricEditor(QWidget *parent = nullptr);

    RubricModel *rubric() const { return m_model; }

private:
    RubricModel *m_model = nullptr;
};

} // namespace paperboy
