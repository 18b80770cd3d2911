#include "PaperFilterProxy.h"

#include "PaperTableModel.h"

namespace paperboy {

PaperFilterProxy::PaperFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PaperTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // A star or a new score re-sorts and re-filters at once; selection
    // follows the paper through persistent indexes.
    setDynamicSortFilter(true);
}

void PaperFilterProxy::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // A filter the person picks shows what matches it, the paper being read included.
    m_pinned.clear();
    invalidateFilter();
}

void PaperFilterProxy::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    invalidateFilter();
}

void PaperFilterProxy::setPinnedId(const QString &id)
{
    if (id == m_pinned)
        return;
    m_pinned = id;
    // The new pin is shown already (it is the current row); the old one may
    // leave. Later, not now: a new current row is often announced while the
    // proxy is still removing rows, and filtering again inside that breaks
    // its mapping.
    if (m_filter != Filter::All && !m_refilterQueued) {
        m_refilterQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_refilterQueued = false;
                invalidateFilter();
            },
            Qt::QueuedConnection);
    }
}

bool PaperFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showHidden && index.data(PaperTableModel::HiddenRole).toBool())
        return false;
    if (!m_pinned.isEmpty() && index.data(PaperTableModel::IdRole).toString() == m_pinned)
        return true;
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Relevant:
        return index.data(PaperTableModel::RelevantRole).toBool();
    case Filter::Starred:
        return index.data(PaperTableModel::StarredRole).toBool();
    case Filter::Unread:
        return !index.data(PaperTableModel::ReadRole).toBool();
    }
    return true;
}

bool PaperFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column == PaperTableModel::Relevance || column == PaperTableModel::Novelty) {
        const double a = left.data(PaperTableModel::SortRole).toDouble();
        const double b = right.data(PaperTableModel::SortRole).toDouble();
        // The sort reverses lessThan for descending order; answering by the
        // order keeps the unscored (-1) at the bottom both ways.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if ((a < 0) != (b < 0))
            return ascending ? b < 0 : a < 0;
        return a < b;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace paperboy
