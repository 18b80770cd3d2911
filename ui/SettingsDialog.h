#pragma once

#include "jobs/ScoringSettings.h"

#include <QDialog>

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
class LlmClient;
class PriceEditor;

// Settings: the categories and announce types to fetch; how to score
// (offline, or an OpenAI-compatible server with its address, model and key,
// with a connection test); the run's concurrency, batch size and budget;
// prices; the interface language, the daily routine and how BibTeX is
// written. The key goes to the keychain only.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(ApiKeys *keys, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // One line on what saving did (for the status bar).
    QString summary() const { return m_summary; }
    // The key could not reach a keyring and lives in memory until Paperboy quits.
    bool keptForSessionOnly() const { return m_sessionOnly; }
    // The scoring settings the form holds now.
    ScoringSettings scoring() const;
    QString testResult() const;

    void accept() override;

private:
    QWidget *buildArxivPage();
    QWidget *buildScoringPage();
    QWidget *buildInterfacePage();
    void load();
    void describeKey();
    void onPresetChosen();
    void updateEnabled();
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
    // Prices, interface
    PriceEditor *m_prices = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_routine = nullptr;
    QCheckBox *m_startInTray = nullptr;
    QCheckBox *m_bibtexUtf8 = nullptr;

    LlmClient *m_client = nullptr; // the connection test's
    QString m_lastPresetModel;
    QString m_summary;
    bool m_sessionOnly = false;
};

} // namespace paperboy
