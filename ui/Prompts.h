#pragma once

#include <QString>

class QWidget;

namespace paperboy::prompts {

// The few questions the window asks (where to save, yes or no, a secret),
// in one place so that tests can answer them: a queued answer is taken
// instead of showing the dialog, as KeePassXC's MessageBox::setNextAnswer.

// A file to save to; empty when the person cancels. Without
// confirmOverwrite the dialog does not ask about an existing file, for a
// caller that asks its own question.
QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                     bool confirmOverwrite = true);
// An existing folder (to write a web site into); empty when cancelled.
QString folderName(QWidget *parent, const QString &title, const QString &folder);
// A file to open, existing or (typed in) new; empty when the person cancels.
QString openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
// A question with Yes and No; Yes is the default.
bool confirm(QWidget *parent, const QString &title, const QString &text);
// A question with a button for each choice and Cancel; the first choice is
// the default. Returns the index of the choice, -1 when cancelled.
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
// A line of secret text (echo off); empty when cancelled.
QString secret(QWidget *parent, const QString &title, const QString &label);

namespace testing {
// The next call of saveFileName, openFileName or folderName / secret returns this; of
// confirm, `yes`; of choose, `choice`.
void answerFileName(const QString &path);
void answerConfirm(bool yes);
void answerChoice(int choice);
void answerSecret(const QString &text);
// Questions asked since the last call, with their titles, for assertions.
QStringList takeAsked();
} // namespace testing

} // namespace paperboy::prompts
