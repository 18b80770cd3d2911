#pragma once

#include <QLabel>
#include <QPlainTextEdit>
#include <QString>

namespace paperboy::form {

// The pieces the criteria form builds its fields from.

// A label whose mnemonic focuses `buddy`.
inline QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A quiet note under a field: plain text, wrapped.
inline QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    return label;
}

// A multi-line field in a form: Tab moves on to the next field rather than
// typing a tab into the text.
inline QPlainTextEdit *textField(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace paperboy::form
