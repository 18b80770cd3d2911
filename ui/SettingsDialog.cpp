#include "SettingsDialog.h"

#include "BibliographySettings.h"
#include "FormFields.h"
#include "PriceEditor.h"
#include "PushSettingsTab.h"
#include "core/Settings.h"
#include "keychain/ApiKeys.h"
#include "scoring/ApiKey.h"
#include "scoring/LlmClient.h"
#include "scoring/ProviderPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paperboy {

namespace {

constexpr int kTestTimeoutMs = 15000;
// Typing a model's name is debounced: each estimate reads the cache.
constexpr int kEffectDelayMs = 150;

const QList<AnnounceType> kTypes = {AnnounceType::New, AnnounceType::Cross, AnnounceType::Replace,
                                    AnnounceType::ReplaceCross};

QLabel *note(const QString &text, QWidget *parent)
{
    return form::noteLabel(text, parent);
}

// A reasoning effort's choice: `emptyChoice` (the default), then the
// efforts in the person's language, whose data is the API's word.
QComboBox *effortBox(const QString &objectName, const QString &emptyChoice, const QString &toolTip,
                     QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setToolTip(toolTip);
    box->addItem(emptyChoice, QString());
    box->addItem(SettingsDialog::tr("minimal", "reasoning effort"), QStringLiteral("minimal"));
    box->addItem(SettingsDialog::tr("low", "reasoning effort"), QStringLiteral("low"));
    box->addItem(SettingsDialog::tr("medium", "reasoning effort"), QStringLiteral("medium"));
    box->addItem(SettingsDialog::tr("high", "reasoning effort"), QStringLiteral("high"));
    return box;
}

// A model's name, typed or picked from what the server lists.
QComboBox *modelBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    return box;
}

// Reasoning models (gpt-5, o-series) take an effort; others are sent none.
bool takesEffort(const QString &model)
{
    return !ScoringSettings::effortFor(model, QString()).isEmpty();
}

} // namespace

SettingsDialog::SettingsDialog(ApiKeys *keys, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs->addTab(buildArxivPage(), tr("&arXiv"));
    m_tabs->addTab(buildScoringPage(), tr("&Scoring"));
    m_tabs->addTab(buildPassesPage(), tr("Title pass and casca&de"));
    m_prices = new PriceEditor(this);
    m_tabs->addTab(m_prices, tr("&Prices"));
    m_tabs->addTab(buildInterfacePage(), tr("&Interface"));
    m_bibliography = new BibliographySettings(QSettings(), this);
    m_tabs->addTab(m_bibliography, tr("&Bibliography"));
    m_sharing = new PushSettingsTab(push::PushConfig(), this);
    m_sharing->setObjectName(QStringLiteral("sharingTab"));
    m_tabs->addTab(m_sharing, tr("S&haring"));

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 600);
    load();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::buildArxivPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_categories = new QLineEdit(page);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setPlaceholderText(QStringLiteral("cs.LG, cs.AI, stat.ML"));
    form->addRow(tr("&Categories:"), m_categories);
    form->addRow(QString(),
                 note(tr("arXiv categories (cs.LG) or whole archives (hep-th), separated by commas."), page));
    auto *types = new QWidget(page);
    auto *typesLayout = new QVBoxLayout(types);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList labels = {tr("New submissions"), tr("Cross-lists from other categories"),
                                tr("Replacements (new versions)"), tr("Cross-listed replacements")};
    for (int i = 0; i < kTypes.size(); ++i) {
        auto *box = new QCheckBox(labels.at(i), types);
        box->setObjectName(QStringLiteral("type_%1").arg(announceTypeName(kTypes.at(i))));
        typesLayout->addWidget(box);
        m_types << box;
    }
    form->addRow(tr("Announce types:"), types);
    return page;
}

