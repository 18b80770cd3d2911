#pragma once

#include "core/Criteria.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace paperboy {

// The topics of the criteria form: the list on the left (add, remove,
// reorder by buttons or by dragging), the selected topic's name and
// descriptions on the right.
class TopicEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TopicEditor(QWidget *parent = nullptr);

    void setTopics(const QList<Criteria::Topic> &topics);
    // As typed, with the whitespace around each field trimmed (what the
    // criteria document keeps when it is read back).
    QList<Criteria::Topic> topics() const;

signals:
    // Any edit: a topic added, removed, moved or typed into.
    void changed();

private:
    void addTopic();
    void removeTopic();
    void moveTopic(int by);
    void showCurrent();
    void storeField(int role, const QString &text);
    void updateButtons();
    static void setItemName(QListWidgetItem *item, const QString &name);

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_relevant = nullptr;
    QPlainTextEdit *m_irrelevant = nullptr;
};

} // namespace paperboy
