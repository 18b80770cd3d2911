#include "CriteriaDialog.h"

#include "FormFields.h"
#include "RubricEditor.h"
#include "TopicEditor.h"
#include "scoring/PromptBuilder.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace paperboy {

namespace {

// Typing is debounced so a long prompt is not rebuilt on every keystroke.
constexpr int kPreviewDelayMs = 150;

// One entry a line: keywords and names may themselves contain commas.
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString entry = line.trimmed();
        if (!entry.isEmpty())
            out << entry;
    }
    return out;
}

// One entry a line, never wrapped, so each line reads as one entry.
QPlainTextEdit *listEdit(const QString &objectName, const QString &placeholder)
{
    QPlainTextEdit *edit = form::textField(objectName, placeholder);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

QString bandProblem(const QList<Criteria::Band> &bands, const QString &message)
{
    for (int i = 0; i < bands.size(); ++i)
        if (bands.at(i).low > bands.at(i).high)
            return message.arg(i + 1).arg(bands.at(i).low).arg(bands.at(i).high);
    return {};
}

} // namespace

CriteriaDialog::CriteriaDialog(const Criteria &criteria, CriteriaPreviewContext context, QWidget *parent)
    : QDialog(parent)
    , m_openedHash(criteria.contentHash())
    , m_openedScoringHash(criteria.scoringHash())
    , m_context(std::move(context))
{
    setWindowTitle(tr("Edit criteria"));
    setMinimumSize(900, 600);
    resize(1180, 760);
    setSizeGripEnabled(true);

    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("criteriaTabs"));
    m_topics = new TopicEditor;
    tabs->addTab(m_topics, tr("&Topics"));
    tabs->addTab(buildKeywordsTab(), tr("&Keywords and authors"));
    tabs->addTab(buildRubricTab(QStringLiteral("relevanceRubric"),
                                tr("How closely a paper matches the topics and keywords."),
                                &m_relevanceRubric),
                 tr("R&elevance rubric"));
    tabs->addTab(buildRubricTab(QStringLiteral("noveltyRubric"),
                                tr("How new a paper's contribution is, whatever its topic."),
                                &m_noveltyRubric),
                 tr("Novelty ru&bric"));

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(tabs, 1);
    formLayout->addWidget(buildCutoffs());

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("criteriaSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(form);
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460});

    // The problem keeps its room when hidden, so the dialog does not jump
    // while a person types a topic's name.
    m_problemIcon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    for (QLabel *label : {m_problemIcon, m_problem}) {
        QSizePolicy policy = label->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        label->setSizePolicy(policy);
    }
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon);
    problemRow->addWidget(m_problem, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(problemRow);
    layout->addWidget(buildButtons());

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &CriteriaDialog::updatePreview);
    connect(m_topics, &TopicEditor::changed, this, &CriteriaDialog::onEdited);
    for (QPlainTextEdit *edit : {m_relevantKeywords, m_irrelevantKeywords, m_followedAuthors})
        connect(edit, &QPlainTextEdit::textChanged, this, &CriteriaDialog::onEdited);
    for (RubricModel *rubric : {m_relevanceRubric, m_noveltyRubric}) {
        connect(rubric, &QAbstractItemModel::dataChanged, this, &CriteriaDialog::onEdited);
        connect(rubric, &QAbstractItemModel::modelReset, this, &CriteriaDialog::onEdited);
    }
    for (QSpinBox *spin : {m_relevanceCutoff, m_noveltyCutoff})
        connect(spin, &QSpinBox::valueChanged, this, &CriteriaDialog::onEdited);

    setForm(criteria);
    onEdited();
    // The first preview is there when the dialog opens, not a moment later.
    m_previewTimer.stop();
    updatePreview();
    m_topics->setFocus();
}

QDialogButtonBox *CriteriaDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save"));
    m_save->setDefault(true);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("Restore de&faults"));
    restore->setObjectName(QStringLiteral("restoreDefaults"));
    restore->setToolTip(tr("Put the shipped criteria in the form; nothing is saved until Save"));
    restore->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this] { setForm(Criteria::defaults()); });
    return buttons;
}