QWidget *SettingsDialog::buildScoringPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_offline = new QRadioButton(tr("&Offline: built in, free, learns from your stars"), page);
    m_offline->setObjectName(QStringLiteral("offlineProvider"));
    m_llm = new QRadioButton(tr("A &language model on an OpenAI-compatible server"), page);
    m_llm->setObjectName(QStringLiteral("llmProvider"));
    layout->addWidget(m_offline);
    layout->addWidget(m_llm);

    m_server = new QGroupBox(tr("Server"), page);
    auto *form = new QFormLayout(m_server);
    m_preset = new QComboBox(m_server);
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const ProviderPreset &p : providerPresets())
        m_preset->addItem(p.displayLabel(), p.name);
    m_preset->addItem(tr("Another server"), QString());
    form->addRow(tr("P&reset:"), m_preset);
    m_baseUrl = new QLineEdit(m_server);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:8000/v1"));
    form->addRow(tr("&Address:"), m_baseUrl);
    m_model = modelBox(QStringLiteral("model"), m_server);
    form->addRow(tr("&Model:"), m_model);
    m_effort = effortBox(QStringLiteral("effort"), tr("Automatic (low for reasoning models)"),
                         tr("How long a reasoning model (gpt-5, o-series) thinks about each batch; other "
                            "models do not take an effort"),
                         m_server);
    form->addRow(tr("Reasoning &effort:"), m_effort);

    m_key = new QLineEdit(m_server);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Type or paste a new key"));
    QAction *show = m_key->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                     QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setToolTip(tr("Show the key"));
    connect(show, &QAction::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_removeKey = new QPushButton(tr("Remo&ve"), m_server);
    m_removeKey->setObjectName(QStringLiteral("removeKey"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_removeKey);
    // A row of a layout gets a label without a buddy, which shows the "&".
    auto *keyLabel = new QLabel(tr("API &key:"), m_server);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    m_keyStatus = note(QString(), m_server);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    form->addRow(QString(), m_keyStatus);
    m_test = new QPushButton(tr("&Test Connection"), m_server);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(m_server);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);
    layout->addWidget(m_server);

    auto *run = new QGroupBox(tr("Each run"), page);
    auto *runForm = new QFormLayout(run);
    m_concurrency = new QSpinBox(run);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(0, 32);
    m_concurrency->setSpecialValueText(tr("Automatic (8; 4 for a server on this computer)"));
    runForm->addRow(tr("Requests at &once:"), m_concurrency);
    m_batchSize = new QSpinBox(run);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setRange(0, 100);
    m_batchSize->setSpecialValueText(tr("Automatic"));
    m_batchSize->setSuffix(tr(" papers"));
    runForm->addRow(tr("Papers per &request:"), m_batchSize);
    m_budget = new QDoubleSpinBox(run);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setRange(0, 1000);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(0.25);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSpecialValueText(tr("No budget"));
    runForm->addRow(tr("&Budget per run:"), m_budget);
    layout->addWidget(run);
    layout->addStretch(1);

    connect(m_offline, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_preset, &QComboBox::activated, this, &SettingsDialog::onPresetChosen);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_keys->clear(&error))
            m_keyStatus->setText(tr("The keychain did not remove the key: %1").arg(error));
        else
            describeKey();
    });
    return page;
}

