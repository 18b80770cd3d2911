#pragma once

#include "storage/PaperRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace paperboy {

// The papers currently shown (a day, a search result): a vector of rows,
// never the whole history.
class PaperTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Star,
        Relevance,
        Novelty,
        Title,
        Authors,
        Category,
        Type,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<PaperRow> rows);
    const PaperRow *rowAt(int row) const;
    // Reflect a change already stored in the cache.
    void setStarred(int row, bool starred);
    void setRead(int row, bool read);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PaperRow> m_rows;
};

} // namespace paperboy
