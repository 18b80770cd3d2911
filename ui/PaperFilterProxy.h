#pragma once

#include <QSortFilterProxyModel>

namespace paperboy {

// The quick filters and the sort of the paper table, over PaperTableModel.
// Sorting uses the model's typed SortRole; unscored papers sort last in
// either direction, so "best first" never starts with a column of dashes.
class PaperFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter
    {
        All,
        Relevant,
        Starred,
        Unread
    };

    explicit PaperFilterProxy(QObject *parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    // "Not interested" papers are left out unless asked for.
    bool showsHidden() const { return m_showHidden; }
    void setShowHidden(bool show);
    // The paper being read stays in the list while it is read, even when
    // reading takes it out of the filter (Unread): it leaves when the
    // person moves on, picks another filter, or the view changes whose
    // scores it shows.
    void setPinnedId(const QString &id);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Filter m_filter = Filter::All;
    bool m_showHidden = false;
    QString m_pinned;
    bool m_refilterQueued = false;
};

} // namespace paperboy