QWidget *SettingsDialog::buildPassesPage()
{
    m_passes = new QWidget;
    auto *layout = new QVBoxLayout(m_passes);
    auto *title = new QGroupBox(tr("Title pass"), m_passes);
    auto *form = new QFormLayout(title);
    form->addRow(note(tr("A cheap first pass asks a model about the titles alone; the papers it finds "
                         "clearly off topic never have their abstracts sent."),
                      title));
    m_titlePass = new QComboBox(title);
    m_titlePass->setObjectName(QStringLiteral("titlePass"));
    m_titlePass->addItem(tr("Automatic (on when it saves money)"),
                         ScoringSettings::titlePassName(ScoreRequest::TitlePass::Auto));
    m_titlePass->addItem(tr("Always"), ScoringSettings::titlePassName(ScoreRequest::TitlePass::On));
    m_titlePass->addItem(tr("Never"), ScoringSettings::titlePassName(ScoreRequest::TitlePass::Off));
    m_titlePass->setToolTip(tr("Automatic runs the title pass on a day where reading the titles first "
                               "costs less than sending every abstract"));
    form->addRow(tr("Tit&le pass:"), m_titlePass);
    m_titleModel = modelBox(QStringLiteral("titleModel"), title);
    m_titleModel->lineEdit()->setPlaceholderText(tr("Same as the scoring model"));
    m_titleModel->setToolTip(tr("A smaller, cheaper model is often enough to tell from a title whether a "
                                "paper is worth reading"));
    form->addRow(tr("Title pass &model:"), m_titleModel);
    m_titleEffort = effortBox(QStringLiteral("titleEffort"), tr("Default"),
                              tr("How long a reasoning model thinks about the titles; a title needs far "
                                 "less thought than an abstract. Other models do not take an effort"),
                              title);
    form->addRow(tr("Title pass &effort:"), m_titleEffort);
    layout->addWidget(title);

    m_cascade =
        new QCheckBox(tr("S&kip papers the offline scorer ranks far below the cut (cascade)"), m_passes);
    m_cascade->setObjectName(QStringLiteral("cascade"));
    m_cascade->setToolTip(tr("The built-in scorer ranks the day first; papers far below the cut are set "
                             "aside unsent and marked \u201cset aside by the offline scorer\u201d. A recall "
                             "guard keeps it from setting aside more than its measured record of missing "
                             "relevant papers allows"));
    layout->addWidget(m_cascade);

    m_effect = new QLabel(m_passes);
    m_effect->setObjectName(QStringLiteral("passesEffect"));
    // Model names come from the person and the server: never markup.
    m_effect->setTextFormat(Qt::PlainText);
    m_effect->setWordWrap(true);
    m_effect->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_effect->setFrameShape(QFrame::StyledPanel);
    m_effect->setMargin(6);
    layout->addWidget(m_effect);
    layout->addStretch(1);

    // The estimate waits for a pause in typing a model's name.
    m_effectTimer.setSingleShot(true);
    m_effectTimer.setInterval(kEffectDelayMs);
    connect(&m_effectTimer, &QTimer::timeout, this, &SettingsDialog::updateEffect);
    const auto changed = [this] {
        updateEnabled();
        m_effectTimer.start();
    };
    for (QComboBox *box : {m_titlePass, m_titleEffort, m_effort})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QComboBox *box : {m_titleModel, m_model})
        connect(box, &QComboBox::editTextChanged, this, changed);
    connect(m_cascade, &QCheckBox::toggled, this, changed);
    connect(m_offline, &QRadioButton::toggled, this, changed);
    for (QSpinBox *spin : {m_concurrency, m_batchSize})
        connect(spin, &QSpinBox::valueChanged, &m_effectTimer, qOverload<>(&QTimer::start));
    return m_passes;
}

QWidget *SettingsDialog::buildInterfacePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN"));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note(tr("A new language shows when Paperboy starts again."), page));
    m_routine = new QCheckBox(tr("&Fetch and score each weekday evening while Paperboy runs"), page);
    m_routine->setObjectName(QStringLiteral("dailyRoutine"));
    m_startInTray = new QCheckBox(tr("Start in the system &tray"), page);
    m_startInTray->setObjectName(QStringLiteral("startInTray"));
    form->addRow(tr("Daily routine:"), m_routine);
    form->addRow(
        QString(),
        note(tr("Shortly after arXiv's announcement (20:00 New York time, Sunday to Thursday); a day "
                "missed while the computer was off is fetched at the next start. An icon in the tray "
                "shows the unread papers, and a notification says how many are relevant."),
             page));
    form->addRow(QString(), m_startInTray);
    connect(m_routine, &QCheckBox::toggled, m_startInTray, &QWidget::setEnabled);
    m_bibtexUtf8 = new QCheckBox(tr("Write letters outside ASCII as &UTF-8, for biblatex and biber"), page);
    m_bibtexUtf8->setObjectName(QStringLiteral("bibtexUtf8"));
    form->addRow(tr("BibTeX export:"), m_bibtexUtf8);
    form->addRow(QString(), note(tr("Off, names and titles are written as ASCII LaTeX ({\\\"u}), which "
                                    "pdflatex with classic BibTeX reads."),
                                 page));
    return page;
}

