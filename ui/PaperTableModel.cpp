#include "PaperTableModel.h"

#include <QFont>

namespace paperboy {

namespace {

QString shortAuthors(const QStringList &authors)
{
    if (authors.size() <= 2)
        return authors.join(QStringLiteral(", "));
    return authors.first() + QStringLiteral(" et al.");
}

} // namespace

void PaperTableModel::setRows(QList<PaperRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const PaperRow *PaperTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void PaperTableModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].starred == starred)
        return;
    m_rows[row].starred = starred;
    emit dataChanged(index(row, Star), index(row, Star));
}

void PaperTableModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].read == read)
        return;
    m_rows[row].read = read;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole});
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    const PaperRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && (index.column() == Title || index.column() == Authors)) {
        // Tooltips guess rich text: feed text is escaped so it is never markup.
        const QString text =
            index.column() == Title ? row->paper.title : row->paper.authors.join(QStringLiteral(", "));
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Star:
            return row->starred ? QStringLiteral("\u2605") : QString();
        case Relevance:
            return row->relevance ? QVariant(*row->relevance) : QVariant();
        case Novelty:
            return row->novelty ? QVariant(*row->novelty) : QVariant();
        case Title:
            return row->paper.title;
        case Authors:
            return role == Qt::ToolTipRole ? row->paper.authors.join(QStringLiteral(", "))
                                           : shortAuthors(row->paper.authors);
        case Category:
            return row->paper.primaryCategory();
        case Type:
            return announceTypeName(row->paper.announceType);
        }
    }
    if (role == Qt::FontRole && !row->read) {
        // Unread papers stand out.
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Relevance || index.column() == Novelty))
        return int(Qt::AlignCenter);
    return {};
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Star:
        return QStringLiteral("\u2605");
    case Relevance:
        return tr("Relevance");
    case Novelty:
        return tr("Novelty");
    case Title:
        return tr("Title");
    case Authors:
        return tr("Authors");
    case Category:
        return tr("Category");
    case Type:
        return tr("Type");
    }
    return {};
}

} // namespace paperboy
