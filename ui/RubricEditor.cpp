#include "RubricEditor.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPersistentModelIndex>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyledItemDelegate>

namespace paperboy {

namespace {

// Where an editor came from, so Escape can put the cell back.
constexpr char kOriginal[] = "paperboyOriginal";
constexpr char kIndex[] = "paperboyIndex";

// Commits every keystroke, not only when the editor closes, so the preview
// is live while a cell is being typed into.
class RubricDelegate : public QStyledItemDelegate
{
public:
    RubricDelegate(RubricModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        auto *self = const_cast<RubricDelegate *>(this);
        QWidget *editor = nullptr;
        if (index.column() == RubricModel::Low || index.column() == RubricModel::High) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(1, 10);
            spin->setFrame(false);
            spin->setAlignment(Qt::AlignCenter);
            connect(spin, &QSpinBox::valueChanged, self, [self, spin] { emit self->commitData(spin); });
            editor = spin;
        } else {
            editor = QStyledItemDelegate::createEditor(parent, option, index);
            if (auto *line = qobject_cast<QLineEdit *>(editor))
                connect(line, &QLineEdit::textEdited, self, [self, line] { emit self->commitData(line); });
        }
        editor->setProperty(kOriginal, index.data(Qt::EditRole));
        editor->setProperty(kIndex, QVariant::fromValue(QPersistentModelIndex(index)));
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        // The view hands each committed value back to the open editor; setting
        // a line edit's own text again would throw its cursor to the end.
        const QByteArray property = editor->metaObject()->userProperty().name();
        if (!property.isEmpty() && editor->property(property) == index.data(Qt::EditRole))
            return;
        // Loading the editor is not an edit: a spin box's valueChanged would
        // commit before the view has registered the editor.
        const QSignalBlocker blocker(editor);
        QStyledItemDelegate::setEditorData(editor, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Wrapped paragraphs need air between rows to read as separate bands.
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        const int key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event)->key() : 0;
        if (key == Qt::Key_Escape) {
            // Every keystroke is already in the model: Escape undoes them there.
            const auto index = object->property(kIndex).value<QPersistentModelIndex>();
            if (index.isValid())
                m_model->setData(index, object->property(kOriginal));
        }
        const bool handled = QStyledItemDelegate::eventFilter(object, event);
        // Enter finishes the cell; passed on, it would reach the dialog and save it.
        return handled || key == Qt::Key_Return || key == Qt::Key_Enter;
    }

private:
    RubricModel *m_model;
};

} // namespace

void RubricModel::setBands(QList<Criteria::Band> bands)
{
    beginResetModel();
    m_bands = std::move(bands);
    endResetModel();
}

int RubricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bands.size());
}

int RubricModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RubricModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Criteria::Band &band = m_bands.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return int(index.column() <= High ? Qt::AlignHCenter | Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Low:
        return band.low;
    case High:
        return band.high;
    case Label:
        return band.label;
    case Definition:
        return band.definition;
    case Examples:
        return band.examples;
    }
    return {};
}

bool RubricModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Criteria::Band &band = m_bands[index.row()];
    if (index.column() == Low || index.column() == High) {
        bool ok = false;
        const int score = value.toInt(&ok);
        if (!ok || score < 1 || score > 10)
            return false;
        (index.column() == Low ? band.low : band.high) = score;
    } else {
        QString &text = index.column() == Label        ? band.label
                        : index.column() == Definition ? band.definition
                                                       : band.examples;
        text = value.toString();
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags RubricModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant RubricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("From"), QT_TR_NOOP("To"), QT_TR_NOOP("Label"),
                                                    QT_TR_NOOP("Definition"), QT_TR_NOOP("Examples")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(titles[section]);
}

RubricEditor::RubricEditor(QWidget *parent)
    : QTableView(parent)
    , m_model(new RubricModel(this))
{
    setModel(m_model);
    setItemDelegate(new RubricDelegate(m_model, this));
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Rows as tall as their wrapped text: a rubric is read whole, not scrolled.
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(RubricModel::Low, 48);
    header->resizeSection(RubricModel::High, 48);
    header->resizeSection(RubricModel::Label, 110);
    header->setSectionResizeMode(RubricModel::Definition, QHeaderView::Stretch);
    header->setSectionResizeMode(RubricModel::Examples, QHeaderView::Stretch);
}

} // namespace paperboy
