#include "PaperTableModel.h"

#include "core/Relevance.h"

#include "AnnounceTypeText.h"

#include "text/TexDisplay.h"
#include "text/TexToUnicode.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace paperboy {

namespace {

QString shortAuthors(const QStringList &authors)
{
    if (authors.size() <= 2)
        return authors.join(QStringLiteral(", "));
    return PaperTableModel::tr("%1 et al.").arg(authors.first());
}

// A small filled circle in the highlight colour: the mark of a followed author.
QIcon followedIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x77, 0x06)); // amber: visible on light and dark themes
        p.drawEllipse(QRectF(2, 2, 8, 8));
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

PaperTableModel::PaperTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_criteria(Criteria::defaults())
{
}

const PaperTableModel::Display &PaperTableModel::display(int at) const
{
    // Computed when a row is first painted or sorted by text: a day switch
    // renders the TeX of the titles in view, not of all 1,500.
    std::optional<Display> &slot = m_display[at];
    if (!slot)
        slot = displayOf(m_rows.at(at));
    return *slot;
}

PaperTableModel::Display PaperTableModel::displayOf(const PaperRow &row) const
{
    Display d;
    d.title = tex::toDisplayText(row.paper.title);
    d.authors = shortAuthors(row.paper.authors);
    d.sortTitle = d.title.toCaseFolded();
    d.sortAuthor = row.paper.authors.value(0).toCaseFolded();
    return d;
}

void PaperTableModel::setRows(QList<PaperRow> rows)
{
    bool samePapers = rows.size() == m_rows.size();
    for (qsizetype i = 0; samePapers && i < rows.size(); ++i)
        samePapers = m_rowOfId.contains(rows.at(i).paper.id);
    if (samePapers && !rows.isEmpty()) {
        // In place: each paper keeps its row, only its values change.
        changeEveryRow([&] {
            for (PaperRow &fresh : rows) {
                const int at = m_rowOfId.value(fresh.paper.id);
                if (fresh.paper.title != m_rows.at(at).paper.title ||
                    fresh.paper.authors != m_rows.at(at).paper.authors)
                    m_display[at].reset();
                m_rows[at] = std::move(fresh);
            }
        });
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_display.clear();
    m_display.resize(m_rows.size());
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).paper.id, i);
    endResetModel();
}

void PaperTableModel::setCriteria(const Criteria &criteria)
{
    m_criteria = criteria;
    // A cut-off or a followed author changes what is relevant at once.
    changeEveryRow([this] {
        for (PaperRow &row : m_rows)
            relevance::judge(row, m_criteria);
    });
}

// New values can move a row in a sorted view, or in or out of a filter. A
// layout change makes proxies map every row again: Qt 6.4.2's proxy, left
// to map one whole-table dataChanged incrementally, showed some papers
// twice (73 rows for 47 relevant papers). Rows keep their places here, so
// persistent indexes stay as they are; dataChanged follows for those who
// follow values (the reader shows its paper as it is now).
void PaperTableModel::changeEveryRow(const std::function<void()> &change)
{
    if (m_rows.isEmpty())
        return;
    emit layoutAboutToBeChanged();
    change();
    emit layoutChanged();
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const PaperRow *PaperTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PaperTableModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

void PaperTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PaperTableModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].starred == starred)
        return;
    m_rows[row].starred = starred;
    emitRowChanged(row);
}

void PaperTableModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].read == read)
        return;
    m_rows[row].read = read;
    emitRowChanged(row);
}

