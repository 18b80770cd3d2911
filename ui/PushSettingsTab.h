#pragma once

#include "push/PushConfig.h"
#include "push/PushSender.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace paperboy {

// Settings' "Sharing" tab: where the day's relevant papers are pushed
// (Slack, a Slack-style or JSON webhook, Matrix), a test message per
// target with the values in the form, and whether the daily routine pushes
// after scoring. Secrets (the webhook addresses, Matrix's token) go to the
// keychain and are never shown again, only whether one is saved; a value
// set in the environment overrides and is not editable here.
class PushSettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit PushSettingsTab(push::PushConfig config = push::PushConfig(), QWidget *parent = nullptr);

    // How long a test message waits and how much it reads.
    void setTestLimits(const push::SendLimits &limits) { m_limits = limits; }
    // The one-line result next to a target's test button.
    QString testResult(push::Kind kind) const;

    // False and *error (one line) when a typed value is not usable.
    bool validate(QString *error) const;
    // Typed secrets into the keychain; false and *error when the keychain
    // did not take one (no keyring, a refusal): it is not dropped silently.
    bool saveSecrets(QString *error);
    // What is not secret, into `s`.
    void saveSettings(QSettings &s) const;

private:
    struct Target
    {
        push::Kind kind = push::Kind::Webhook;
        QLineEdit *secret = nullptr;
        QLabel *status = nullptr;
        QPushButton *forget = nullptr;
        QPushButton *test = nullptr;
        QLabel *result = nullptr;
        QCheckBox *routine = nullptr;
    };

    QWidget *buildTarget(push::Kind kind, const QString &title, const QString &about);
    QLineEdit *plainField(const QString &objectName, const QString &variable, const QString &saved,
                          const QString &placeholder);
    void describeSecret(Target &t);
    void sendTest(Target &t);
    std::optional<push::Target> formTarget(push::Kind kind, QString *error) const;
    QString secretLabel(push::Kind kind) const;

    push::PushConfig m_config;
    push::SendLimits m_limits;
    QList<Target> m_targets;
    QLineEdit *m_homeserver = nullptr;
    QLineEdit *m_room = nullptr;
    QCheckBox *m_afterRoutine = nullptr;
    QLabel *m_keychainProblem = nullptr; // why no secret can be read or saved
};

} // namespace paperboy
