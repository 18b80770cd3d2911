#include "Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

#include <optional>

namespace paperboy::prompts {

namespace {

struct Answers
{
    std::optional<QString> fileName;
    std::optional<bool> confirm;
    std::optional<int> choice;
    std::optional<QString> secret;
    QStringList asked;
};

Answers &answers()
{
    static Answers a;
    return a;
}

template<typename T> std::optional<T> take(std::optional<T> &slot)
{
    return std::exchange(slot, std::nullopt);
}

} // namespace

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                     bool confirmOverwrite)
{
    answers().asked << title;
    if (auto queued = take(answers().fileName))
        return *queued;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options()
                                                         : QFileDialog::DontConfirmOverwrite);
}

QString folderName(QWidget *parent, const QString &title, const QString &folder)
{
    answers().asked << title;
    if (auto queued = take(answers().fileName))
        return *queued;
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

QString openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    answers().asked << title;
    if (auto queued = take(answers().fileName))
        return *queued;
    // Open, not Save: the file is used as it is, and a new name is a new one.
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    answers().asked << title;
    if (auto queued = take(answers().confirm))
        return *queued;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) ==
           QMessageBox::Yes;
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    answers().asked << title;
    if (auto queued = take(answers().choice))
        return *queued;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first()));
    box.setEscapeButton(box.button(QMessageBox::Cancel));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

QString secret(QWidget *parent, const QString &title, const QString &label)
{
    answers().asked << title;
    if (auto queued = take(answers().secret))
        return *queued;
    return QInputDialog::getText(parent, title, label, QLineEdit::Password).trimmed();
}

namespace testing {

void answerFileName(const QString &path)
{
    answers().fileName = path;
}

void answerConfirm(bool yes)
{
    answers().confirm = yes;
}

void answerChoice(int choice)
{
    answers().choice = choice;
}

void answerSecret(const QString &text)
{
    answers().secret = text;
}

QStringList takeAsked()
{
    return std::exchange(answers().asked, {});
}

} // namespace testing

} // namespace paperboy::prompts