void SettingsDialog::load()
{
    QSettings s;
    m_categories->setText(settings::categories(s).join(QStringLiteral(", ")));
    const QList<AnnounceType> types = settings::announceTypes(s);
    for (int i = 0; i < kTypes.size(); ++i)
        m_types.at(i)->setChecked(types.contains(kTypes.at(i)));

    const ScoringSettings scoring = ScoringSettings::load(s);
    (scoring.provider == ScoreRequest::Provider::OpenAI ? m_llm : m_offline)->setChecked(true);
    const LlmConfig llm = scoring.llmConfig();
    // Nothing chosen yet: OpenAI's own server, as the defaults mean.
    const QString presetName =
        scoring.preset.isEmpty() && scoring.baseUrl.isEmpty() ? QStringLiteral("openai") : scoring.preset;
    const int preset = m_preset->findData(presetName);
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
    m_baseUrl->setText(llm.baseUrl.toString());
    m_model->setEditText(llm.model);
    // A model that came with the preset (or the default) follows the next preset chosen.
    m_lastPresetModel = scoring.model.isEmpty()  ? llm.model
                        : findPreset(presetName) ? findPreset(presetName)->defaultModel
                                                 : QString();
    m_effort->setCurrentIndex(qMax(0, m_effort->findData(scoring.reasoningEffort)));
    m_concurrency->setValue(scoring.concurrency);
    m_batchSize->setValue(scoring.batchSize);
    m_budget->setValue(scoring.maxCostUsd);
    m_titlePass->setCurrentIndex(
        qMax(0, m_titlePass->findData(ScoringSettings::titlePassName(scoring.titlePass))));
    m_titleModel->setEditText(scoring.titleModel);
    m_titleEffort->setCurrentIndex(qMax(0, m_titleEffort->findData(scoring.titleEffort)));
    m_cascade->setChecked(scoring.cascade);
    m_prices->setTable(PriceTable::load());
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings::language(s))));
    m_routine->setChecked(settings::dailyRoutine(s));
    m_startInTray->setChecked(settings::startInTray(s));
    m_startInTray->setEnabled(m_routine->isChecked());
    m_bibtexUtf8->setChecked(settings::bibtexUtf8(s));
    describeKey();
    updateEnabled();
    updateEffect();
}

void SettingsDialog::describeKey()
{
    ApiKeys::Source source = ApiKeys::Source::None;
    QString keyringError;
    m_keys->key(&source, &keyringError);
    switch (source) {
    case ApiKeys::Source::Environment:
        m_keyStatus->setText(tr("The key comes from OPENAI_API_KEY, which wins over the keychain."));
        break;
    case ApiKeys::Source::Session:
        m_keyStatus->setText(tr("A key is kept for this session only: no keyring answered."));
        break;
    case ApiKeys::Source::Keychain:
        m_keyStatus->setText(tr("A key is saved in the keychain."));
        break;
    case ApiKeys::Source::None:
        m_keyStatus->setText(keyringError.isEmpty()
                                 ? tr("No key saved.")
                                 : tr("The keyring cannot be reached (%1): a key typed here is kept for this "
                                      "session only.")
                                       .arg(keyringError));
        break;
    }
    m_removeKey->setEnabled(source == ApiKeys::Source::Keychain || source == ApiKeys::Source::Session);
}

void SettingsDialog::onPresetChosen()
{
    const ProviderPreset *p = findPreset(m_preset->currentData().toString());
    if (!p)
        return; // another server: the address and model stay for the person to type
    m_baseUrl->setText(p->baseUrl.toString());
    // Keep a model the person chose; replace one that came with the last preset.
    if (m_model->currentText().isEmpty() || m_model->currentText() == m_lastPresetModel)
        m_model->setEditText(p->defaultModel);
    m_lastPresetModel = p->defaultModel;
}

void SettingsDialog::updateEnabled()
{
    const bool llm = m_llm->isChecked();
    m_server->setEnabled(llm);
    m_passes->setEnabled(llm);
    const QString model = m_model->currentText().trimmed();
    const QString titleModel = m_titleModel->currentText().trimmed();
    m_effort->setEnabled(takesEffort(model));
    m_titleEffort->setEnabled(takesEffort(titleModel.isEmpty() ? model : titleModel));
}

void SettingsDialog::setEstimator(std::function<QString(const ScoreRequest &)> estimator)
{
    m_estimator = std::move(estimator);
    updateEffect();
}

