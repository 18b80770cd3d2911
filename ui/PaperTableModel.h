#pragma once

#include "core/Criteria.h"
#include "storage/PaperRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace paperboy {

// The papers currently shown (a day, a search result): a vector of rows,
// never the whole history. Sorting and quick filters happen in a proxy over
// it (PaperFilterProxy), on the typed keys of SortRole.
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
    enum Role
    {
        SortRole = Qt::UserRole + 1, // typed: int for scores (-1 unscored), folded text for names
        IdRole,                      // the arXiv id
        ScoredRole,                  // bool
        StarredRole,
        ReadRole,
        HiddenRole,
        RelevantRole,       // above both cut-offs
        FollowedAuthorRole, // the followed author among the paper's, or empty
    };

    explicit PaperTableModel(QObject *parent = nullptr);

    // Replaces the rows. When the new rows are the same papers (a refresh
    // after scoring, a star from the command line) they are updated in place,
    // so sorting, selection and scrolling stay where the person left them.
    void setRows(QList<PaperRow> rows);
    // The criteria decide "relevant" and the followed authors' mark.
    void setCriteria(const Criteria &criteria);

    const PaperRow *rowAt(int row) const;
    int rowOf(const QString &id) const;
    const QList<PaperRow> &rows() const { return m_rows; }
    // Reflect a change already stored in the cache.
    void setStarred(int row, bool starred);
    void setRead(int row, bool read);
    void setHidden(int row, bool hidden);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What display needs, computed once per row rather than at every paint.
    struct Display
    {
        QString title;     // TeX rendered as Unicode
        QString authors;   // shortened
        QString sortTitle; // case-folded
        QString sortAuthor;
    };
    Display displayOf(const PaperRow &row) const;
    void changeEveryRow(const std::function<void()> &change);
    const Display &display(int row) const;
    void emitRowChanged(int row);

    QList<PaperRow> m_rows;
    mutable QList<std::optional<Display>> m_display;
    QHash<QString, int> m_rowOfId;
    Criteria m_criteria;
};

} // namespace paperboy
