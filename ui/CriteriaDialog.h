#pragma once

#include "core/Criteria.h"
#include "core/Paper.h"
#include "core/ScoreRecords.h"
#include "jobs/RunEstimate.h"
#include "jobs/ScoreJob.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace paperboy {

class RubricModel;
class TopicEditor;

// What the preview needs to know about the day and the scorer to show the
// prompt and what a re-score would cost.
struct CriteriaPreviewContext
{
    QList<Paper> papers; // the current day's papers a re-score would send (after the cascade)
    int setAside = 0;    // ... and those the cascade would set aside unsent
    QString dayLabel;    // e.g. "Monday 27 April 2026", for the estimate sentence
    // The run a re-score would be (ScoringSettings::request): the provider
    // (offline: no tokens, no cost), model and effort, batches, prices, the
    // title pass and the cascade.
    ScoreRequest run;
    RunHistory history; // what earlier runs spent and kept (RunHistory::read)
};

// The criteria as a form, never as JSON: topics, keywords and followed
// authors, both rubrics, the cut-offs; beside it the exact prompt the model
// will get and what scoring the current day with it would cost.
class CriteriaDialog : public QDialog
{
    Q_OBJECT
public:
    CriteriaDialog(const Criteria &criteria, CriteriaPreviewContext context, QWidget *parent = nullptr);

    Criteria criteria() const;    // what the form holds now
    QString previewText() const;  // the prompt shown
    QString estimateText() const; // the estimate sentence shown

private:
    QWidget *buildKeywordsTab();
    QWidget *buildRubricTab(const QString &objectName, const QString &about, RubricModel **model);
    QWidget *buildCutoffs();
    QWidget *buildPreview();
    QDialogButtonBox *buildButtons();
    void setForm(const Criteria &criteria);
    void onEdited();
    void updatePreview();
    QString problem(const Criteria &criteria) const;
    QString estimateSentence(const Criteria &criteria) const;

    // What the dialog opened with: a cut-off-only edit re-scores nothing.
    QString m_openedHash;
    QString m_openedScoringHash;
    CriteriaPreviewContext m_context;
    QTimer m_previewTimer;
    QString m_previewText;
    TopicEditor *m_topics = nullptr;
    QPlainTextEdit *m_relevantKeywords = nullptr;
    QPlainTextEdit *m_irrelevantKeywords = nullptr;
    QPlainTextEdit *m_followedAuthors = nullptr;
    RubricModel *m_relevanceRubric = nullptr;
    RubricModel *m_noveltyRubric = nullptr;
    QSpinBox *m_relevanceCutoff = nullptr;
    QSpinBox *m_noveltyCutoff = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace paperboy