QString SettingsDialog::effectText() const
{
    return m_effect->text();
}

void SettingsDialog::updateEffect()
{
    m_effectTimer.stop();
    if (!m_llm->isChecked()) {
        m_effect->setText(tr("The offline scorer sends nothing, so it has no title pass and nothing to "
                             "skip: these apply to a language model."));
        return;
    }
    // The prices as edited, so a price typed a moment ago counts.
    const ScoreRequest run = scoring().request(QDate(), m_prices->table());
    m_effect->setText(m_estimator ? m_estimator(run)
                                  : tr("Fetch a day to see what a run with these settings would cost."));
}

ScoringSettings SettingsDialog::scoring() const
{
    // What this dialog does not show (timeouts) stays as saved.
    ScoringSettings s = ScoringSettings::load(QSettings());
    s.provider = m_llm->isChecked() ? ScoreRequest::Provider::OpenAI : ScoreRequest::Provider::Offline;
    s.preset = m_preset->currentData().toString();
    s.baseUrl = QUrl(m_baseUrl->text().trimmed());
    // The preset's own address needs no saving: a later version may move it.
    if (const ProviderPreset *p = findPreset(s.preset); p && p->baseUrl == s.baseUrl)
        s.baseUrl = QUrl();
    s.model = m_model->currentText().trimmed();
    s.reasoningEffort = m_effort->currentData().toString();
    s.concurrency = m_concurrency->value();
    s.batchSize = m_batchSize->value();
    s.maxCostUsd = m_budget->value();
    ScoringSettings::parseTitlePass(m_titlePass->currentData().toString(), &s.titlePass);
    s.titleModel = m_titleModel->currentText().trimmed();
    s.titleEffort = m_titleEffort->currentData().toString();
    s.cascade = m_cascade->isChecked();
    return s;
}

QString SettingsDialog::testResult() const
{
    return m_testResult->text();
}

void SettingsDialog::testConnection()
{
    LlmConfig config = scoring().llmConfig();
    config.apiKey = m_key->text().trimmed();
    if (config.apiKey.isEmpty())
        config.apiKey = m_keys->key();
    QString why;
    config.apiKey = apikey::clean(config.apiKey, &why);
    if (!why.isEmpty()) {
        m_testResult->setText(tr("The key cannot be sent: %1.").arg(why));
        return;
    }
    config.timeoutMs = kTestTimeoutMs;
    if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()) {
        m_testResult->setText(tr("Enter the server's address, like http://localhost:11434/v1."));
        return;
    }
    delete m_client;
    m_client = new LlmClient(config, this);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking %1\u2026").arg(config.baseUrl.host()));
    const QString model = config.model;
    const QString host = config.baseUrl.host();
    m_client->listModels([this, model, host](const LlmReply &reply) {
        m_test->setEnabled(true);
        using E = LlmReply::Error;
        switch (reply.error) {
        case E::None: {
            // Ollama lists "llama3.1:latest" for "llama3.1".
            const bool offered =
                reply.models.contains(model) || reply.models.contains(model + QStringLiteral(":latest"));
            // The title pass chooses among the same models.
            for (QComboBox *box : {m_model, m_titleModel}) {
                const QString current = box->currentText();
                box->clear();
                box->addItems(reply.models);
                box->setEditText(current);
            }
            if (offered)
                m_testResult->setText(tr("Connected: %1 offers %2.").arg(host, model));
            else
                m_testResult->setText(
                    tr("Connected, but %1 does not offer %2. It offers: %3.")
                        .arg(host, model,
                             reply.models.mid(0, 8).join(QStringLiteral(", ")) +
                                 (reply.models.size() > 8 ? QStringLiteral(", \u2026") : QString())));
            return;
        }
        case E::InvalidKey:
            m_testResult->setText(tr("%1 rejected the key (%2): check it.").arg(host, reply.message));
            return;
        case E::Timeout:
        case E::Network:
            m_testResult->setText(tr("Cannot reach %1: %2.").arg(host, reply.message));
            return;
        case E::Tls:
            m_testResult->setText(tr("%1's certificate was not accepted (%2).").arg(host, reply.message));
            return;
        case E::Cancelled:
            return;
        default:
            // A server without a model list may still score (some proxies).
            m_testResult->setText(
                reply.httpStatus == 404
                    ? tr("%1 answers but lists no models (HTTP 404); scoring may still work.").arg(host)
                    : tr("%1 answered: %2").arg(host, reply.message));
            return;
        }
    });
}