QWidget *CriteriaDialog::buildKeywordsTab()
{
    m_relevantKeywords = listEdit(QStringLiteral("relevantKeywords"),
                                  tr("One keyword or phrase a line, e.g.\nSparsity\nKV cache"));
    m_irrelevantKeywords =
        listEdit(QStringLiteral("irrelevantKeywords"),
                 tr("One keyword or phrase a line, e.g.\nFederated learning\nMedical imaging"));
    m_followedAuthors =
        listEdit(QStringLiteral("followedAuthors"), tr("One name a line, e.g.\nAda Lovelace"));

    auto hint = [](const QString &text) {
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    };
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->addWidget(form::buddyLabel(tr("&Relevant keywords:"), m_relevantKeywords), 0, 0);
    grid->addWidget(hint(tr("One a line. They count for a paper.")), 1, 0);
    grid->addWidget(m_relevantKeywords, 2, 0);
    grid->addWidget(form::buddyLabel(tr("&Irrelevant keywords:"), m_irrelevantKeywords), 0, 1);
    grid->addWidget(hint(tr("One a line. They count against a paper.")), 1, 1);
    grid->addWidget(m_irrelevantKeywords, 2, 1);
    grid->addItem(new QSpacerItem(0, 8), 3, 0);
    grid->addWidget(form::buddyLabel(tr("Followed &authors:"), m_followedAuthors), 4, 0, 1, 2);
    grid->addWidget(hint(tr("One name a line. A paper by any of them always counts as relevant; case "
                            "and accents do not matter.")),
                    5, 0, 1, 2);
    grid->addWidget(m_followedAuthors, 6, 0, 1, 2);
    grid->setRowStretch(2, 3);
    grid->setRowStretch(6, 1);
    return page;
}

QWidget *CriteriaDialog::buildRubricTab(const QString &objectName, const QString &about, RubricModel **model)
{
    auto *editor = new RubricEditor;
    editor->setObjectName(objectName);
    *model = editor->rubric();
    auto *note = new QLabel(about + QLatin1Char(' ') +
                            tr("Five bands, highest first; the model reads each band's scores, label, "
                               "definition and examples. Double-click a cell or start typing to edit it."));
    note->setWordWrap(true);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(editor, 1);
    return page;
}

QWidget *CriteriaDialog::buildCutoffs()
{
    auto cutoff = [](const QString &objectName) {
        auto *spin = new QSpinBox;
        spin->setObjectName(objectName);
        spin->setRange(1, 10);
        spin->setAlignment(Qt::AlignRight);
        return spin;
    };
    m_relevanceCutoff = cutoff(QStringLiteral("relevanceCutoff"));
    m_noveltyCutoff = cutoff(QStringLiteral("noveltyCutoff"));
    auto *group = new QGroupBox(tr("Cut-offs"));
    group->setToolTip(tr("Moving a cut-off re-scores nothing: it only changes which scored papers count "
                         "as relevant"));
    auto *row = new QHBoxLayout(group);
    row->addWidget(form::buddyLabel(tr("Relevant when re&levance ≥"), m_relevanceCutoff));
    row->addWidget(m_relevanceCutoff);
    row->addWidget(form::buddyLabel(tr("and n&ovelty ≥"), m_noveltyCutoff));
    row->addWidget(m_noveltyCutoff);
    row->addStretch(1);
    return group;
}

QWidget *CriteriaDialog::buildPreview()
{
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("promptPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setMinimumWidth(320);

    m_estimate = new QLabel;
    m_estimate->setObjectName(QStringLiteral("estimate"));
    // The model name and the day come from settings and feeds: never markup.
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setFrameShape(QFrame::StyledPanel);
    m_estimate->setMargin(6);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        form::buddyLabel(tr("Pre&view of the prompt sent with each batch of papers:"), m_preview));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_estimate);
    return page;
}

void CriteriaDialog::setForm(const Criteria &criteria)
{
    m_topics->setTopics(criteria.topics);
    m_relevantKeywords->setPlainText(criteria.relevantKeywords.join(QLatin1Char('\n')));
    m_irrelevantKeywords->setPlainText(criteria.irrelevantKeywords.join(QLatin1Char('\n')));
    m_followedAuthors->setPlainText(criteria.followedAuthors.join(QLatin1Char('\n')));
    m_relevanceRubric->setBands(criteria.relevanceRubric);
    m_noveltyRubric->setBands(criteria.noveltyRubric);
    m_relevanceCutoff->setValue(criteria.relevanceCutoff);
    m_noveltyCutoff->setValue(criteria.noveltyCutoff);
}

Criteria CriteriaDialog::criteria() const
{
    // Every field of Criteria is in the form; a field added later would
    // need its own editor here.
    Criteria c;
    c.topics = m_topics->topics();
    c.relevantKeywords = lines(m_relevantKeywords);
    c.irrelevantKeywords = lines(m_irrelevantKeywords);
    c.followedAuthors = lines(m_followedAuthors);
    c.relevanceRubric = m_relevanceRubric->bands();
    c.noveltyRubric = m_noveltyRubric->bands();
    c.relevanceCutoff = m_relevanceCutoff->value();
    c.noveltyCutoff = m_noveltyCutoff->value();
    return c;
}

QString CriteriaDialog::previewText() const
{
    return m_previewText;
}

QString CriteriaDialog::estimateText() const
{
    return m_estimate->text();
}

void CriteriaDialog::onEdited()
{
    // Save follows every keystroke; the preview waits for a pause.
    const QString message = problem(criteria());
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_problemIcon->setVisible(!message.isEmpty());
    m_save->setEnabled(message.isEmpty());
    m_previewTimer.start();
}

