#pragma once

#include "jobs/ScoringSettings.h"

#include <QDialog>
#include <QTimer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace paperboy {

class ApiKeys;
class BibliographySettings;
class LlmClient;
class PriceEditor;
class PushSettingsTab;

// Settings: the categories and announce types to fetch; how to score
// (offline, or an OpenAI-compatible server with its address, model and key,
// with a connection test); the run's concurrency, batch size and budget;
// the title pass, its model and effort, and the cascade, with what they
// would do to the current day; prices; the interface language, the daily
// routine and how BibTeX is written; where the day is pushed (Sharing).
// The key and the push secrets go to the keychain only.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ApiKeys *keys, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Opens on the Sharing tab (File > Share > Set Up Sharing).
    void showSharing();

    // One line on what saving did (for the status bar).
    QString summary() const { return m_summary; }
    // The key could not reach a keyring and lives in memory until Paperboy quits.
    bool keptForSessionOnly() const { return m_sessionOnly; }
    // The scoring settings the form holds now.
    ScoringSettings scoring() const;
    QString testResult() const;
    // The estimated effect line under the title pass and cascade.
    QString effectText() const;
    // Says what a run as the form now stands would cost (for the current
    // day); without one, the effect line only says what the passes do.
    void setEstimator(std::function<QString(const ScoreRequest &)> estimator);

    void accept() override;

private:
    QWidget *buildArxivPage();
    QWidget *buildScoringPage();
    QWidget *buildPassesPage();
    QWidget *buildInterfacePage();
    void load();
    void describeKey();
    void onPresetChosen();
    void updateEnabled();
    void updateEffect();
    void testConnection();
    bool validate(QString *error, int *page) const;

    ApiKeys *m_keys = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_error = nullptr;
    // arXiv
    QLineEdit *m_categories = nullptr;
    QList<QCheckBox *> m_types;
    // Scoring
    QRadioButton *m_offline = nullptr;
    QRadioButton *m_llm = nullptr;
    QGroupBox *m_server = nullptr;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_effort = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_removeKey = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    // Title pass and cascade
    QWidget *m_passes = nullptr;
    QComboBox *m_titlePass = nullptr;
    QComboBox *m_titleModel = nullptr;
    QComboBox *m_titleEffort = nullptr;
    QCheckBox *m_cascade = nullptr;
    QLabel *m_effect = nullptr;
    QTimer m_effectTimer;
    std::function<QString(const ScoreRequest &)> m_estimator;
    // Prices, interface
    PriceEditor *m_prices = nullptr;
    PushSettingsTab *m_sharing = nullptr; // chat push: targets, secrets, the routine's push
    QComboBox *m_language = nullptr;
    QCheckBox *m_routine = nullptr;
    QCheckBox *m_startInTray = nullptr;
    QCheckBox *m_bibtexUtf8 = nullptr;
    BibliographySettings *m_bibliography = nullptr;

    LlmClient *m_client = nullptr; // the connection test's
    QString m_lastPresetModel;
    QString m_summary;
    bool m_sessionOnly = false;
};

} // namespace paperboy
