#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace paperboy {

// text with its first word capitalised when that word is plain lowercase
// letters: the core's errors start in lowercase to be embedded ("cannot
// write x: ..."), and a banner shows them on their own. A word that is not
// plain lowercase ("arXiv", "gpt-5-mini", a path) stays as written.
QString sentence(const QString &text);

// A strip above the papers that says what happened once, plainly, and what
// to do next, with an optional button for it ("Open Settings"). Its colours
// come from its palette, tinted by the level. It stays
// until closed or replaced by the next message: no stack of dialogs.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows `text` (plain text, never markup) as a sentence, its first word
    // capitalised (see sentence()); `action` names the button, or is empty
    // for none.
    void showMessage(Level level, const QString &text, const QString &action = {});
    QString text() const;
    Level level() const { return m_level; }

signals:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Level m_level = Level::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace paperboy