bool SettingsDialog::validate(QString *error, int *page) const
{
    QStringList categories;
    if (!settings::parseCategories(m_categories->text(), &categories, error) || categories.isEmpty()) {
        if (categories.isEmpty() && error->isEmpty())
            *error = tr("Name at least one category, like cs.LG.");
        *page = 0;
        return false;
    }
    if (std::none_of(m_types.cbegin(), m_types.cend(), [](const QCheckBox *b) { return b->isChecked(); })) {
        *error = tr("Choose at least one announce type.");
        *page = 0;
        return false;
    }
    if (m_llm->isChecked()) {
        const QUrl url(m_baseUrl->text().trimmed());
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error =
                tr("'%1' is not a server address (like http://localhost:11434/v1).").arg(m_baseUrl->text());
            *page = 1;
            return false;
        }
        if (m_model->currentText().trimmed().isEmpty()) {
            *error = tr("Name the model to score with.");
            *page = 1;
            return false;
        }
    }
    return true;
}

void SettingsDialog::accept()
{
    QString error;
    int page = 0;
    if (!validate(&error, &page)) {
        m_tabs->setCurrentIndex(page);
        m_error->setText(error);
        m_error->show();
        return;
    }
    if (!m_bibliography->validate(&error)) {
        m_tabs->setCurrentWidget(m_bibliography);
        m_error->setText(tr("Bibliography: %1.").arg(error));
        m_error->show();
        return;
    }
    if (!m_sharing->validate(&error)) {
        m_tabs->setCurrentWidget(m_sharing);
        m_error->setText(tr("Sharing: %1.").arg(error));
        m_error->show();
        return;
    }
    if (!PriceTable::saveUserPrices(m_prices->table(), &error)) {
        m_tabs->setCurrentWidget(m_prices);
        m_error->setText(tr("The prices could not be saved: %1").arg(error));
        m_error->show();
        return;
    }
    const QString key = apikey::clean(m_key->text(), &error);
    if (!error.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        m_error->setText(tr("The key was not saved: %1.").arg(error));
        m_error->show();
        return;
    }
    if (!key.isEmpty() && !m_keys->save(key, &m_sessionOnly, &error)) {
        m_tabs->setCurrentIndex(1);
        m_error->setText(tr("The keychain did not take the key: %1").arg(error));
        m_error->show();
        return;
    }
    if (!m_sharing->saveSecrets(&error)) {
        m_tabs->setCurrentWidget(m_sharing);
        m_error->setText(error);
        m_error->show();
        return;
    }
    QSettings s;
    QStringList categories;
    settings::parseCategories(m_categories->text(), &categories, &error);
    settings::setCategories(s, categories);
    QList<AnnounceType> types;
    for (int i = 0; i < kTypes.size(); ++i)
        if (m_types.at(i)->isChecked())
            types << kTypes.at(i);
    settings::setAnnounceTypes(s, types);
    scoring().save(s);
    settings::setLanguage(s, m_language->currentData().toString());
    settings::setDailyRoutine(s, m_routine->isChecked());
    settings::setStartInTray(s, m_startInTray->isChecked());
    settings::setBibtexUtf8(s, m_bibtexUtf8->isChecked());
    m_bibliography->save(s);
    m_sharing->saveSettings(s);
    s.sync();
    if (s.status() != QSettings::NoError) {
        m_error->setText(tr("The settings could not be written to %1.").arg(s.fileName()));
        m_error->show();
        return;
    }
    m_summary = key.isEmpty() ? tr("Settings saved.")
                : m_sessionOnly
                    ? tr("Settings saved. No keyring answered: the key is kept for this session only.")
                    : tr("Settings saved; the key is in the keychain.");
    QDialog::accept();
}

void SettingsDialog::showSharing()
{
    m_tabs->setCurrentWidget(m_sharing);
}

} // namespace paperboy