void CriteriaDialog::updatePreview()
{
    const Criteria current = criteria();
    const QString text = prompt::render(current, m_context.run.llm.structuredOutput);
    if (text != m_previewText) {
        // Rewriting the text scrolls to the top: keep the place being read,
        // unless the edit is out of sight, then bring it into view.
        const bool first = m_previewText.isEmpty();
        qsizetype changed = 0;
        while (changed < text.size() && changed < m_previewText.size() &&
               text.at(changed) == m_previewText.at(changed))
            ++changed;
        const int scroll = m_preview->verticalScrollBar()->value();
        m_previewText = text;
        m_preview->setPlainText(text);
        m_preview->verticalScrollBar()->setValue(scroll);
        if (!first) {
            QTextCursor cursor(m_preview->document());
            cursor.setPosition(int(changed));
            m_preview->setTextCursor(cursor);
            m_preview->ensureCursorVisible();
        }
    }
    m_estimate->setText(estimateSentence(current));
}

QString CriteriaDialog::problem(const Criteria &criteria) const
{
    for (int i = 0; i < criteria.topics.size(); ++i)
        if (criteria.topics.at(i).name.isEmpty())
            return tr("Topic %1 has no name: give it one or remove it.").arg(i + 1);
    if (criteria.topics.isEmpty() && criteria.relevantKeywords.isEmpty())
        return tr("Add a topic or a relevant keyword: with neither there is nothing to score against.");
    QString message = bandProblem(criteria.relevanceRubric,
                                  tr("Row %1 of the relevance rubric runs from %2 down to %3: its first "
                                     "score must not be above its second."));
    if (message.isEmpty())
        message = bandProblem(criteria.noveltyRubric,
                              tr("Row %1 of the novelty rubric runs from %2 down to %3: its first score "
                                 "must not be above its second."));
    return message;
}

QString CriteriaDialog::estimateSentence(const Criteria &criteria) const
{
    if (criteria.contentHash() != m_openedHash && criteria.scoringHash() == m_openedScoringHash)
        return tr("Only the cut-offs changed, so saving re-scores nothing: the scores stay, and only which "
                  "papers count as relevant changes.");
    const ScoreRequest &run = m_context.run;
    if (run.provider != ScoreRequest::Provider::OpenAI)
        return tr("Scoring is offline: the built-in scorer sends nothing and costs nothing. The prompt is "
                  "shown as an LLM would get it.");
    if (m_context.papers.isEmpty())
        return tr("There is no day to estimate: fetch a day's papers to see what scoring them would cost.");

    // The same estimate as the run's and `score --estimate`: both passes, the cascade's share unsent.
    const RunEstimate estimate = RunEstimate::estimate(criteria, m_context.papers, run, m_context.history);
    const CostEstimate e = estimate.chosen();
    const QLocale locale;
    // English plural forms come from translations/paperboy_en.ts.
    const QString papers = tr("the %Ln paper(s)", nullptr, e.papers);
    const QString requests = tr("%Ln request(s)", nullptr, e.requests);
    const QString day = m_context.dayLabel.isEmpty() ? tr("the current day") : m_context.dayLabel;
    const QString model = run.llm.reasoningEffort.isEmpty()
                              ? run.llm.model
                              : tr("%1 at %2 reasoning effort").arg(run.llm.model, run.llm.reasoningEffort);
    const QString prompt = e.usage.cached > 0
                               ? tr("about %1 prompt tokens (%2 of them cached)")
                                     .arg(locale.toString(e.usage.prompt), locale.toString(e.usage.cached))
                               : tr("about %1 prompt tokens").arg(locale.toString(e.usage.prompt));
    const QString completion =
        e.usage.reasoning > 0
            ? tr("%1 completion tokens (%2 of them reasoning)")
                  .arg(locale.toString(e.usage.completion), locale.toString(e.usage.reasoning))
            : tr("%1 completion tokens").arg(locale.toString(e.usage.completion));
    QString cost;
    if (!run.prices.has(run.llm.model))
        cost = tr("at no cost: %1 has no price in the price table").arg(run.llm.model);
    else if (e.costUsd > 0 && e.costUsd < 0.00005)
        cost = tr("less than $%1").arg(locale.toString(0.0001, 'f', 4));
    else
        cost = tr("about $%1")
                   .arg(locale.toString(e.costUsd, 'f',
                                        e.costUsd >= 1      ? 2
                                        : e.costUsd >= 0.01 ? 3
                                                            : 4));
    QString sentence = tr("Re-scoring %1 of %2 with %3 would take %4: %5 and %6, %7.")
                           .arg(papers, day, model, requests, prompt, completion, cost);
    if (e.measuredRuns > 0)
        sentence +=
            QLatin1Char(' ') + tr("Completion and reasoning as the model's last %n run(s) spent per paper.",
                                  nullptr, e.measuredRuns);
    return sentence + QLatin1Char(' ') +
           estimate.passesSentence(m_context.setAside, int(m_context.papers.size()) + m_context.setAside);
}

} // namespace paperboy
