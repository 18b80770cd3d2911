#include "PushSettingsTab.h"

#include "FormFields.h"
#include "core/Settings.h"
#include "push/DayPush.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace paperboy {

namespace {

using push::Kind;

// A test message waits this long: a person is looking at the button.
constexpr int kTestTimeoutMs = 15000;

bool isRoomId(const QString &room)
{
    return room.startsWith(QLatin1Char('!')) && room.contains(QLatin1Char(':'));
}

} // namespace

PushSettingsTab::PushSettingsTab(push::PushConfig config, QWidget *parent)
    : QWidget(parent)
    , m_config(std::move(config))
{
    m_limits.timeoutMs = kTestTimeoutMs;
    m_limits.maxRetries = 1;
    // The targets scroll rather than squeeze: the dialog's height is capped
    // for a laptop screen, and a squeezed form clips its wrapped notes.
    auto *content = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    // Said once for every target, not under each.
    m_keychainProblem = form::noteLabel(QString(), content);
    m_keychainProblem->setObjectName(QStringLiteral("keychainProblem"));
    m_keychainProblem->hide();
    layout->addWidget(m_keychainProblem);
    layout->addWidget(
        buildTarget(Kind::Slack, tr("Slack"),
                    tr("An incoming webhook's address. Mattermost hooks take the same messages.")));
    layout->addWidget(buildTarget(
        Kind::Webhook, tr("Webhook"),
        tr("Any address that takes Paperboy's JSON (docs/PUSH.md). Discord and Mattermost accept "
           "Slack-style payloads: put their hooks under Slack (Discord's with /slack at the end).")));
    layout->addWidget(
        buildTarget(Kind::Matrix, tr("Matrix"), tr("A room the account behind the token has joined.")));

    const QSettings s;
    auto *routine = new QGroupBox(tr("Daily routine"), this);
    auto *routineLayout = new QVBoxLayout(routine);
    m_afterRoutine =
        new QCheckBox(tr("Push each day's relevant papers after the daily routine scores it"), routine);
    m_afterRoutine->setObjectName(QStringLiteral("pushAfterRoutine"));
    m_afterRoutine->setChecked(settings::routinePushes(s));
    routineLayout->addWidget(m_afterRoutine);
    auto *targets = new QHBoxLayout;
    const QStringList chosen = settings::routinePushTargets(s);
    for (Target &t : m_targets) {
        const QString name = push::kindName(t.kind);
        t.routine = new QCheckBox(t.kind == Kind::Slack    ? tr("to Slack")
                                  : t.kind == Kind::Matrix ? tr("to Matrix")
                                                           : tr("to the webhook"),
                                  routine);
        t.routine->setObjectName(QStringLiteral("routine_%1").arg(name));
        t.routine->setChecked(chosen.contains(name));
        t.routine->setEnabled(m_afterRoutine->isChecked());
        connect(m_afterRoutine, &QCheckBox::toggled, t.routine, &QWidget::setEnabled);
        targets->addWidget(t.routine);
    }
    targets->addStretch(1);
    routineLayout->addLayout(targets);
    layout->addWidget(routine);
    layout->addStretch(1);
    scroll->setWidget(content);
}

QString PushSettingsTab::secretLabel(Kind kind) const
{
    switch (kind) {
    case Kind::Slack:
        return tr("the Slack webhook address");
    case Kind::Matrix:
        return tr("the Matrix access token");
    case Kind::Webhook:
        break;
    }
    return tr("the webhook address");
}

QLineEdit *PushSettingsTab::plainField(const QString &objectName, const QString &variable,
                                       const QString &saved, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    if (const auto env = m_config.fromEnvironment(variable)) {
        edit->setText(*env);
        edit->setEnabled(false);
        edit->setToolTip(
            tr("Set by %1 in the environment, which overrides what is saved here.").arg(variable));
    } else {
        edit->setText(saved);
    }
    return edit;
}