void PaperTableModel::setHidden(int row, bool hidden)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].hidden == hidden)
        return;
    m_rows[row].hidden = hidden;
    relevance::judge(m_rows[row], m_criteria); // "not interested" is never relevant
    emitRowChanged(row);
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
    // Only the roles that show text pay for it; sorting by score and the
    // filters never render a title.
    const auto d = [this, &index]() -> const Display & { return display(index.row()); };
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Star:
            return row->starred ? QStringLiteral("\u2605") : QStringLiteral("\u2606");
        case Relevance:
        case Novelty: {
            const auto &value = column == Relevance ? row->relevance : row->novelty;
            // A paper set aside by the title pass is marked, not blank.
            return value ? QVariant(*value)
                         : QVariant(row->isSetAside() ? QStringLiteral("\u2298") : QStringLiteral("\u2013"));
        }
        case Title:
            return d().title;
        case Authors:
            return d().authors;
        case Category:
            return row->paper.primaryCategory();
        case Type:
            return AnnounceTypeText::shortName(row->paper.announceType);
        }
        return {};
    case Qt::ToolTipRole:
        // Tooltips guess rich text: feed text is escaped so it is never markup.
        switch (column) {
        case Star:
            return row->starred ? tr("Starred (S to unstar)") : tr("Not starred (S to star)");
        case Title:
            return QStringLiteral("<p>%1</p>").arg(d().title.toHtmlEscaped());
        case Authors: {
            QString text =
                QStringLiteral("<p>%1</p>")
                    .arg(
                        tex::accentsToUnicode(row->paper.authors.join(QStringLiteral(", "))).toHtmlEscaped());
            if (!row->followedAuthor.isEmpty())
                text += QStringLiteral("<p>%1</p>")
                            .arg(tr("You follow %1").arg(row->followedAuthor).toHtmlEscaped());
            return text;
        }
        case Relevance:
        case Novelty:
            if (row->isSetAside() && row->setAsideOffline)
                return QStringLiteral("<p>%1</p>")
                    .arg(tr("Set aside by the offline scorer: not sent to %1. Score These Fully sends it.")
                             .arg(row->scoredBy)
                             .toHtmlEscaped());
            if (row->isSetAside())
                return QStringLiteral("<p>%1</p>")
                    .arg(tr("Set aside by the title pass (%1): not relevant by its title. Score These Fully "
                            "sends its abstract.")
                             .arg(row->scoredBy)
                             .toHtmlEscaped());
            return row->scoreComment.isEmpty()
                       ? QVariant()
                       : QStringLiteral("<p>%1</p>").arg(row->scoreComment.toHtmlEscaped());
        case Category:
            return row->paper.categories.join(QStringLiteral(", "));
        }
        return {};
    case Qt::DecorationRole:
        if (column == Authors && !row->followedAuthor.isEmpty())
            return followedIcon();
        return {};
    case Qt::FontRole:
        if (!row->read) { // unread papers stand out
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row->hidden)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (column == Star && row->starred)
            return QColor(0xd9, 0x77, 0x06);
        if (column == Star || ((column == Relevance || column == Novelty) && !row->relevance))
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::BackgroundRole:
        // Relevant papers carry a quiet green behind their scores.
        if ((column == Relevance || column == Novelty) && row->relevant)
            return QColor(0x22, 0xc5, 0x5e, 60);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Star || column == Relevance || column == Novelty)
            return int(Qt::AlignCenter);
        return int(Qt::AlignVCenter | Qt::AlignLeft);
    case SortRole:
        switch (column) {
        case Star:
            return int(row->starred);
        case Relevance:
            // Within one integer, by the offline scorer's value before rounding.
            if (row->relevanceValue)
                return *row->relevanceValue;
            return row->relevance.value_or(-1);
        case Novelty:
            return row->novelty.value_or(-1);
        case Title:
            return d().sortTitle;
        case Authors:
            return d().sortAuthor;
        case Category:
            return row->paper.primaryCategory();
        case Type:
            return int(row->paper.announceType);
        }
        return {};
    case IdRole:
        return row->paper.id;
    case ScoredRole:
        return bool(row->relevance);
    case StarredRole:
        return row->starred;
    case ReadRole:
        return row->read;
    case HiddenRole:
        return row->hidden;
    case RelevantRole:
        return row->relevant;
    case FollowedAuthorRole:
        return row->followedAuthor;
    }
    return {};
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Stars and scores sort best-first on the first click.
    if (role == Qt::InitialSortOrderRole)
        return int(section == Star || section == Relevance || section == Novelty ? Qt::DescendingOrder
                                                                                 : Qt::AscendingOrder);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Star:
            return tr("Starred papers");
        case Relevance:
            // Split after the escape: lupdate reads "\u201310" as one code point.
            return tr("How well the paper matches your criteria (1\u2013"
                      "10)");
        case Novelty:
            return tr("How new the paper's contribution is (1\u2013"
                      "10)");
        case Type:
            return tr("How the paper was announced: new, cross-listed or replaced");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
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
