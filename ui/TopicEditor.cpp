#include "TopicEditor.h"

#include "FormFields.h"

#include <QFont>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace paperboy {

namespace {

// A topic lives in its list item: the name shown, the full text in roles,
// so dragging an item carries the whole topic with it.
constexpr int NameRole = Qt::UserRole;
constexpr int RelevantRole = Qt::UserRole + 1;
constexpr int IrrelevantRole = Qt::UserRole + 2;

} // namespace

TopicEditor::TopicEditor(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("topicList"));
    m_list->setAccessibleName(tr("Topics"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMinimumWidth(220);
    m_list->setSpacing(2);
    m_list->setToolTip(tr("Drag a topic to reorder it"));

    auto button = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon) {
        auto *b = new QPushButton(style()->standardIcon(icon), text);
        b->setObjectName(name);
        b->setAutoDefault(false); // Enter in a field saves the dialog, it never adds a topic
        return b;
    };
    m_add = button(QStringLiteral("addTopic"), tr("&Add"), QStyle::SP_FileDialogNewFolder);
    m_remove = button(QStringLiteral("removeTopic"), tr("&Remove"), QStyle::SP_DialogDiscardButton);
    m_up = button(QStringLiteral("moveTopicUp"), tr("Move &up"), QStyle::SP_ArrowUp);
    m_down = button(QStringLiteral("moveTopicDown"), tr("Move &down"), QStyle::SP_ArrowDown);
    m_add->setToolTip(tr("Add a topic at the end of the list"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_remove, 0, 1);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(buttons);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("topicName"));
    m_name->setPlaceholderText(tr("e.g. Model compression and efficiency"));
    m_relevant = form::textField(
        QStringLiteral("topicRelevant"),
        tr("What a paper must be about to count, e.g. new pruning, quantization or distillation methods"));
    m_irrelevant = form::textField(
        QStringLiteral("topicIrrelevant"),
        tr("What looks close but does not count, e.g. a known method applied to a new dataset"));

    auto *fields = new QGroupBox(tr("Selected topic"));
    auto *fieldLayout = new QVBoxLayout(fields);
    fieldLayout->addWidget(form::buddyLabel(tr("&Name:"), m_name));
    fieldLayout->addWidget(m_name);
    fieldLayout->addSpacing(6);
    fieldLayout->addWidget(form::buddyLabel(tr("What &counts:"), m_relevant));
    fieldLayout->addWidget(m_relevant, 3);
    fieldLayout->addSpacing(6);
    fieldLayout->addWidget(form::buddyLabel(tr("&What does not count:"), m_irrelevant));
    fieldLayout->addWidget(m_irrelevant, 2);
    m_fields = fields;

    setFocusProxy(m_list);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn, 2);
    layout->addWidget(fields, 3);

    connect(m_add, &QPushButton::clicked, this, &TopicEditor::addTopic);
    connect(m_remove, &QPushButton::clicked, this, &TopicEditor::removeTopic);
    connect(m_up, &QPushButton::clicked, this, [this] { moveTopic(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveTopic(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TopicEditor::showCurrent);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { storeField(NameRole, text); });
    connect(m_relevant, &QPlainTextEdit::textChanged, this,
            [this] { storeField(RelevantRole, m_relevant->toPlainText()); });
    connect(m_irrelevant, &QPlainTextEdit::textChanged, this,
            [this] { storeField(IrrelevantRole, m_irrelevant->toPlainText()); });

    // Every edit reaches the list's model, whichever way it was made (a
    // button, a drop, a keystroke), so one set of connections reports them.
    QAbstractItemModel *model = m_list->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &TopicEditor::changed);
    const auto rowsChanged = [this] {
        updateButtons();
        emit changed();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, rowsChanged);
    showCurrent();
}

void TopicEditor::setTopics(const QList<Criteria::Topic> &topics)
{
    m_list->clear();
    for (const Criteria::Topic &topic : topics) {
        auto *item = new QListWidgetItem;
        item->setData(RelevantRole, topic.relevant);
        item->setData(IrrelevantRole, topic.irrelevant);
        setItemName(item, topic.name);
        m_list->addItem(item);
    }
    m_list->setCurrentRow(topics.isEmpty() ? -1 : 0);
    showCurrent();
}

QList<Criteria::Topic> TopicEditor::topics() const
{
    QList<Criteria::Topic> out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        out.append({item->data(NameRole).toString().trimmed(), item->data(RelevantRole).toString().trimmed(),
                    item->data(IrrelevantRole).toString().trimmed()});
    }
    return out;
}

void TopicEditor::addTopic()
{
    auto *item = new QListWidgetItem;
    setItemName(item, QString());
    m_list->addItem(item);
    m_list->setCurrentItem(item);
    m_name->setFocus();
}

void TopicEditor::removeTopic()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
}

void TopicEditor::moveTopic(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
}

void TopicEditor::showCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    // Loading a topic into the fields is not an edit of it.
    const QSignalBlocker name(m_name);
    const QSignalBlocker relevant(m_relevant);
    const QSignalBlocker irrelevant(m_irrelevant);
    m_name->setText(item ? item->data(NameRole).toString() : QString());
    m_relevant->setPlainText(item ? item->data(RelevantRole).toString() : QString());
    m_irrelevant->setPlainText(item ? item->data(IrrelevantRole).toString() : QString());
    m_fields->setEnabled(item != nullptr);
    updateButtons();
}

void TopicEditor::storeField(int role, const QString &text)
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (role == NameRole)
        setItemName(item, text);
    else
        item->setData(role, text);
}

void TopicEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void TopicEditor::setItemName(QListWidgetItem *item, const QString &name)
{
    item->setData(NameRole, name);
    const bool untitled = name.trimmed().isEmpty();
    item->setText(untitled ? tr("(untitled topic)") : name.simplified());
    QFont font = item->font();
    font.setItalic(untitled);
    item->setFont(font);
}

} // namespace paperboy