QWidget *PushSettingsTab::buildTarget(Kind kind, const QString &title, const QString &about)
{
    const QString name = push::kindName(kind);
    auto *box = new QGroupBox(title, this);
    auto *form = new QFormLayout(box);
    form->addRow(form::noteLabel(about, box));
    Target t;
    t.kind = kind;
    if (kind == Kind::Matrix) {
        const QSettings s;
        m_homeserver = plainField(QStringLiteral("matrixHomeserver"), push::urlVariable(kind),
                                  settings::matrixHomeserver(s), QStringLiteral("https://matrix.org"));
        form->addRow(tr("Homeserver:"), m_homeserver);
        m_room = plainField(QStringLiteral("matrixRoom"), push::matrixRoomVariable(), settings::matrixRoom(s),
                            QStringLiteral("!abcdefg:matrix.org"));
        form->addRow(tr("Room id:"), m_room);
    }
    t.secret = new QLineEdit(box);
    t.secret->setObjectName(QStringLiteral("%1Secret").arg(name));
    t.secret->setEchoMode(QLineEdit::Password);
    t.forget = new QPushButton(tr("Forget"), box);
    t.forget->setObjectName(QStringLiteral("%1Forget").arg(name));
    auto *row = new QHBoxLayout;
    row->addWidget(t.secret, 1);
    row->addWidget(t.forget);
    form->addRow(kind == Kind::Matrix ? tr("Access token:") : tr("Address:"), row);
    t.status = form::noteLabel(QString(), box);
    t.status->setObjectName(QStringLiteral("%1Status").arg(name));
    form->addRow(QString(), t.status);
    t.test = new QPushButton(tr("Send Test Message"), box);
    t.test->setObjectName(QStringLiteral("%1Test").arg(name));
    t.result = new QLabel(box);
    t.result->setObjectName(QStringLiteral("%1TestResult").arg(name));
    t.result->setTextFormat(Qt::PlainText);
    t.result->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(t.test);
    testRow->addWidget(t.result, 1);
    form->addRow(QString(), testRow);
    m_targets << t;
    const int index = int(m_targets.size()) - 1;
    describeSecret(m_targets[index]);
    connect(t.test, &QPushButton::clicked, this, [this, index] { sendTest(m_targets[index]); });
    connect(t.forget, &QPushButton::clicked, this, [this, index] {
        Target &target = m_targets[index];
        QString error;
        const KeyStore::Result r = m_config.removeSecret(target.kind, &error);
        describeSecret(target);
        if (r != KeyStore::Result::Ok && r != KeyStore::Result::NotFound)
            target.status->setText(tr("Not forgotten: %1").arg(error));
    });
    return box;
}

void PushSettingsTab::describeSecret(Target &t)
{
    QString keyringError;
    const auto source = m_config.secretSource(t.kind, &keyringError);
    const bool env = source == push::PushConfig::Source::Environment;
    t.secret->setEnabled(!env);
    t.forget->setEnabled(source == push::PushConfig::Source::Keychain);
    t.secret->setPlaceholderText(env ? tr("Set in the environment") : tr("Type or paste a new one"));
    switch (source) {
    case push::PushConfig::Source::Environment:
        t.status->setText(tr("Set by %1 in the environment, which overrides what is saved here; not "
                             "editable here.")
                              .arg(push::PushConfig::secretVariable(t.kind)));
        break;
    case push::PushConfig::Source::Keychain:
        t.status->setText(tr("One is saved in the keychain."));
        break;
    case push::PushConfig::Source::None:
        if (keyringError.isEmpty()) {
            t.status->setText(tr("None saved."));
            break;
        }
        t.status->setText(tr("None saved: the keychain cannot be read."));
        m_keychainProblem->setText(tr("The keychain cannot be read: %1. What is typed here cannot be saved; "
                                      "the environment variables named in docs/PUSH.md can hold it instead.")
                                       .arg(keyringError));
        m_keychainProblem->show();
        break;
    }
}

std::optional<push::Target> PushSettingsTab::formTarget(Kind kind, QString *error) const
{
    const Target &t = *std::find_if(m_targets.cbegin(), m_targets.cend(),
                                    [kind](const Target &x) { return x.kind == kind; });
    // The environment, else what is typed, else what is saved.
    push::TargetValue secret{QString(), secretLabel(kind)};
    if (const auto env = m_config.fromEnvironment(push::PushConfig::secretVariable(kind)))
        secret = {*env, push::PushConfig::secretVariable(kind)};
    else if (!t.secret->text().trimmed().isEmpty())
        secret.value = t.secret->text();
    else if (QString keyringError;
             m_config.savedSecret(kind, &secret.value, &keyringError) != KeyStore::Result::Ok &&
             !keyringError.isEmpty()) {
        *error = tr("the keychain cannot be read: %1").arg(keyringError);
        return std::nullopt;
    } else if (kind == Kind::Matrix && !secret.value.trimmed().isEmpty() &&
               !push::PushConfig::savedTokenGoesTo(m_homeserver->text(), error)) {
        // The saved token, never to a homeserver just typed.
        return std::nullopt;
    }
    if (kind != Kind::Matrix)
        return push::targetFrom(kind, secret, {}, {}, error);
    return push::targetFrom(kind, {m_homeserver->text(), tr("the homeserver")}, secret,
                            {m_room->text(), tr("the room id")}, error);
}

void PushSettingsTab::sendTest(Target &t)
{
    QString error;
    const auto target = formTarget(t.kind, &error);
    if (!target) {
        t.result->setText(tr("Not sent: %1.").arg(error));
        return;
    }
    t.test->setEnabled(false);
    t.result->setText(tr("Sending…"));
    const Kind kind = t.kind;
    const QString host = target->host();
    push::sendTestMessage(*target, m_limits, this, [this, kind, host](const push::PushSender::Result &r) {
        for (Target &x : m_targets)
            if (x.kind == kind) {
                x.test->setEnabled(true);
                x.result->setText(r.ok ? tr("Sent: the test message reached %1.").arg(host) : r.error);
            }
    });
}

QString PushSettingsTab::testResult(Kind kind) const
{
    for (const Target &t : m_targets)
        if (t.kind == kind)
            return t.result->text();
    return {};
}

bool PushSettingsTab::validate(QString *error) const
{
    for (const Target &t : m_targets) {
        const QString typed = t.secret->text().trimmed();
        if (typed.isEmpty() || t.kind == Kind::Matrix)
            continue;
        if (!push::targetFrom(t.kind, {typed, secretLabel(t.kind)}, {}, {}, error))
            return false;
    }
    if (m_homeserver->isEnabled() && !m_homeserver->text().trimmed().isEmpty() &&
        !push::homeserverFrom({m_homeserver->text(), tr("the Matrix homeserver")}, error))
        return false;
    // A homeserver changed while the saved token stays would send it there.
    const Target &matrix = *std::find_if(m_targets.cbegin(), m_targets.cend(),
                                         [](const Target &x) { return x.kind == Kind::Matrix; });
    if (matrix.secret->isEnabled() && matrix.secret->text().trimmed().isEmpty() &&
        m_homeserver->isEnabled() && !m_homeserver->text().trimmed().isEmpty() &&
        m_config.secretSource(Kind::Matrix) == push::PushConfig::Source::Keychain &&
        !push::PushConfig::savedTokenGoesTo(m_homeserver->text(), error))
        return false;
    if (m_room->isEnabled() && !m_room->text().trimmed().isEmpty() && !isRoomId(m_room->text().trimmed())) {
        *error = tr("the Matrix room id is not a room id (!id:server)");
        return false;
    }
    return true;
}

bool PushSettingsTab::saveSecrets(QString *error)
{
    for (Target &t : m_targets) {
        const QString typed = t.secret->text().trimmed();
        if (typed.isEmpty() || !t.secret->isEnabled())
            continue;
        QString why;
        switch (m_config.saveSecret(t.kind, typed, &why,
                                    t.kind == Kind::Matrix ? m_homeserver->text() : QString())) {
        case KeyStore::Result::Ok:
            t.secret->clear();
            describeSecret(t);
            continue;
        case KeyStore::Result::NoKeyring:
            *error = tr("%1 was not saved: %2. Set %3 in the environment instead.")
                         .arg(secretLabel(t.kind), why, push::PushConfig::secretVariable(t.kind));
            // A sentence of the dialog's: its first word capitalised.
            error->replace(0, 1, error->at(0).toUpper());
            return false;
        case KeyStore::Result::NotFound:
        case KeyStore::Result::Failed:
            break;
        }
        *error = tr("The keychain did not take %1: %2").arg(secretLabel(t.kind), why);
        return false;
    }
    return true;
}

void PushSettingsTab::saveSettings(QSettings &s) const
{
    // A value from the environment stays there: what was saved is kept.
    if (m_homeserver->isEnabled())
        settings::setMatrixHomeserver(s, m_homeserver->text().trimmed());
    if (m_room->isEnabled())
        settings::setMatrixRoom(s, m_room->text().trimmed());
    settings::setRoutinePushes(s, m_afterRoutine->isChecked());
    QStringList targets;
    for (const Target &t : m_targets)
        if (t.routine->isChecked())
            targets << push::kindName(t.kind);
    settings::setRoutinePushTargets(s, targets);
}

} // namespace paperboy
